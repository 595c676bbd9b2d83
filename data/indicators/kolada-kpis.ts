import { KOLADA_COMMUTING_LABOUR } from './kolada-commuting-labour';
import { KOLADA_POPULATION_QUALITY } from './kolada-population-quality';
import { KOLADA_SKILLS_HOUSING } from './kolada-skills-housing';
import type { IndicatorDefinition } from './types';

/**
 * The Kolada KPIs that fill an indicator of their own. N01951 (population), N01994 (share aged 0-19) and U30446
 * (housing market balance) fill indicators shared with SCB and Boverket files, defined in shared-indicators.ts.
 * Swedish titles and themes come from Kolada's metadata and selected-kpis.csv.
 */
export const KOLADA_INDICATORS: IndicatorDefinition[] = [
  ...KOLADA_COMMUTING_LABOUR,
  ...KOLADA_SKILLS_HOUSING,
  ...KOLADA_POPULATION_QUALITY,
];
