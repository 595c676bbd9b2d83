// Types for the plain-JS lint config module, so its test can read the blocks.
import type { Linter } from 'eslint';
export const boundaryConfigs: Linter.Config[];
