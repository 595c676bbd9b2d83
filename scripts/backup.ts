/**
 * npm run backup [-- --out FILE]            a consistent copy of the workshop database while the server runs
 * npm run backup -- --restore FILE          PostgreSQL only: restore a pg_dump backup into ATLAS_DB
 * ATLAS_DB decides what is backed up: a SQLite file (default data/local/atlas.sqlite; SQLite's online backup API)
 * or a postgres:// URL (pg_dump, custom format). Restore SQLite: stop the server, copy the backup file to the
 * ATLAS_DB path, start the server. Restore PostgreSQL: stop the instances, run --restore, start them
 * (docs/deployment.md).
 */
import { parseArgs } from 'node:util';
import { isPostgresUrl, workshopDbPath } from '../api/storage';
import { backupPostgres, defaultPgBackupPath, restorePostgres } from '../api/storage/postgres/pg-backup';
import { backupDatabase, defaultBackupPath } from '../api/storage/sqlite/backup';

const { values } = parseArgs({ options: { out: { type: 'string' }, restore: { type: 'string' } } });
const source = workshopDbPath();
const postgres = isPostgresUrl(source);
const shown = postgres ? source.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') : source;

try {
  if (values.restore) {
    if (!postgres)
      throw new Error('--restore is for PostgreSQL; for SQLite copy the backup file to ATLAS_DB');
    await restorePostgres(source, values.restore);
    console.log(`restored ${values.restore} into ${shown}`);
  } else if (postgres) {
    const destination = values.out ?? defaultPgBackupPath();
    const { bytes } = await backupPostgres(source, destination);
    console.log(`backup of ${shown} written to ${destination} (${bytes} bytes, pg_restore --list ok)`);
  } else {
    const destination = values.out ?? defaultBackupPath();
    const { pages } = await backupDatabase(source, destination);
    console.log(`backup of ${source} written to ${destination} (${pages} pages, integrity_check ok)`);
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`backup failed: ${message.replaceAll(source, shown)}`);
  process.exitCode = 1;
}
