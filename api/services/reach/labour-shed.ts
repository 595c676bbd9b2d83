import type { LabourShed } from '../../../data/contract/reach';
import type { AtlasBuild } from '../../build/atlas-build';

const SHED_SHARE = 80;

const NO_FLOWS = {
  sv: 'Inga pendlingsflöden mellan kommuner för den här kommunen i den här byggnaden (offline bara Norrbotten; alla kommuner efter en live-inläsning).',
  en: 'No origin-destination commuting flows for this municipality in this build (offline only Norrbotten; every municipality after a live ingest).',
};

/**
 * Where the municipality's workers live: origins of its in-commuting flows (its own residents first among them),
 * largest first, until they cover 80 % of its employed by workplace (Kolada N02201) in the same year.
 */
export function labourShed(build: AtlasBuild, code: string | null): LabourShed {
  if (code === null) return { coverage: 'none', note: NO_FLOWS };
  const coverage = build.commuting.coverage.find((entry) => entry.municipality === code);
  const municipality = build.municipalityByCode.get(code);
  if (!coverage || coverage.years.length === 0 || !municipality) return { coverage: 'none', note: NO_FLOWS };
  const employedSeries = build.seriesByIndicator.get('employed_by_workplace');
  // The latest flow year that also has the base; otherwise the latest flow year without one.
  const years = [...coverage.years].sort((a, b) => b - a);
  const year = years.find((y) => employedSeries?.get(y)?.municipalities[code] !== undefined) ?? years[0]!;
  const base = employedSeries?.get(year)?.municipalities[code] ?? null;
  const inbound = build.commuting.flows
    .filter((f) => f.year === year && f.sex === 'total' && f.destination === code && f.persons > 0)
    .sort((a, b) => b.persons - a.persons || a.origin.localeCompare(b.origin));
  const origins: Extract<LabourShed, { coverage: 'flows' }>['origins'] = [];
  let running = 0;
  for (const flow of inbound) {
    running += flow.persons;
    const share = base ? Math.round((running / base) * 1000) / 10 : null;
    origins.push({
      code: flow.origin,
      name: build.municipalityByCode.get(flow.origin)?.name ?? flow.origin,
      persons: flow.persons,
      cumulativeShare: share,
    });
    if (share !== null && share >= SHED_SHARE) break;
  }
  const reaches80 = (origins.at(-1)?.cumulativeShare ?? 0) >= SHED_SHARE;
  return {
    coverage: 'flows',
    municipality: { code, name: municipality.name },
    year,
    employedByWorkplace: base,
    origins,
    reaches80,
    source: { publisher: build.commuting.source.publisher, table: build.commuting.source.table },
    note: reaches80
      ? {
          sv: `De största bostadskommunerna för dem som arbetar i ${municipality.name}, tills de täcker 80 % av förvärvsarbetande efter arbetsplats (Kolada N02201) ${year}.`,
          en: `The largest home municipalities of people working in ${municipality.name}, until they cover 80 % of employed by workplace (Kolada N02201) in ${year}.`,
        }
      : {
          sv: `Flödena i den här byggnaden täcker inte alla bostadskommuner (offline bara Norrbottens kommuner sinsemellan): de listade bostadskommunerna når inte 80 % av förvärvsarbetande efter arbetsplats (Kolada N02201) ${year}.`,
          en: `The flows in this build do not cover every home municipality (offline only flows between the municipalities of Norrbotten): the home municipalities listed do not reach 80 % of employed by workplace (Kolada N02201) in ${year}.`,
        },
  };
}
