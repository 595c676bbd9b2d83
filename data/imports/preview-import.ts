import { DEFAULT_IMPORT_THEME } from './cell-parsers';
import { validateFirmRows } from './firm-import';
import type {
  FirmImportPreview,
  ImportKind,
  ImportPreview,
  IndicatorImportPreview,
} from '../contract/imports';
import { validateIndicatorRows } from './indicator-import';
import type { PreviewOptions } from './preview-options';
import { readImportCsv } from './read-import-csv';

/**
 * What an uploaded CSV would add and what it would reject, row by row, without saving anything: the API's
 * upload preview and `npm run ingest -- --import FILE` both call this.
 */
export function previewImport(
  bytes: Uint8Array,
  kind: 'indicator',
  options?: PreviewOptions,
): IndicatorImportPreview;
export function previewImport(bytes: Uint8Array, kind: 'firms', options?: PreviewOptions): FirmImportPreview;
export function previewImport(bytes: Uint8Array, kind: ImportKind, options?: PreviewOptions): ImportPreview;
export function previewImport(
  bytes: Uint8Array,
  kind: ImportKind,
  options: PreviewOptions = {},
): ImportPreview {
  const table = readImportCsv(bytes);
  const notes = [...table.notes, `fields separated by "${table.delimiter}"`];
  if (table.rows.length === 0) {
    return { kind, accepted: [], rejected: [{ line: 1, reason: 'no data rows below the header' }], notes };
  }
  if (kind === 'indicator') {
    if (!table.header.includes('theme'))
      notes.push(`no theme column: listed under "${DEFAULT_IMPORT_THEME}"`);
    return { kind, ...validateIndicatorRows(table, options), notes };
  }
  return { kind, ...validateFirmRows(table, options), notes };
}
