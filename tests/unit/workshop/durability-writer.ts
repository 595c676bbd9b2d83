/**
 * Child process for the durability test: writes entries in a loop through the SQLite store and prints each id
 * only after the store acknowledged it (the promise resolved). The parent kills it with SIGKILL mid-loop.
 */
import { newId } from '../../../api/storage/secrets';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';

const file = process.argv[2];
if (!file) throw new Error('usage: durability-writer.ts <database file>');
const store = new SqliteWorkshopStore(file);
const workshopId = newId();
const cycleId = newId();
const at = () => new Date().toISOString();
await store.createWorkshop({
  id: workshopId,
  title: 'Durability',
  municipalities: ['0617'],
  editTokenHash: Buffer.alloc(32),
  participantTokenHash: Buffer.alloc(32, 1),
  organisations: [],
  cycles: [{ id: cycleId, number: 1, date: '2026-01-20', title: null }],
  createdAt: at(),
});
process.stdout.write(`workshop ${workshopId}\n`);
for (let i = 0; ; i += 1) {
  const id = newId();
  const ok = await store.addEntry(workshopId, {
    id,
    cycleId,
    kind: 'obstacle',
    text: `entry ${i}`,
    organisationId: null,
    theme: null,
    links: [],
    action: null,
    authorParticipantId: null,
    buildId: 'durability',
    createdAt: at(),
    updatedAt: at(),
  });
  if (!ok) throw new Error('write refused');
  process.stdout.write(`ack ${id}\n`);
}
