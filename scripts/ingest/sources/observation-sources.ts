import type { ObservationSource } from '../observation-source';
import { BOVERKET_FILE, loadBoverketBalance } from './boverket-balance';
import { KOLADA_DIR, loadKoladaDdf } from './kolada-ddf';
import { SCB_FILES, loadScbAgeEducation, loadScbHousingPopulation } from './scb-long-csv';

/** Every offline source of observations, in the order the summary lists them. */
export const OBSERVATION_SOURCES: readonly ObservationSource[] = [
  {
    name: () => 'SCB housing, population, income, unemployment',
    inputs: [SCB_FILES.housingPopulation],
    load: ({ files, reference }) => loadScbHousingPopulation(files, reference),
  },
  {
    name: () => 'SCB age and education shares',
    inputs: [SCB_FILES.ageEducation],
    load: ({ files, reference }) => loadScbAgeEducation(files, reference),
  },
  {
    name: () => 'Boverket housing market balance',
    inputs: [BOVERKET_FILE],
    load: ({ files, reference }) => loadBoverketBalance(files, reference),
  },
  {
    name: (result) => `Kolada (${result.titles?.size ?? 0} KPIs)`,
    inputs: [KOLADA_DIR],
    load: ({ files, reference, progress }) => {
      const { kpis, ...rest } = loadKoladaDdf(files, reference, (file, rows) => progress(file, rows));
      return { ...rest, titles: kpis };
    },
  },
];
