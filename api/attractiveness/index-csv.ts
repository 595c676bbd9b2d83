import type { IndexResponse } from '../../data/contract';
import { csvDocument, type CsvCell, type CsvDialect } from '../../data/csv/csv-document';
import type { AtlasBuild } from '../build/atlas-build';

/**
 * The index as a CSV table, one row per municipality: index, rank of n, rank interval, pillar scores, and per
 * indicator the raw value used, its year and its source (citation and table). Missing stays empty, never 0.
 * Written by the shared CSV writer, so text cells that start like a formula are neutralised as in every download.
 */
export function indexToCsv(build: AtlasBuild, answer: IndexResponse, dialect: CsvDialect): string {
  const { result, robustness } = answer;
  const method = `${result.framework}; ${result.normalisation}; ${result.aggregation}; build ${answer.buildId}`;
  const header = [
    'municipality_code',
    'municipality_name',
    'index',
    'rank',
    'n',
    'rank_p5',
    'rank_median',
    'rank_p95',
    'missing_pillar',
    ...result.pillars.map((p) => `pillar_${p.id}`),
    ...result.indicators.flatMap((i) => [i.id, `${i.id}_year`, `${i.id}_source`]),
    'method',
  ];
  const sourceOf = new Map(
    result.indicators.map((i) => [i.id, new Map(i.sources.map((s) => [s.year, `${s.citation} ${s.table}`]))]),
  );
  const rows = result.rows.map((row): CsvCell[] => {
    const interval = robustness?.intervals[row.code] ?? null;
    return [
      row.code,
      build.municipalityByCode.get(row.code)?.name ?? '',
      row.index ?? null,
      row.rank ?? null,
      result.n,
      interval?.p5 ?? null,
      interval?.median ?? null,
      interval?.p95 ?? null,
      row.missing?.pillar ?? '',
      ...result.pillars.map((p) => row.pillars[p.id] ?? null),
      ...result.indicators.flatMap((i): CsvCell[] => {
        const value = row.values[i.id];
        if (!value) return [null, null, null];
        return [value.value, value.year, sourceOf.get(i.id)?.get(value.year) ?? ''];
      }),
      method,
    ];
  });
  return csvDocument(header, rows, dialect);
}
