import { z } from 'zod';
import { parsePxNumber, type PxCell, type PxDataset, type PxDimension } from './px-dataset';

const PxWebJson = z.object({
  columns: z.array(z.object({ code: z.string(), text: z.string(), type: z.enum(['d', 't', 'c']) })),
  comments: z.array(z.unknown()).optional(),
  data: z.array(z.object({ key: z.array(z.string()), values: z.array(z.string()) })),
});

/**
 * PxWeb `json` format: `columns` (d = dimension, t = time, c = content) and `data[{key, values}]`, every value a
 * string. One cell per content column, with the content column's code as `ContentsCode`.
 */
export function parsePxWebJson(body: unknown): PxDataset {
  const { columns, data } = PxWebJson.parse(body);
  const keyColumns = columns.filter((c) => c.type !== 'c');
  const contentColumns = columns.filter((c) => c.type === 'c');
  const seen = new Map<string, Map<string, string>>(keyColumns.map((c) => [c.code, new Map()]));
  const cells: PxCell[] = [];
  data.forEach((row, rowIndex) => {
    if (row.key.length !== keyColumns.length || row.values.length !== contentColumns.length) {
      throw new Error(`PxWeb json: data row ${rowIndex} does not match the ${columns.length} columns`);
    }
    const codes: Record<string, string> = {};
    keyColumns.forEach((column, i) => {
      const code = row.key[i]!;
      codes[column.code] = code;
      seen.get(column.code)!.set(code, code);
    });
    contentColumns.forEach((column, i) => {
      cells.push({ codes: { ...codes, ContentsCode: column.code }, ...parsePxNumber(row.values[i]!) });
    });
  });
  const dimensions: PxDimension[] = keyColumns.map((c) => ({
    code: c.code,
    label: c.text,
    categories: [...seen.get(c.code)!.keys()].map((code) => ({ code, label: code })),
  }));
  dimensions.push({
    code: 'ContentsCode',
    label: 'ContentsCode',
    categories: contentColumns.map((c) => ({ code: c.code, label: c.text })),
  });
  return { dimensions, units: {}, cells };
}
