import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportKind, ImportPreview, StoredImport } from '../../../data/contract/imports';
import { previewImport } from '../../../data/imports/preview-import';
import type { PreviewOptions } from '../../../data/imports/preview-options';
import { readImportCsv } from '../../../data/imports/read-import-csv';
import { storedImportOf } from '../../../data/imports/stored-import';
import type { ImportDirectory } from '../../../data/imports/import-directory';
import { sha256 } from './import-store';

/** A file with a company column is a firm-site file; anything else is an indicator file. */
export function detectImportKind(bytes: Uint8Array): ImportKind {
  return readImportCsv(bytes).header.includes('company') ? 'firms' : 'indicator';
}

export interface ImportOutcome {
  preview: ImportPreview;
  /** Null when no row was accepted: nothing is stored. */
  stored: StoredImport | null;
}

/** `npm run ingest -- --import FILE`: validates a CSV and keeps its accepted rows for every following build. */
export function importFile(
  file: string,
  store: ImportDirectory,
  options: PreviewOptions & { kind?: ImportKind; now?: Date } = {},
): ImportOutcome {
  const bytes = readFileSync(file);
  const preview = previewImport(bytes, options.kind ?? detectImportKind(bytes), options);
  const stored = storedImportOf(preview, {
    originalFile: path.basename(file),
    sha256: sha256(bytes),
    importedAt: options.now ?? new Date(),
  });
  if (stored) store.save(stored);
  return { preview, stored };
}

/** One line per rejected row, as a maintainer reads them in a terminal: `file:line:column: reason`. */
export function formatRejections(file: string, preview: ImportPreview): string[] {
  return preview.rejected.map(
    (r) =>
      `${path.basename(file)}:${r.line}${r.column ? `:${r.column}` : ''}${r.columnName ? ` (${r.columnName})` : ''}: ${r.reason}`,
  );
}
