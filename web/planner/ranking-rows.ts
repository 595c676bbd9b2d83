import type { ValuesResponse } from '../../data/contract/api';

export interface RankingRow {
  code: string;
  name: string;
  county: string;
  value: number | null;
  rank: number | null;
}

export type SortColumn = keyof RankingRow;
export interface Sort {
  column: SortColumn;
  ascending: boolean;
}

/** Rows for every municipality: those with a value and, after them, the ones without (shown as missing, not 0). */
export function rankingRows(
  values: ValuesResponse,
  countyOf: ReadonlyMap<string, string>,
  nameOf: ReadonlyMap<string, string>,
): RankingRow[] {
  const rows: RankingRow[] = values.values.map((v) => ({
    code: v.code,
    name: v.name,
    county: countyOf.get(v.code) ?? '',
    value: v.value,
    rank: v.rank ?? null,
  }));
  for (const code of values.missing) {
    rows.push({
      code,
      name: nameOf.get(code) ?? code,
      county: countyOf.get(code) ?? '',
      value: null,
      rank: null,
    });
  }
  return rows;
}

/**
 * Sort rows by a column; missing values and ranks always go last, whichever the direction.
 * @example sortRows(rows, { column: 'rank', ascending: true })[0].rank // 1
 */
export function sortRows(rows: readonly RankingRow[], sort: Sort, lang: string): RankingRow[] {
  const factor = sort.ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.column];
    const y = b[sort.column];
    if (x === null || y === null) return x === y ? a.code.localeCompare(b.code) : x === null ? 1 : -1;
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang);
    return order === 0 ? a.code.localeCompare(b.code) : order * factor;
  });
}
