import type { IndexInputs, RobustnessResult } from '../../data/contract';
import type { IndexSpec, RobustnessOptions } from '../../data/attractiveness/model';

/**
 * One run. The inputs (every municipality's value per indicator) are sent only when they change, not with every
 * weight change: the worker keeps the last ones, so a slider step costs the main thread a clone of the spec only.
 */
export interface RobustnessRequest {
  id: number;
  spec: IndexSpec;
  inputs: IndexInputs | null;
  options: RobustnessOptions;
}

export interface RobustnessReply {
  id: number;
  /** null when the worker has no inputs yet (a request it cannot answer; the page sends them again). */
  result: RobustnessResult | null;
  ms: number;
}
