import { IngestError } from '../errors';
import type { RawFiles } from '../raw-files';
import { loadLongFormat, type LongFormatResult } from './long-format';
import type { Reference } from './reference';

export const BOVERKET_FILE = 'stats/boverket-housing-market-balance-2020-2026.csv';

/** Boverket's housing market survey: each municipality's own answer, -1 shortage, 0 balance, 1 surplus. */
export function loadBoverketBalance(files: RawFiles, reference: Reference): LongFormatResult {
  return loadLongFormat(files, reference, BOVERKET_FILE, {
    bme_housing_market_balance_total: {
      id: 'housing_market_balance',
      source: 'boverket-bme',
      check: (value, where) => {
        if (value !== -1 && value !== 0 && value !== 1) {
          throw new IngestError(where, `housing market balance must be -1, 0 or 1, found ${value}`);
        }
      },
    },
  });
}
