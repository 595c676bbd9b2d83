import type { IndexInputs, RobustnessResult } from '../../../data/contract';
import type { IndexSpec, RobustnessOptions } from '../../../data/attractiveness/model';

export interface RobustnessRequest {
  id: number;
  spec: IndexSpec;
  inputs: IndexInputs;
  options: RobustnessOptions;
}

export interface RobustnessReply {
  id: number;
  result: RobustnessResult;
  ms: number;
}
