import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian keeps the versioned tools here; ATLAS_PG_BIN overrides, PATH is the fallback. */
function tool(name: 'pg_dump' | 'pg_restore'): string {
  const dir = process.env.ATLAS_PG_BIN ?? '/usr/lib/postgresql/15/bin';
  const versioned = path.join(dir, name);
  return existsSync(versioned) ? versioned : name;
}

/**
 * A consistent snapshot of the whole atlas database (workshops, events, rate-limit buckets) with pg_dump in its
 * custom format, while instances keep writing. Written beside the destination first, then renamed: a failed
 * dump never leaves a file that looks like a backup.
 */
export async function backupPostgres(url: string, destination: string): Promise<{ bytes: number }> {
  if (existsSync(destination)) throw new Error(`${destination} exists already: choose another --out`);
  mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const partial = `${destination}.partial`;
  await run(tool('pg_dump'), ['--format=custom', '--no-owner', `--file=${partial}`, `--dbname=${url}`]);
  // pg_restore --list reads the whole table of contents: a truncated file fails here.
  await run(tool('pg_restore'), ['--list', partial]);
  renameSync(partial, destination);
  return { bytes: statSync(destination).size };
}

/**
 * Restores a backup into the database at `url`, replacing the atlas tables there (stop the instances first).
 * One transaction: a restore that fails halfway leaves the database as it was.
 */
export async function restorePostgres(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`);
  await run(tool('pg_restore'), [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ]);
}

export function defaultPgBackupPath(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.join('data', 'local', 'backups', `atlas-${stamp}.pgdump`);
}
