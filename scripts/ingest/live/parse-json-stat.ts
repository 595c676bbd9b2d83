import { z } from 'zod';
import type { PxCell, PxDataset, PxDimension } from './px-dataset';

const CategoryIndex = z.union([z.record(z.string(), z.number().int()), z.array(z.string())]);
const Dimension = z.object({
  label: z.string().optional(),
  category: z.object({
    index: CategoryIndex.optional(),
    label: z.record(z.string(), z.string()).optional(),
    unit: z.record(z.string(), z.object({ base: z.string().optional() }).passthrough()).optional(),
  }),
});
type Dimension = z.infer<typeof Dimension>;

const Values = z.union([z.array(z.number().nullable()), z.record(z.string(), z.number().nullable())]);
const Status = z.union([z.string(), z.array(z.string().nullable()), z.record(z.string(), z.string())]);

const JsonStat2 = z.object({
  class: z.literal('dataset'),
  version: z.string().optional(),
  id: z.array(z.string()),
  size: z.array(z.number().int().nonnegative()),
  dimension: z.record(z.string(), Dimension),
  value: Values,
  status: Status.optional(),
  extension: z
    .object({ px: z.object({ tableid: z.string().optional() }).passthrough().optional() })
    .passthrough()
    .optional(),
});

const JsonStat1 = z.object({
  dataset: z.object({
    dimension: z
      .object({ id: z.array(z.string()), size: z.array(z.number().int().nonnegative()) })
      .catchall(z.unknown()),
    value: Values,
    status: Status.optional(),
  }),
});

function orderedCodes(dimension: Dimension): string[] {
  const index = dimension.category.index;
  if (Array.isArray(index)) return index;
  if (index)
    return Object.entries(index)
      .sort((a, b) => a[1] - b[1])
      .map(([code]) => code);
  return Object.keys(dimension.category.label ?? {});
}

function statusAt(status: z.infer<typeof Status> | undefined, flatIndex: number): string | undefined {
  if (status === undefined) return undefined;
  if (typeof status === 'string') return status;
  if (Array.isArray(status)) return status[flatIndex] ?? undefined;
  return status[String(flatIndex)];
}

function build(
  ids: string[],
  sizes: number[],
  dims: Record<string, Dimension>,
  values: z.infer<typeof Values>,
  status: z.infer<typeof Status> | undefined,
  tableId: string | undefined,
): PxDataset {
  const dimensions: PxDimension[] = ids.map((code) => {
    const dim = dims[code];
    if (!dim) throw new Error(`json-stat: dimension "${code}" is listed in id but not described`);
    const codes = orderedCodes(dim);
    return {
      code,
      label: dim.label ?? code,
      categories: codes.map((c) => ({ code: c, label: dim.category.label?.[c] ?? c })),
    };
  });
  dimensions.forEach((d, i) => {
    if (d.categories.length !== sizes[i]) {
      throw new Error(
        `json-stat: dimension "${d.code}" has ${d.categories.length} categories, size says ${sizes[i]}`,
      );
    }
  });
  const units: Record<string, string> = {};
  for (const dim of Object.values(dims)) {
    for (const [code, unit] of Object.entries(dim.category.unit ?? {}))
      if (unit.base) units[code] = unit.base;
  }
  const total = sizes.reduce((a, b) => a * b, 1);
  if (Array.isArray(values) && values.length !== total) {
    throw new Error(`json-stat: ${values.length} values for ${total} cells`);
  }
  const cells: PxCell[] = [];
  for (let flat = 0; flat < total; flat++) {
    const codes: Record<string, string> = {};
    let rest = flat;
    for (let d = dimensions.length - 1; d >= 0; d--) {
      const dim = dimensions[d]!;
      const size = dim.categories.length;
      codes[dim.code] = dim.categories[rest % size]!.code;
      rest = Math.floor(rest / size);
    }
    const raw = Array.isArray(values) ? values[flat] : values[String(flat)];
    const value = raw === undefined ? null : raw;
    const symbol = statusAt(status, flat);
    cells.push(symbol !== undefined && value === null ? { codes, value, status: symbol } : { codes, value });
  }
  return { ...(tableId ? { tableId } : {}), dimensions, units, cells };
}

/** JSON-stat 2.0 as both SCB v1 and v2 send it. Values are row-major over `id`. */
export function parseJsonStat2(body: unknown): PxDataset {
  const ds = JsonStat2.parse(body);
  return build(ds.id, ds.size, ds.dimension, ds.value, ds.status, ds.extension?.px?.tableid);
}

/** JSON-stat 1.x (`{"dataset":{…}}`), where id/size/role sit inside `dimension`. */
export function parseJsonStat1(body: unknown): PxDataset {
  const { dataset } = JsonStat1.parse(body);
  const { id, size, ...rest } = dataset.dimension;
  const dims: Record<string, Dimension> = {};
  for (const code of id) dims[code] = Dimension.parse(rest[code]);
  return build(id, size, dims, dataset.value, dataset.status, undefined);
}
