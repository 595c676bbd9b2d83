import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImportStore, importName, sha256, type StoredImport } from './import-store';
import type { ImportKind, ImportPreview, PreviewOptions } from './import-types';
import { previewImport } from './preview-import';
import { readImportCsv } from './read-import-csv';

/** A file with a company column is a firm-site file; anything else is an indicator file. */
export function detectImportKind(bytes: Uint8Array): ImportKind {
  return readImportCsv(bytes).header.includes('company') ? 'firms' : 'indicator';
}

export interface ImportOutcome {
  preview: ImportPreview;
  /** Null when no row was accepted: nothing is stored. */
  stored: StoredImport | null;
}

/** Validates a user's CSV and keeps its accepted rows in the imports directory for every following build. */
export function importFile(
  file: string,
  store: ImportStore,
  options: PreviewOptions & { kind?: ImportKind; now?: Date; originalName?: string } = {},
): ImportOutcome {
  const bytes = readFileSync(file);
  // The dashboard writes uploads under a fixed temporary name: the user's file name is only a label.
  const original = options.originalName ?? path.basename(file);
  const kind = options.kind ?? detectImportKind(bytes);
  const preview = previewImport(bytes, kind, options);
  if (preview.accepted.length === 0) return { preview, stored: null };
  const stored: StoredImport = {
    name: importName(original),
    kind,
    originalFile: original,
    sha256: sha256(bytes),
    importedAt: (options.now ?? new Date()).toISOString(),
    rejectedRows: preview.rejected.length,
    indicatorRows: preview.kind === 'indicator' ? preview.accepted : [],
    firmRows: preview.kind === 'firms' ? preview.accepted : [],
  };
  store.save(stored);
  return { preview, stored };
}

/** One line per rejected row, as a maintainer reads them in a terminal: `file:line:column: reason`. */
export function formatRejections(file: string, preview: ImportPreview): string[] {
  return preview.rejected.map(
    (r) =>
      `${path.basename(file)}:${r.line}${r.column ? `:${r.column}` : ''}${r.columnName ? ` (${r.columnName})` : ''}: ${r.reason}`,
  );
}
