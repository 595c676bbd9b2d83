import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StoredImport } from '../../../data/contract/imports';
import { parseStoredImport } from '../../../data/imports/import-directory';
import { importName } from '../../../data/imports/stored-import';
import { FileImportStore } from '../../imports/file-import-store';
import type { ImportStore, IngestInput } from '../../imports/import-store';
import type { PgDatabase } from './pg-database';

/**
 * Users' imports in the user_imports table, so every instance on one database sees the same ones and a restart or
 * a new machine keeps them. The ingest child gets them as files: each rebuild writes them to a fresh temporary
 * directory (the file layout of data/local/imports) and removes it afterwards.
 */
export class PgImportStore implements ImportStore {
  constructor(private readonly database: PgDatabase) {}

  async list(): Promise<StoredImport[]> {
    const { rows } = await this.database.query<{ name: string; document: string }>(
      'SELECT name, document FROM user_imports ORDER BY name',
    );
    return rows.map((row) => parseStoredImport(row.document, `user_imports row "${row.name}"`));
  }

  async save(entry: StoredImport): Promise<void> {
    const valid = StoredImport.parse(entry);
    await this.database.query(
      `INSERT INTO user_imports (name, kind, imported_at, document) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO UPDATE SET kind = $2, imported_at = $3, document = $4`,
      [valid.name, valid.kind, valid.importedAt, JSON.stringify(valid)],
    );
  }

  async remove(name: string): Promise<boolean> {
    const { rowCount } = await this.database.query('DELETE FROM user_imports WHERE name = $1', [
      importName(name),
    ]);
    return (rowCount ?? 0) > 0;
  }

  async ingestInput(): Promise<IngestInput> {
    const imports = await this.list();
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-imports-'));
    const release = () => rmSync(dir, { recursive: true, force: true });
    try {
      const files = new FileImportStore(dir);
      for (const entry of imports) await files.save(entry);
    } catch (error) {
      release();
      throw error;
    }
    return { dir, release };
  }
}
