import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { FirmImportRow, ImportKind, IndicatorImportRow } from './import-types';

/** One accepted import as kept in data/local/imports/<name>.json (git-ignored) until it is removed. */
export const StoredImport = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  kind: ImportKind,
  originalFile: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: z.string().datetime(),
  rejectedRows: z.number().int().nonnegative(),
  indicatorRows: z.array(IndicatorImportRow),
  firmRows: z.array(FirmImportRow),
});
export type StoredImport = z.infer<typeof StoredImport>;

/**
 * A name from the file name: lower case, ASCII, dashes ("Lärlingsplatser 2024.csv" -> "larlingsplatser-2024").
 * @example importName('Lärlingsplatser 2024.csv') // 'larlingsplatser-2024'
 */
export function importName(fileName: string): string {
  const base = path.basename(fileName).replace(/\.[^.]*$/, '');
  const slug = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
  return slug || 'import';
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The imports directory: a file per import, written atomically, read back validated. */
export class ImportStore {
  constructor(readonly dir: string) {}

  private file(name: string): string {
    return path.join(this.dir, `${name}.json`);
  }

  save(entry: StoredImport): string {
    mkdirSync(this.dir, { recursive: true });
    const target = this.file(StoredImport.parse(entry).name);
    writeFileSync(`${target}.tmp`, JSON.stringify(entry, null, 1));
    renameSync(`${target}.tmp`, target);
    return target;
  }

  list(): StoredImport[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((file) => file.endsWith('.json'));
    } catch {
      return [];
    }
    return names.sort().map((file) => {
      const parsed = StoredImport.safeParse(JSON.parse(readFileSync(path.join(this.dir, file), 'utf8')));
      if (!parsed.success)
        throw new Error(`${path.join(this.dir, file)} is not a valid stored import; remove it`);
      return parsed.data;
    });
  }

  /** True when there was an import of that name. */
  remove(name: string): boolean {
    const target = this.file(importName(name));
    try {
      readFileSync(target);
    } catch {
      return false;
    }
    rmSync(target);
    return true;
  }
}
