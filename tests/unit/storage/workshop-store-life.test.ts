/**
 * Comments and permanent removal held to one contract for both stores: the embedded SQLite file and a real
 * PostgreSQL server (a throw-away cluster started here).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEditToken, newId } from '../../../api/storage/secrets';
import { PostgresWorkshopStore } from '../../../api/storage/postgres/postgres-workshop-store';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import type { WorkshopStore } from '../../../api/storage/workshop-store';
import { type PostgresCluster, startPostgresCluster } from '../../support/postgres-cluster';
import { at, entryRecord, newWorkshopRecord } from './store-fixtures';

let cluster: PostgresCluster;
const tempDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-life-'));
const sqlite = () => new SqliteWorkshopStore(path.join(tempDir, 'atlas.sqlite'));
const stores: { sqlite?: SqliteWorkshopStore; postgres?: PostgresWorkshopStore } = {};

beforeAll(async () => {
  cluster = await startPostgresCluster();
  stores.sqlite = sqlite();
  stores.postgres = new PostgresWorkshopStore(await cluster.createDatabase('life'));
});

afterAll(async () => {
  await stores.sqlite?.close();
  await stores.postgres?.close();
  await cluster?.destroy();
  rmSync(tempDir, { recursive: true, force: true });
});

/** Rows per table of the whole database (migrations' own bookkeeping left out). */
async function rowCounts(name: 'sqlite' | 'postgres'): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  if (name === 'sqlite') {
    const db = stores.sqlite!.db;
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_migrations'")
      .all() as { name: string }[];
    for (const { name: table } of tables) {
      counts[table] = (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    }
    return counts;
  }
  const database = stores.postgres!.database;
  const { rows } = await database.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
  );
  for (const { table_name: table } of rows) {
    counts[table] = (
      await database.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "${table}"`)
    ).rows[0]!.n;
  }
  return counts;
}

describe.each(['sqlite', 'postgres'] as const)('WorkshopStore comments and removal: %s', (name) => {
  const store = (): WorkshopStore => {
    const chosen = stores[name];
    if (!chosen) throw new Error(`${name} store did not open`);
    return chosen;
  };

  async function seeded() {
    const record = newWorkshopRecord();
    await store().createWorkshop(record);
    const cycleId = record.cycles[0]!.id;
    const entry = entryRecord(cycleId, { organisationId: record.organisations[0]!.id });
    await store().addEntry(record.id, entry);
    return { record, cycleId, entry };
  }

  it('keeps comments with their author, oldest first, and only on live entries of the workshop', async () => {
    const { record, entry } = await seeded();
    const other = await seeded();
    const participantId = newId();
    const first = { id: newId(), entryId: entry.id, text: '<b>Håller med</b>', authorParticipantId: null };
    expect(await store().addComment(record.id, { ...first, createdAt: at(1) })).toBe(true);
    const second = { id: newId(), entryId: entry.id, text: 'Bussen går en gång i timmen', createdAt: at(1) };
    expect(await store().addComment(record.id, { ...second, authorParticipantId: participantId })).toBe(true);
    // An entry of another workshop is not reachable with this workshop's id.
    expect(
      await store().addComment(record.id, {
        ...first,
        id: newId(),
        entryId: other.entry.id,
        createdAt: at(2),
      }),
    ).toBe(false);

    expect(await store().listComments(record.id)).toEqual([
      {
        id: first.id,
        entryId: entry.id,
        text: '<b>Håller med</b>',
        author: { role: 'facilitator', participantId: null },
        createdAt: at(1),
      },
      {
        id: second.id,
        entryId: entry.id,
        text: 'Bussen går en gång i timmen',
        author: { role: 'participant', participantId },
        createdAt: at(1),
      },
    ]);
    expect(await store().listComments(other.record.id)).toEqual([]);
    expect((await store().getWorkshop(record.id))?.updatedAt).toBe(at(1));

    expect(await store().deleteComment(other.record.id, first.id, at(3))).toBe(false);
    expect(await store().deleteComment(record.id, first.id, at(3))).toBe(true);
    expect((await store().listComments(record.id)).map((c) => c.id)).toEqual([second.id]);
    expect(await store().deleteComment(record.id, first.id, at(4))).toBe(false);
  });

  it("drops an entry's comments with the entry, and hides those of a deleted cycle until it is restored", async () => {
    const { record, cycleId, entry } = await seeded();
    const kept = entryRecord(record.cycles[1]!.id);
    await store().addEntry(record.id, kept);
    for (const entryId of [entry.id, kept.id]) {
      await store().addComment(record.id, {
        id: newId(),
        entryId,
        text: 'kommentar',
        authorParticipantId: null,
        createdAt: at(1),
      });
    }
    await store().deleteCycle(record.id, cycleId, at(2));
    expect((await store().listComments(record.id)).map((c) => c.entryId)).toEqual([kept.id]);
    await store().restoreCycle(record.id, cycleId, at(0), at(3));
    expect(await store().listComments(record.id)).toHaveLength(2);
    await store().deleteEntry(record.id, entry.id, at(4));
    expect((await store().listComments(record.id)).map((c) => c.entryId)).toEqual([kept.id]);
  });

  it('erases a workshop and every row of it, also when soft-deleted, and leaves other workshops alone', async () => {
    const kept = await seeded();
    const keptBefore = await store().getWorkshop(kept.record.id);
    const before = await rowCounts(name);

    const { record, cycleId, entry } = await seeded();
    const owner = record.organisations[1]!.id;
    await store().addEntry(
      record.id,
      entryRecord(cycleId, {
        kind: 'action',
        theme: null,
        action: { ownerOrganisationId: owner, dueDate: null, status: 'planned' },
      }),
    );
    const participantId = newId();
    await store().addParticipant(record.id, {
      id: participantId,
      voterKeyHash: hashEditToken(newId()),
      organisationId: owner,
      joinedAt: at(1),
    });
    await store().addParticipantVote(
      record.id,
      entry.id,
      { id: newId(), participantId, dotsPerCycle: 5 },
      at(1),
    );
    await store().addVote(record.id, entry.id, newId(), at(1));
    await store().addComment(record.id, {
      id: newId(),
      entryId: entry.id,
      text: 'kommentar',
      authorParticipantId: participantId,
      createdAt: at(1),
    });
    await store().setMeetingRecord(record.id, cycleId, { attendance: [owner], minutes: 'Protokoll' }, at(1));
    await store().addDecision(record.id, cycleId, {
      id: newId(),
      text: 'Beslut',
      ownerOrganisationId: owner,
      reviewDate: null,
      createdAt: at(1),
      updatedAt: at(1),
    });
    await store().recordEvent(record.id, { type: 'entry_added', subjectId: entry.id, data: null, at: at(1) });
    await store().saveIdempotentResponse(record.id, 'POST /x key-12345', { status: 201, body: '{}' }, at(1));
    await store().deleteCycle(record.id, record.cycles[1]!.id, at(2));
    await store().deleteWorkshop(record.id, at(2));
    const during = await rowCounts(name);
    expect(Object.keys(during).filter((table) => during[table]! > before[table]!).length).toBeGreaterThan(8);

    expect(await store().eraseWorkshop(record.id)).toBe(true);
    expect(await rowCounts(name)).toEqual(before);
    expect(await store().getEditTokenHash(record.id)).toBeNull();
    expect(await store().restoreWorkshop(record.id, at(0), at(3))).toBe(false);
    expect(await store().eraseWorkshop(record.id)).toBe(false);
    expect(await store().getWorkshop(kept.record.id)).toEqual(keptBefore);
  });
});
