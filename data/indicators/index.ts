import { DERIVED_INDICATORS } from './derived-indicators';
import { KOLADA_INDICATORS } from './kolada-kpis';
import { SHARED_INDICATORS } from './shared-indicators';
import type { IndicatorDefinition } from './types';

export type { IndicatorDefinition, SourceBinding } from './types';
export { DERIVED_INDICATOR_IDS } from './derived-indicators';

/** Every indicator the offline build defines, in catalogue order. */
export const INDICATOR_DEFINITIONS: IndicatorDefinition[] = [
  ...SHARED_INDICATORS,
  ...KOLADA_INDICATORS,
  ...DERIVED_INDICATORS,
];
