import { z } from 'zod';

/** One variable of an SCB table as the metadata describes it, whichever API version answered. */
export interface TableVariable {
  code: string;
  label: string;
  values: { code: string; label: string }[];
  /** May be left out of a query; SCB then returns its total (or elimination value). */
  elimination: boolean;
  time: boolean;
}

export interface TableMetadata {
  title: string;
  variables: TableVariable[];
}

const V1Metadata = z.object({
  title: z.string(),
  variables: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      values: z.array(z.string()),
      valueTexts: z.array(z.string()),
      elimination: z.boolean().optional(),
      time: z.boolean().optional(),
    }),
  ),
});

const V2Metadata = z.object({
  class: z.literal('dataset'),
  label: z.string(),
  id: z.array(z.string()),
  role: z
    .object({ time: z.array(z.string()).optional() })
    .passthrough()
    .optional(),
  dimension: z.record(
    z.string(),
    z.object({
      label: z.string(),
      category: z.object({
        index: z.record(z.string(), z.number()),
        label: z.record(z.string(), z.string()),
      }),
      extension: z.object({ elimination: z.boolean().optional() }).passthrough().optional(),
    }),
  ),
});

/** v1: GET on the table URL returns `{title, variables[{code,text,values,valueTexts,elimination?,time?}]}`. */
export function parseV1Metadata(body: unknown): TableMetadata {
  const meta = V1Metadata.parse(body);
  return {
    title: meta.title,
    variables: meta.variables.map((v) => ({
      code: v.code,
      label: v.text,
      values: v.values.map((code, i) => ({ code, label: v.valueTexts[i] ?? code })),
      elimination: v.elimination === true,
      time: v.time === true,
    })),
  };
}

/** v2: GET /tables/{id}/metadata returns JSON-stat2 with `value: []` and elimination in each dimension's extension. */
export function parseV2Metadata(body: unknown): TableMetadata {
  const meta = V2Metadata.parse(body);
  const timeCodes = new Set(meta.role?.time ?? []);
  return {
    title: meta.label,
    variables: meta.id.map((code) => {
      const dim = meta.dimension[code];
      if (!dim) throw new Error(`v2 metadata: dimension "${code}" is listed in id but not described`);
      const values = Object.entries(dim.category.index)
        .sort((a, b) => a[1] - b[1])
        .map(([value]) => ({ code: value, label: dim.category.label[value] ?? value }));
      return {
        code,
        label: dim.label,
        values,
        elimination: dim.extension?.elimination === true,
        time: timeCodes.has(code),
      };
    }),
  };
}
