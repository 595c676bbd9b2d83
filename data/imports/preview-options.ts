import type { Unit } from '../contract';

/** An indicator another stored import already defines: a new title making the same id would collide. */
export interface TakenIndicator {
  importName: string;
  title: string;
  unit: Unit;
}

export interface PreviewOptions {
  /** The 290 municipality codes; when given, other codes are rejected. */
  municipalityCodes?: ReadonlySet<string>;
  /** Indicator ids of the other stored imports (not of the one being replaced). */
  existingIndicators?: ReadonlyMap<string, TakenIndicator>;
}
