/// <reference lib="webworker" />
import { robustness } from '../../../data/attractiveness/model';
import type { RobustnessRequest } from './robustness-request';

/** The Monte Carlo runs here, off the main thread, so sliders and the map stay responsive while it works. */
self.onmessage = (event: MessageEvent<RobustnessRequest>) => {
  const { id, spec, inputs, options } = event.data;
  const started = performance.now();
  const result = robustness(spec, inputs, options);
  self.postMessage({ id, result, ms: performance.now() - started });
};
