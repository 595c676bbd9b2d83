import { z } from 'zod';

/** A query with every value listed. Variables that are absent are eliminated (SCB returns their total). */
export interface ScbQuery {
  selections: { variable: string; values: string[] }[];
}

/** Number of data cells a query asks for: the product of the selected value counts. */
export function countCells(query: ScbQuery): number {
  return query.selections.reduce((cells, s) => cells * s.values.length, 1);
}

function replaceValues(query: ScbQuery, variable: string, values: string[]): ScbQuery {
  return {
    selections: query.selections.map((s) => (s.variable === variable ? { variable, values } : s)),
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * Splits a query into queries of at most `maxCells` cells, cutting the `splitBy` variables in that order
 * (Region first, then Tid): a region chunk is as large as the limit allows, so few requests are sent.
 * @example splitQuery({selections:[{variable:'Region',values:['0114','0115']},{variable:'Tid',values:['2023']}]}, 1)
 *   // two queries, one region each
 */
export function splitQuery(query: ScbQuery, maxCells: number, splitBy: readonly string[]): ScbQuery[] {
  const cells = countCells(query);
  if (cells <= maxCells) return [query];
  for (const variable of splitBy) {
    const selection = query.selections.find((s) => s.variable === variable);
    if (!selection || selection.values.length < 2) continue;
    const cellsPerValue = cells / selection.values.length;
    const perChunk = Math.max(1, Math.floor(maxCells / cellsPerValue));
    return chunk(selection.values, perChunk).flatMap((values) =>
      splitQuery(replaceValues(query, variable, values), maxCells, splitBy),
    );
  }
  throw new Error(
    `a query of ${cells} cells exceeds the limit of ${maxCells} and cannot be split further by ${splitBy.join(', ')}`,
  );
}

/**
 * Halves a query along the first split variable with more than one value; used when SCB answers 403
 * (too many cells) although the count was under the advertised limit. Null when nothing is left to split.
 */
export function halveQuery(query: ScbQuery, splitBy: readonly string[]): [ScbQuery, ScbQuery] | null {
  for (const variable of splitBy) {
    const selection = query.selections.find((s) => s.variable === variable);
    if (!selection || selection.values.length < 2) continue;
    const middle = Math.ceil(selection.values.length / 2);
    return [
      replaceValues(query, variable, selection.values.slice(0, middle)),
      replaceValues(query, variable, selection.values.slice(middle)),
    ];
  }
  return null;
}

/** v2 POST body: `{"selection":[{"variableCode","valueCodes"}]}`. */
export function toV2Body(query: ScbQuery): { selection: { variableCode: string; valueCodes: string[] }[] } {
  return { selection: query.selections.map((s) => ({ variableCode: s.variable, valueCodes: s.values })) };
}

/** The v1 POST body as SCB documents it (filters item, all, top, vs:<set>, agg:<aggregation>). */
export const V1QueryBody = z.object({
  query: z.array(
    z.object({
      code: z.string().min(1),
      selection: z.object({
        filter: z.union([z.enum(['item', 'all', 'top']), z.string().regex(/^(vs|agg):.+/)]),
        values: z.array(z.string()),
      }),
    }),
  ),
  response: z.object({ format: z.enum(['json', 'json-stat', 'json-stat2', 'csv', 'px', 'xlsx', 'sdmx']) }),
});

/** v1 POST body with `item` filters, asking for json-stat2 (v1 answers it like v2). */
export function toV1Body(query: ScbQuery): {
  query: { code: string; selection: { filter: 'item'; values: string[] } }[];
  response: { format: 'json-stat2' };
} {
  return {
    query: query.selections.map((s) => ({
      code: s.variable,
      selection: { filter: 'item', values: s.values },
    })),
    response: { format: 'json-stat2' },
  };
}
