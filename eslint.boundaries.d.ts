// Types for the plain-JS lint config module, so its test can import the exception list.
import type { Linter } from 'eslint';
export const API_SCRIPTS_EXCEPTIONS: string[];
export const boundaryConfigs: Linter.Config[];
