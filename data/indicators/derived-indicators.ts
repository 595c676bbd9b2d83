import { NO_AGGREGATE as NO } from './aggregate-reasons';
import { CAVEATS } from './caveats';
import { sum, type IndicatorDefinition } from './types';

const KOLADA_COMMUTING = { source: 'kolada', table: 'N02201, N02202, N02274 (derived)' } as const;
/** SCB's own counts, fetched by the live ingest; where present they replace the derivation for that year. */
const SCB_COMMUTING = { source: 'scb-commuting', table: 'AM0210 ArRegPend1 (TAB1828)' } as const;

/**
 * Commuting counts for all 290 municipalities, derived from three Kolada KPIs (see the data README), or taken
 * from SCB's TAB1828 where a live build fetched it.
 */
export const DERIVED_INDICATORS: IndicatorDefinition[] = [
  {
    id: 'live_and_work',
    titleSv: 'Bor och arbetar i kommunen, antal (härlett)',
    titleEn: 'People who live and work in the municipality (derived)',
    formula: 'round(employed_by_residence * live_and_work_share / 100)',
  },
  {
    id: 'commuters_in',
    titleSv: 'Inpendlare, antal (härlett)',
    titleEn: 'In-commuters (derived)',
    formula: 'employed_by_workplace - live_and_work',
  },
  {
    id: 'commuters_out',
    titleSv: 'Utpendlare, antal (härlett)',
    titleEn: 'Out-commuters (derived)',
    formula: 'employed_by_residence - live_and_work',
  },
  {
    id: 'net_commuting',
    titleSv: 'Nettopendling, antal (härlett)',
    titleEn: 'Net commuting: in-commuters minus out-commuters (derived)',
    formula: 'commuters_in - commuters_out',
  },
].map((partial) => ({
  ...partial,
  theme: 'commuting',
  unit: 'persons',
  decimals: 0,
  direction: 'neutral',
  sources: [SCB_COMMUTING, KOLADA_COMMUTING],
  // Flows inside a county cancel in the net balance, so the county net is the sum of municipal nets.
  aggregate: partial.id === 'net_commuting' ? sum : NO.commutingCount,
  caveat: CAVEATS.derivedCommuting,
}));

export const DERIVED_INDICATOR_IDS = new Set(DERIVED_INDICATORS.map((definition) => definition.id));
