import type { IndexResult, RobustnessResult } from '../../../data/contract';

export interface IndexTableRow {
  code: string;
  name: string;
  index: number | null;
  rank: number | null;
  p5: number | null;
  p95: number | null;
}

/** Table rows by rank (missing last, by name), each with its rank interval when the worker has one. */
export function indexTableRows(
  result: IndexResult,
  robustness: RobustnessResult | null,
  nameOf: ReadonlyMap<string, string>,
): IndexTableRow[] {
  return result.rows
    .map((row) => {
      const interval = robustness?.intervals[row.code] ?? null;
      return {
        code: row.code,
        name: nameOf.get(row.code) ?? row.code,
        index: row.index,
        rank: row.rank,
        p5: interval?.p5 ?? null,
        p95: interval?.p95 ?? null,
      };
    })
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'sv'));
}
