import fs from 'node:fs';
import type { StoredImport } from '../../data/contract/imports';
import { type ImportDirectory, importDirectory } from '../../data/imports/import-directory';
import type { ImportStore, IngestInput } from './import-store';

/**
 * The imports directory (ATLAS_IMPORTS_DIR, default data/local/imports), the same one `npm run ingest -- --import`
 * writes, in the same layout.
 */
export class FileImportStore implements ImportStore {
  readonly directory: ImportDirectory;

  constructor(dir: string) {
    this.directory = importDirectory(dir, fs);
  }

  async list(): Promise<StoredImport[]> {
    return this.directory.list();
  }

  async save(entry: StoredImport): Promise<void> {
    this.directory.save(entry);
  }

  async remove(name: string): Promise<boolean> {
    return this.directory.remove(name);
  }

  /** The ingest reads this very directory. */
  async ingestInput(): Promise<IngestInput> {
    return { dir: this.directory.dir, release: () => undefined };
  }
}
