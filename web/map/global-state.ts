import type { ExpressionSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';

/** The per-municipality flags of the flags source, each drawn by its own layer(s). */
export type MunicipalityFlag = 'noData' | 'selected' | 'hover';

/** The style's global state: whether any municipality holds a flag (web/map/feature-state keeps it current). */
export const FLAG_GLOBAL_STATE = {
  noData: 'anyNoData',
  selected: 'anySelected',
  hover: 'anyHovered',
} as const satisfies Record<MunicipalityFlag, string>;

export const GLOBAL_STATE: NonNullable<StyleSpecification['state']> = Object.fromEntries(
  Object.values(FLAG_GLOBAL_STATE).map((name) => [name, { default: false }]),
);

/**
 * A layer opacity of 1 while any municipality holds one of `flags`, else 0: MapLibre skips a layer whose layer
 * opacity is 0, where a per-feature opacity of 0 still costs a draw of every polygon.
 */
export function shownWhileAny(...flags: MunicipalityFlag[]): ExpressionSpecification {
  const any = flags.map((flag): ExpressionSpecification => ['global-state', FLAG_GLOBAL_STATE[flag]]);
  return ['case', any.length === 1 ? any[0]! : ['any', ...any], 1, 0];
}
