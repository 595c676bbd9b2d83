import type { CommutingFile, CommutingFlow } from '../../../data/contract';
import { SOURCES } from '../../../data/sources/sources';

/**
 * The live origin-destination matrix as the build's commuting file: every one of the 290 municipalities states
 * the years it has flows for. Zero cells (0-2 persons after SCB's protection) are left out to keep the file small.
 */
export function liveCommutingFile(
  flows: readonly CommutingFlow[],
  municipalityCodes: readonly string[],
  table: string,
): CommutingFile {
  const kept = flows.filter((flow) => flow.persons > 0);
  const years = new Map<string, Set<number>>();
  for (const flow of kept) {
    for (const end of [flow.origin, flow.destination]) {
      const set = years.get(end) ?? new Set<number>();
      set.add(flow.year);
      years.set(end, set);
    }
  }
  const source = SOURCES['scb-commuting'];
  return {
    source: { id: source.id, publisher: source.publisher, table, licence: source.licence },
    note: 'Employed persons by municipality of residence (origin) and of work (destination), all of Sweden, fetched live from SCB; diagonal = live and work in the same municipality. Cells of 0 (0-2 persons: SCB suppresses or perturbs small counts) are left out.',
    coverage: [...municipalityCodes].sort().map((municipality) => {
      const found = years.get(municipality);
      return found
        ? {
            municipality,
            years: [...found].sort((a, b) => a - b),
            scope: 'flows to and from all municipalities of Sweden',
          }
        : { municipality, years: [], scope: 'no origin-destination flows in this build' };
    }),
    flows: kept,
  };
}
