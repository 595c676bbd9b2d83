import type { RawFiles } from '../raw-files';
import { loadLongFormat, type LongFormatIndicator, type LongFormatResult } from './long-format';
import type { Reference } from './reference';

export const SCB_FILES = {
  housingPopulation: 'stats/housing-population-income-unemployment-2011-2024.csv',
  ageEducation: 'stats/age-education-2001-2021.csv',
} as const;

const HOUSING_POPULATION: Record<string, LongFormatIndicator> = {
  population_total: { id: 'population_total', source: 'scb-population' },
  median_disposable_income_household: { id: 'median_household_disposable_income', source: 'scb-income' },
  smahus_mean_purchase_price: { id: 'smahus_mean_price', source: 'scb-house-prices' },
  smahus_kt_ratio: { id: 'smahus_kt_ratio', source: 'scb-house-prices' },
  dwellings_completed_new_construction: { id: 'dwellings_completed', source: 'scb-dwellings' },
  // Kolada's N03937 (Arbetsförmedlingen) travels in the SCB file; cite Kolada.
  open_unemployment_18_65_share: { id: 'open_unemployment_18_65', source: 'kolada' },
};

/** The age-education file writes shares as 0-1; every share in the build is percent. */
const percentOfShare = (id: string): LongFormatIndicator => ({ id, source: 'scb-age-education', scale: 100 });

const AGE_EDUCATION: Record<string, LongFormatIndicator> = {
  share_pop_aged_0_19: percentOfShare('share_aged_0_19'),
  share_pop_aged_75plus: percentOfShare('share_aged_75_plus'),
  share_16_74_primary_education_highest: percentOfShare('share_16_74_primary_education'),
  share_16_74_upper_secondary_education_highest: percentOfShare('share_16_74_upper_secondary_education'),
  share_16_74_post_secondary_education: percentOfShare('share_16_74_post_secondary_education'),
};

export function loadScbHousingPopulation(files: RawFiles, reference: Reference): LongFormatResult {
  return loadLongFormat(files, reference, SCB_FILES.housingPopulation, HOUSING_POPULATION);
}

export function loadScbAgeEducation(files: RawFiles, reference: Reference): LongFormatResult {
  return loadLongFormat(files, reference, SCB_FILES.ageEducation, AGE_EDUCATION);
}
