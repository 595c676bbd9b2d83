import type { ImportPreview, StoredImport } from '../contract/imports';

/**
 * A name from the file name: lower case, ASCII, dashes ("Lärlingsplatser 2024.csv" -> "larlingsplatser-2024").
 * Only the last path segment counts, so a name never points into another folder.
 * @example importName('Lärlingsplatser 2024.csv') // 'larlingsplatser-2024'
 */
export function importName(fileName: string): string {
  const base = (fileName.split(/[/\\]/).pop() ?? '').replace(/\.[^.]*$/, '');
  const slug = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
  return slug || 'import';
}

export interface StoredImportInput {
  /** The user's file name: a label; the import's name is a slug of it. */
  originalFile: string;
  /** Of the file's bytes, computed by the caller (hashing is the platform's business, not the contract's). */
  sha256: string;
  importedAt: Date;
}

/** What is kept of a previewed file: its accepted rows and provenance; null when no row was accepted. */
export function storedImportOf(preview: ImportPreview, input: StoredImportInput): StoredImport | null {
  if (preview.accepted.length === 0) return null;
  return {
    name: importName(input.originalFile),
    kind: preview.kind,
    originalFile: input.originalFile,
    sha256: input.sha256,
    importedAt: input.importedAt.toISOString(),
    rejectedRows: preview.rejected.length,
    indicatorRows: preview.kind === 'indicator' ? preview.accepted : [],
    firmRows: preview.kind === 'firms' ? preview.accepted : [],
  };
}
