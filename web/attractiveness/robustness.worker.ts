/// <reference lib="webworker" />
import type { IndexInputs } from '../../data/contract';
import { robustness } from '../../data/attractiveness/model';
import type { RobustnessReply, RobustnessRequest } from './robustness-request';

let inputs: IndexInputs | null = null;

/** The Monte Carlo runs here, off the main thread, so sliders and the map stay responsive while it works. */
self.onmessage = (event: MessageEvent<RobustnessRequest>) => {
  const { id, spec, options } = event.data;
  inputs = event.data.inputs ?? inputs;
  const started = performance.now();
  const result = inputs ? robustness(spec, inputs, options) : null;
  const reply: RobustnessReply = { id, result, ms: performance.now() - started };
  self.postMessage(reply);
};
