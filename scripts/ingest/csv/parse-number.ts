import { IngestError, type FileLocation } from '../errors';

/** SCB's table markers: ".." not available, "." not applicable, "-" nothing to report. */
export const MISSING_MARKERS = new Set(['..', '.', '-', '']);

/** The common case, checked first because the snapshot has hundreds of thousands of cells. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Parses a statistic as written in a CSV cell: "9514.0", "12,5" (decimal comma), "1 234" (space as thousands
 * separator), "−3" (Unicode minus). Returns null for a missing-value marker: missing stays missing, never 0,
 * and SCB's "-" is kept missing too because a copy cannot tell a true zero from a suppressed cell.
 */
export function parseNumber(raw: string, where: FileLocation): number | null {
  if (PLAIN_NUMBER.test(raw)) return Number(raw);
  const trimmed = raw.trim();
  if (MISSING_MARKERS.has(trimmed)) return null;
  const normalised = trimmed
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-')
    .replace(/^(-?\d+),(\d+)$/, '$1.$2');
  const value = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
  if (!Number.isFinite(value)) throw new IngestError(where, `not a number: "${raw}"`);
  return value;
}

/** Parses a year column: four digits, nothing else. */
export function parseYear(raw: string, where: FileLocation): number {
  const trimmed = raw.trim();
  if (!/^\d{4}$/.test(trimmed)) throw new IngestError(where, `not a year: "${raw}"`);
  return Number(trimmed);
}
