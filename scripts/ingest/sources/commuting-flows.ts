import { Sex, type CommutingFile, type CommutingFlow } from '../../../data/contract';
import { SOURCES } from '../../../data/sources/sources';
import { readCsv } from '../csv/read-csv';
import { parseNumber, parseYear } from '../csv/parse-number';
import { IngestError } from '../errors';
import type { RawFiles } from '../raw-files';
import type { Reference } from './reference';

export const FLOWS_FILE = 'flows/commuting-norrbotten-2020-2024.csv';
const COLUMNS = ['origin_code', 'destination_code', 'year', 'sex', 'value'];

/**
 * Origin-destination commuting flows (Norrbotten only in the snapshot), with the years of flow data stated for
 * every one of the 290 municipalities so nobody reads "no flows" as "nobody commutes".
 */
export function loadCommutingFlows(files: RawFiles, reference: Reference, file = FLOWS_FILE): CommutingFile {
  const table = readCsv(files, file, COLUMNS);
  const flows: CommutingFlow[] = [];
  const seen = new Map<string, number>();
  const yearsByMunicipality = new Map<string, Set<number>>();
  for (const row of table.rows) {
    const code = (column: string) => {
      const value = row.get(column).trim();
      if (!reference.municipalities.has(value))
        throw new IngestError(row.cell(column), `unknown municipality code "${value}"`);
      return value;
    };
    const origin = code('origin_code');
    const destination = code('destination_code');
    const year = parseYear(row.get('year'), row.cell('year'));
    const sex = Sex.safeParse(row.get('sex').trim());
    if (!sex.success)
      throw new IngestError(row.cell('sex'), `sex must be total, women or men, found "${row.get('sex')}"`);
    const persons = parseNumber(row.get('value'), row.cell('value'));
    if (persons === null) continue;
    if (!Number.isInteger(persons) || persons < 0) {
      throw new IngestError(
        row.cell('value'),
        `a flow is a whole number of persons, found "${row.get('value')}"`,
      );
    }
    const key = `${origin}|${destination}|${year}|${sex.data}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new IngestError(
        { file, line: row.line },
        `duplicate flow ${origin}->${destination} ${year} ${sex.data} (first on line ${first})`,
      );
    }
    seen.set(key, row.line);
    flows.push({ origin, destination, year, sex: sex.data, persons });
    for (const end of [origin, destination]) {
      const years = yearsByMunicipality.get(end) ?? new Set<number>();
      years.add(year);
      yearsByMunicipality.set(end, years);
    }
  }
  const covered = [...yearsByMunicipality.keys()];
  const coveredCounties = new Set(covered.map((c) => reference.municipalities.get(c)?.countyName));
  const scope = `flows between the ${covered.length} municipalities of ${[...coveredCounties].join(', ')} only`;
  const source = SOURCES['scb-commuting'];
  return {
    source: {
      id: source.id,
      publisher: source.publisher,
      table: 'AM0207 ArRegPend2 (TAB1830)',
      licence: source.licence,
    },
    note: 'Employed persons 15-74 by municipality of residence (origin) and of work (destination), diagonal = live and work in the same municipality. 0 means 0-2: SCB suppresses or perturbs small counts, so women + men can differ slightly from total.',
    coverage: [...reference.municipalities.keys()].sort().map((municipality) => {
      const years = yearsByMunicipality.get(municipality);
      return years
        ? { municipality, years: [...years].sort((a, b) => a - b), scope }
        : { municipality, years: [], scope: 'no origin-destination flows in this build' };
    }),
    flows,
  };
}
