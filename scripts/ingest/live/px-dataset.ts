/** The format-independent result of parsing one SCB PxWeb response (json-stat 1, json-stat2 or PxWeb json). */
export interface PxCategory {
  code: string;
  label: string;
}

export interface PxDimension {
  code: string;
  label: string;
  categories: PxCategory[];
}

/** One cell: the code of every dimension, the number (null = missing) and SCB's symbol when one was given. */
export interface PxCell {
  codes: Record<string, string>;
  value: number | null;
  status?: string;
}

export interface PxDataset {
  /** v2 table id (`extension.px.tableid`) when the response names it. */
  tableId?: string;
  dimensions: PxDimension[];
  /** Unit base per ContentsCode, e.g. { BO0501C2: "tkr" }, when the response states it. */
  units: Record<string, string>;
  cells: PxCell[];
}

/** SCB's markers for cells without a number. PxWeb json writes them as the value itself. */
export const MISSING_MARKERS: ReadonlySet<string> = new Set(['..', '.', '-', '', '...']);

/**
 * Reads a PxWeb value written as a string ("290", "1.49"). Markers and anything non-numeric are missing.
 * @example parsePxNumber("..") // { value: null, status: ".." }
 */
export function parsePxNumber(raw: string): { value: number | null; status?: string } {
  const trimmed = raw.trim();
  if (MISSING_MARKERS.has(trimmed)) return { value: null, status: trimmed };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { value: null, status: trimmed };
  return { value };
}
