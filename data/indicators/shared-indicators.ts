import { NO_AGGREGATE as NO } from './aggregate-reasons';
import { CAVEATS } from './caveats';
import { sum, unavailable, weightedByPopulation, type IndicatorDefinition } from './types';

/**
 * Indicators filled from the SCB and Boverket files, some of them shared with a Kolada KPI that measures the same
 * thing (population N01951, share aged 0-19 N01994, housing market balance U30446): one id, source per year.
 */
export const SHARED_INDICATORS: IndicatorDefinition[] = [
  {
    id: 'population_total',
    titleSv: 'Folkmängd 31 december',
    titleEn: 'Population on 31 December',
    theme: 'population',
    unit: 'persons',
    decimals: 0,
    direction: 'neutral',
    sources: [
      { source: 'scb-population', table: 'BE0101 BefolkningNy (BE0101N1)' },
      { source: 'kolada', table: 'N01951' },
    ],
    aggregate: sum,
  },
  {
    id: 'median_household_disposable_income',
    titleSv: 'Disponibel inkomst per hushåll, median (kr)',
    titleEn: 'Median disposable income per household (SEK)',
    theme: 'labour',
    unit: 'sek',
    decimals: 0,
    direction: 'higher_is_better',
    sources: [{ source: 'scb-income', table: 'HE0110 TabVX4bDispInkN (000006SY)' }],
    aggregate: NO.median,
    caveat: CAVEATS.householdIncome,
  },
  {
    id: 'smahus_mean_price',
    titleSv: 'Småhus, medelköpeskilling (kr)',
    titleEn: 'One- or two-dwelling houses, mean purchase price (SEK)',
    theme: 'housing',
    unit: 'sek',
    decimals: 0,
    direction: 'neutral',
    sources: [{ source: 'scb-house-prices', table: 'BO0501 FastprisSHRegionAr (BO0501C2)' }],
    aggregate: NO.salesBase,
    caveat: CAVEATS.smallSales,
  },
  {
    id: 'smahus_kt_ratio',
    titleSv: 'Småhus, köpeskillingskoefficient (K/T)',
    titleEn: 'One- or two-dwelling houses, purchase price to assessed value (K/T)',
    theme: 'housing',
    unit: 'ratio',
    decimals: 2,
    direction: 'neutral',
    sources: [{ source: 'scb-house-prices', table: 'BO0501 FastprisSHRegionAr (BO0501C4)' }],
    aggregate: NO.salesBase,
    caveat: CAVEATS.smallSales,
  },
  {
    id: 'dwellings_completed',
    titleSv: 'Färdigställda lägenheter i nybyggda hus',
    titleEn: 'Dwellings completed in new construction',
    theme: 'housing',
    unit: 'dwellings',
    decimals: 0,
    direction: 'neutral',
    sources: [{ source: 'scb-dwellings', table: 'BO0101 LghReHustypAr (BO0101A5)' }],
    aggregate: sum,
  },
  {
    id: 'open_unemployment_18_65',
    titleSv: 'Öppet arbetslösa 18-65 år, andel av befolkningen (%)',
    titleEn: 'Open unemployment, ages 18-65, share of population (%)',
    theme: 'labour',
    unit: 'percent',
    decimals: 1,
    direction: 'higher_is_worse',
    sources: [{ source: 'kolada', table: 'N03937' }],
    aggregate: NO.subpopulation,
    caveat: CAVEATS.openUnemployment,
  },
  {
    id: 'housing_market_balance',
    titleSv: 'Bostadsmarknadsläge enligt kommunen',
    titleEn: 'Housing market balance as the municipality sees it',
    theme: 'housing',
    unit: 'category',
    decimals: 0,
    direction: 'neutral',
    sources: [
      { source: 'boverket-bme', table: 'Bostadsmarknadsenkäten, bostadsmarknadsläge totalt' },
      { source: 'kolada', table: 'U30446' },
    ],
    aggregate: NO.category,
    caveat: CAVEATS.selfAssessment,
    categories: [
      { value: -1, label: { sv: 'Underskott', en: 'Shortage' } },
      { value: 0, label: { sv: 'Balans', en: 'Balance' } },
      { value: 1, label: { sv: 'Överskott', en: 'Surplus' } },
    ],
  },
  ...ageShare('share_aged_0_19', 'Invånare 0-19 år, andel (%)', 'Inhabitants aged 0-19 (%)', 'N01994'),
  ...ageShare(
    'share_aged_75_plus',
    'Invånare 75 år och äldre, andel (%)',
    'Inhabitants aged 75 and over (%)',
  ),
  educationShare('primary', 'förgymnasial', 'compulsory school'),
  educationShare('upper_secondary', 'gymnasial', 'upper-secondary school'),
  educationShare('post_secondary', 'eftergymnasial', 'post-secondary education'),
];

function ageShare(id: string, titleSv: string, titleEn: string, koladaKpi?: string): IndicatorDefinition[] {
  const file = { source: 'scb-age-education', table: 'BE0101' } as const;
  return [
    {
      id,
      titleSv,
      titleEn,
      theme: 'population',
      unit: 'percent',
      decimals: 1,
      direction: 'neutral',
      sources: koladaKpi ? [{ source: 'kolada', table: koladaKpi }, file] : [file],
      aggregate: weightedByPopulation,
      caveat: koladaKpi ? CAVEATS.ageShares : CAVEATS.fourYearlyAge,
    },
  ];
}

function educationShare(level: string, levelSv: string, levelEn: string): IndicatorDefinition {
  return {
    id: `share_16_74_${level}_education`,
    titleSv: `Invånare 16-74 år med ${levelSv} utbildning som högsta, andel (%)`,
    titleEn: `Residents 16-74 whose highest education is ${levelEn} (%)`,
    theme: 'skills',
    unit: 'percent',
    decimals: 1,
    direction:
      level === 'primary' ? 'higher_is_worse' : level === 'post_secondary' ? 'higher_is_better' : 'neutral',
    sources: [{ source: 'scb-age-education', table: 'UF0506' }],
    aggregate: unavailable({
      en: 'the number of people aged 16-74 with known education is not in the snapshot',
      sv: 'antalet personer 16-74 år med känd utbildning finns inte i datakopian',
    }),
    caveat: CAVEATS.fourYearlyShares,
  };
}
