/**
 * npm run backup [-- --out FILE]
 * Writes a consistent copy of the workshop database (ATLAS_DB, default data/local/atlas.sqlite) while the server
 * may keep running. Restore: stop the server, copy the backup file to the ATLAS_DB path, start the server.
 */
import { parseArgs } from 'node:util';
import { workshopDbPath } from '../api/storage';
import { backupDatabase, defaultBackupPath } from '../api/storage/sqlite/backup';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const source = workshopDbPath();
const destination = values.out ?? defaultBackupPath();

try {
  const { pages } = await backupDatabase(source, destination);
  console.log(`backup of ${source} written to ${destination} (${pages} pages, integrity_check ok)`);
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
