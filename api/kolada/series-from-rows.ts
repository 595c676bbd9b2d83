import type { AggregateMethod, AggregateRule, ObservationSeries } from '../../data/contract';
import type { KoladaRow } from './parquet-reader';

export interface SeriesRules {
  indicatorId: string;
  countyRule: AggregateRule;
  nationalRule: AggregateRule;
}

/** Without a row: the rule's own method when it computes one (there was nothing complete to compute), else unavailable. */
const fallback = (rule: AggregateRule): AggregateMethod => (rule.kind === 'sum' ? 'sum' : 'unavailable');

function methodOf(rows: readonly KoladaRow[], rule: AggregateRule): AggregateMethod {
  if (rows.some((row) => row.origin === 'published')) return 'published';
  if (rows.some((row) => row.origin === 'sum')) return 'sum';
  return fallback(rule);
}

/** Rows of one KPI and sex (sorted by year) -> one series per year, as the curated build has them. */
export function seriesFromRows(
  rules: SeriesRules,
  rows: readonly KoladaRow[],
): Map<number, ObservationSeries> {
  const byYear = new Map<number, KoladaRow[]>();
  for (const row of rows) {
    const list = byYear.get(row.year) ?? [];
    list.push(row);
    byYear.set(row.year, list);
  }
  const series = new Map<number, ObservationSeries>();
  for (const [year, yearRows] of [...byYear].sort(([a], [b]) => a - b)) {
    const municipalities: Record<string, number> = {};
    const counties: Record<string, number> = {};
    const countyRows: KoladaRow[] = [];
    let national: KoladaRow | undefined;
    for (const row of yearRows) {
      if (row.geo.length === 4) municipalities[row.geo] = row.value;
      else if (row.geo.length === 2) {
        counties[row.geo] = row.value;
        countyRows.push(row);
      } else if (row.geo === '0') national = row;
    }
    series.set(year, {
      indicator: rules.indicatorId,
      year,
      source: 'kolada',
      municipalities,
      counties: { method: methodOf(countyRows, rules.countyRule), values: counties },
      national: {
        method: methodOf(national ? [national] : [], rules.nationalRule),
        value: national?.value ?? null,
      },
    });
  }
  return series;
}

/** Women minus men wherever both are present; the method is women's (both come from the same rule). */
export function gapSeries(
  women: ReadonlyMap<number, ObservationSeries>,
  men: ReadonlyMap<number, ObservationSeries>,
): Map<number, ObservationSeries> {
  const gap = new Map<number, ObservationSeries>();
  const minus = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(a).flatMap(([code, value]) =>
        b[code] === undefined ? [] : [[code, Math.round((value - b[code]) * 1e6) / 1e6]],
      ),
    );
  for (const [year, w] of women) {
    const m = men.get(year);
    if (!m) continue;
    const national =
      w.national.value !== null && m.national.value !== null ? w.national.value - m.national.value : null;
    gap.set(year, {
      ...w,
      municipalities: minus(w.municipalities, m.municipalities),
      counties: { method: w.counties.method, values: minus(w.counties.values, m.counties.values) },
      national: {
        method: w.national.method,
        value: national === null ? null : Math.round(national * 1e6) / 1e6,
      },
    });
  }
  return gap;
}
