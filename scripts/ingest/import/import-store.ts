import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { type ImportDirectory, importDirectory } from '../../../data/imports/import-directory';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The ingest's imports directory (ATLAS_IMPORTS_DIR, default data/local/imports; git-ignored). The CLI's --import
 * and --remove-import write it; every build reads it.
 */
export function importStoreAt(dir: string): ImportDirectory {
  return importDirectory(dir, fs);
}
