import { StoredImport } from '../contract/imports';
import { importName } from './stored-import';

/** The few file-system calls an imports directory needs; the caller passes node:fs (data/ does no I/O itself). */
export interface DirectoryFs {
  mkdirSync(dir: string, options: { recursive: true }): unknown;
  readdirSync(dir: string): string[];
  readFileSync(file: string, encoding: 'utf8'): string;
  writeFileSync(file: string, text: string): void;
  renameSync(from: string, to: string): void;
  rmSync(file: string): void;
}

export interface ImportDirectory {
  readonly dir: string;
  /** Writes `<name>.json` atomically (temporary file, then rename); returns its path. */
  save(entry: StoredImport): string;
  /** Every stored import, by name; a file that is not one is an error naming it. */
  list(): StoredImport[];
  /** True when there was an import of that name. */
  remove(name: string): boolean;
}

/**
 * How stored imports lie on disk: `<name>.json` each, in one directory (data/local/imports, or the directory the
 * API fills for a rebuild). The ingest and the API's file store both use this one layout.
 */
export function importDirectory(dir: string, fs: DirectoryFs): ImportDirectory {
  const fileOf = (name: string) => `${dir}/${importName(name)}.json`;
  return {
    dir,
    save(entry) {
      const valid = StoredImport.parse(entry);
      fs.mkdirSync(dir, { recursive: true });
      const target = fileOf(valid.name);
      fs.writeFileSync(`${target}.tmp`, JSON.stringify(valid, null, 1));
      fs.renameSync(`${target}.tmp`, target);
      return target;
    },
    list() {
      let names: string[];
      try {
        names = fs.readdirSync(dir).filter((file) => file.endsWith('.json'));
      } catch {
        return [];
      }
      return names
        .sort()
        .map((file) => parseStoredImport(fs.readFileSync(`${dir}/${file}`, 'utf8'), `${dir}/${file}`));
    },
    remove(name) {
      try {
        fs.rmSync(fileOf(name));
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Reads a stored import back; `where` names the file in the error, so a maintainer knows what to remove. */
export function parseStoredImport(text: string, where: string): StoredImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${where} is not valid JSON, so not a stored import; remove it`);
  }
  const parsed = StoredImport.safeParse(json);
  if (!parsed.success) throw new Error(`${where} is not a valid stored import; remove it`);
  return parsed.data;
}
