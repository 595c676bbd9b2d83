import type { StoredImport } from '../../data/contract/imports';

/** A directory the ingest process reads the imports from (its ATLAS_IMPORTS_DIR), given back when it is done. */
export interface IngestInput {
  dir: string;
  release(): void;
}

/**
 * Where users' saved imports are kept: a JSON file each in the imports directory (one machine), or the
 * user_imports table when ATLAS_DB is PostgreSQL (several instances share them). The rebuild always hands the
 * ingest a directory, so the ingest needs no database code.
 */
export interface ImportStore {
  /** Every stored import, by name. */
  list(): Promise<StoredImport[]>;
  /** Adds or replaces the import of `entry.name`. */
  save(entry: StoredImport): Promise<void>;
  /** True when there was an import of that name. */
  remove(name: string): Promise<boolean>;
  /** The imports as files for one ingest run. */
  ingestInput(): Promise<IngestInput>;
}
