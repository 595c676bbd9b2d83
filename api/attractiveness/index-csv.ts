import type { IndexResponse } from '../../data/contract';
import type { AtlasBuild } from '../build/atlas-build';
import { csvField, csvNumber, type CsvDialect } from '../services/values-csv';
import { safeCsvText } from './safe-csv-text';

const BOM = '\uFEFF';

/**
 * The index as a CSV table, one row per municipality: index, rank of n, rank interval, pillar scores, and per
 * indicator the raw value used, its year and its source (citation and table). Missing stays empty, never 0.
 */
export function indexToCsv(build: AtlasBuild, answer: IndexResponse, dialect: CsvDialect): string {
  const separator = dialect === 'csv' ? ',' : ';';
  const { result, robustness } = answer;
  const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : csvNumber(v, dialect));
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
  const rows = result.rows.map((row) => {
    const interval = robustness?.intervals[row.code] ?? null;
    return [
      row.code,
      safeCsvText(build.municipalityByCode.get(row.code)?.name ?? ''),
      num(row.index),
      row.rank === null ? '' : String(row.rank),
      String(result.n),
      interval ? String(interval.p5) : '',
      interval ? String(interval.median) : '',
      interval ? String(interval.p95) : '',
      row.missing?.pillar ?? '',
      ...result.pillars.map((p) => num(row.pillars[p.id])),
      ...result.indicators.flatMap((i) => {
        const value = row.values[i.id];
        if (!value) return ['', '', ''];
        return [num(value.value), String(value.year), safeCsvText(sourceOf.get(i.id)?.get(value.year) ?? '')];
      }),
      safeCsvText(method),
    ];
  });
  const lines = [header, ...rows].map((cells) =>
    cells.map((cell) => csvField(cell, separator)).join(separator),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
