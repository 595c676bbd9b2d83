/**
 * ONE contract for every WorkshopStore: the same cases run against the embedded SQLite store and against a real
 * PostgreSQL server (a throw-away cluster started here), so both keep the behaviour the API relies on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../api/storage/secrets';
import { PostgresWorkshopStore } from '../../../api/storage/postgres/postgres-workshop-store';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import type { WorkshopStore } from '../../../api/storage/workshop-store';
import { type PostgresCluster, startPostgresCluster } from '../../support/postgres-cluster';
import { at, entryRecord, link, newWorkshopRecord, T0 } from './store-fixtures';

let cluster: PostgresCluster;
const tempDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-contract-'));
const stores: Record<string, WorkshopStore> = {};

beforeAll(async () => {
  cluster = await startPostgresCluster();
  stores.sqlite = new SqliteWorkshopStore(path.join(tempDir, 'atlas.sqlite'));
  stores.postgres = new PostgresWorkshopStore(await cluster.createDatabase('contract'));
});

afterAll(async () => {
  for (const store of Object.values(stores)) await store.close();
  await cluster?.destroy();
  rmSync(tempDir, { recursive: true, force: true });
});

describe.each(['sqlite', 'postgres'])('WorkshopStore contract: %s', (name) => {
  const store = () => {
    const chosen = stores[name];
    if (!chosen) throw new Error(`${name} store did not open`);
    return chosen;
  };

  async function seeded() {
    const record = newWorkshopRecord();
    await store().createWorkshop(record);
    const [cycle1, cycle2] = record.cycles.map((cycle) => cycle.id);
    if (!cycle1 || !cycle2) throw new Error('fixture has two cycles');
    return { record, cycle1, cycle2 };
  }

  it('returns what was written, complete and in order', async () => {
    const { record, cycle1 } = await seeded();
    const entry = entryRecord(cycle1, { organisationId: record.organisations[0]?.id ?? null });
    expect(await store().addEntry(record.id, entry)).toBe(true);
    const workshop = await store().getWorkshop(record.id);
    expect(workshop).toMatchObject({
      id: record.id,
      title: record.title,
      municipalities: ['0617', '0662'],
      recommendations: '',
      createdAt: T0,
      updatedAt: T0,
    });
    expect(workshop?.organisations).toEqual(
      record.organisations.map((o) => ({ ...o, removedAt: null, version: 1 })),
    );
    expect(workshop?.version).toBe(1);
    expect(workshop?.cycles.map((c) => [c.number, c.date, c.title])).toEqual([
      [1, '2026-01-20', null],
      [2, '2026-03-24', 'Andra träffen'],
    ]);
    expect(workshop?.cycles[0]?.entries).toEqual([
      {
        ...withoutAuthorId(entry),
        votes: 0,
        version: 1,
        author: { role: 'facilitator', participantId: null },
        links: [link('population_total', 9500.5)],
      },
    ]);
    expect((await store().getEditTokenHash(record.id))?.equals(record.editTokenHash)).toBe(true);
  });

  it('creates a workshop all or nothing', async () => {
    const record = newWorkshopRecord();
    const duplicate = record.cycles[0];
    if (!duplicate) throw new Error('fixture has cycles');
    const broken = { ...record, cycles: [...record.cycles, { ...duplicate, id: newId() }] };
    await expect(store().createWorkshop(broken)).rejects.toThrow();
    expect(await store().getWorkshop(record.id)).toBeNull();
    expect(await store().getEditTokenHash(record.id)).toBeNull();
  });

  it('updates an entry only from its current version, replacing its links in the same transaction', async () => {
    const { record, cycle1 } = await seeded();
    const entry = entryRecord(cycle1);
    await store().addEntry(record.id, entry);
    const changed = { ...entry, text: 'Ny text', links: [link('employment_rate', 80.1)], updatedAt: at(5) };
    expect(await store().updateEntry(record.id, changed, 1)).toBe('updated');
    expect(await store().updateEntry(record.id, { ...changed, text: 'Gammal vy' }, 1)).toBe('stale');
    const stored = (await store().getWorkshop(record.id))?.cycles[0]?.entries[0];
    expect(stored).toMatchObject({ text: 'Ny text', version: 2, updatedAt: at(5) });
    expect(stored?.links.map((l) => l.indicatorId)).toEqual(['employment_rate']);
    expect(await store().updateEntry(record.id, { ...changed, id: newId() }, 1)).toBe('not_found');
    expect(await store().updateEntry(newId(), changed, 2)).toBe('not_found');
  });

  it("keeps an entry's saved map view as written, replaces it and clears it with the entry", async () => {
    const { record, cycle1 } = await seeded();
    const view = {
      indicatorId: 'population_total',
      year: 2023,
      sex: 'women' as const,
      camera: { lon: 14.15, lat: 57.36, zoom: 8.25 },
      layers: ['firms' as const],
      selected: '0617',
    };
    const entry = entryRecord(cycle1, { mapView: view });
    await store().addEntry(record.id, entry);
    const read = async () => (await store().getWorkshop(record.id))?.cycles[0]?.entries[0]?.mapView;
    expect(await read()).toEqual(view);
    const moved = { ...view, camera: null, layers: [] };
    expect(await store().updateEntry(record.id, { ...entry, mapView: moved, updatedAt: at(1) }, 1)).toBe(
      'updated',
    );
    expect(await read()).toEqual(moved);
    expect(await store().updateEntry(record.id, { ...entry, mapView: null, updatedAt: at(2) }, 2)).toBe(
      'updated',
    );
    expect(await read()).toBeNull();
  });

  it('lets exactly one of many concurrent edits from the same version win', async () => {
    const { record, cycle1 } = await seeded();
    const entry = entryRecord(cycle1);
    await store().addEntry(record.id, entry);
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        store().updateEntry(record.id, { ...entry, text: `edit ${i}`, updatedAt: at(i + 1) }, 1),
      ),
    );
    expect(outcomes.filter((o) => o === 'updated')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'stale')).toHaveLength(11);
    const winner = outcomes.indexOf('updated');
    expect((await store().getWorkshop(record.id))?.cycles[0]?.entries[0]?.text).toBe(`edit ${winner}`);
  });

  it('versions the workshop, its organisations and cycles: a change from an old version changes nothing', async () => {
    const { record, cycle1 } = await seeded();
    const [organisation] = record.organisations;
    if (!organisation) throw new Error('fixture has organisations');
    expect(await store().updateWorkshop(record.id, { title: 'Första' }, at(1), 1)).toBe('updated');
    expect(await store().updateWorkshop(record.id, { title: 'Från gammal vy' }, at(2), 1)).toBe('stale');
    // Without a version the change is applied to whatever is stored (and still counts as a new version).
    expect(await store().updateWorkshop(record.id, { recommendations: 'Bygg' }, at(3))).toBe('updated');
    const cycle = { id: cycle1, number: 1, date: '2026-02-01', title: 'Flyttad' };
    expect(await store().updateCycle(record.id, cycle, at(4), 1)).toBe('updated');
    expect(await store().updateCycle(record.id, { ...cycle, title: 'Gammal' }, at(5), 1)).toBe('stale');
    const renamed = { ...organisation, name: 'Gnosjö kommun, näringsliv' };
    expect(await store().updateOrganisation(record.id, renamed, at(6), 1)).toBe('updated');
    expect(await store().updateOrganisation(record.id, { ...renamed, name: 'Gammal' }, at(7), 1)).toBe(
      'stale',
    );
    const workshop = await store().getWorkshop(record.id);
    expect(workshop).toMatchObject({ title: 'Första', recommendations: 'Bygg', version: 3 });
    expect(workshop?.cycles[0]).toMatchObject({ date: '2026-02-01', title: 'Flyttad', version: 2 });
    expect(workshop?.cycles[1]?.version).toBe(1);
    expect(workshop?.organisations[0]).toMatchObject({ name: 'Gnosjö kommun, näringsliv', version: 2 });
    // Entries, votes and cycles are the workshop's children: they do not move its own version.
    await store().addEntry(record.id, entryRecord(cycle1));
    expect((await store().getWorkshop(record.id))?.version).toBe(3);
    expect(await store().updateCycle(record.id, { ...cycle, id: newId() }, at(8), 2)).toBe('not_found');
    expect(await store().updateWorkshop(newId(), { title: 'x' }, at(8), 3)).toBe('not_found');
  });

  it('lets exactly one of many concurrent workshop and cycle changes from the same version win', async () => {
    const { record, cycle1 } = await seeded();
    const [workshopOutcomes, cycleOutcomes] = await Promise.all([
      Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store().updateWorkshop(record.id, { title: `t${i}` }, at(i + 1), 1),
        ),
      ),
      Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store().updateCycle(
            record.id,
            { id: cycle1, number: 1, date: '2026-02-01', title: `c${i}` },
            at(i),
            1,
          ),
        ),
      ),
    ]);
    expect(workshopOutcomes.filter((o) => o === 'updated')).toHaveLength(1);
    expect(workshopOutcomes.filter((o) => o === 'stale')).toHaveLength(7);
    expect(cycleOutcomes.filter((o) => o === 'updated')).toHaveLength(1);
    const workshop = await store().getWorkshop(record.id);
    expect(workshop?.version).toBe(2);
    expect(workshop?.cycles[0]?.version).toBe(2);
  });

  it('numbers concurrently added cycles without gaps or collisions', async () => {
    const { record } = await seeded();
    const numbers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store().addCycle(record.id, { id: newId(), date: '2026-06-01', title: `c${i}` }, at(i)),
      ),
    );
    expect([...numbers].sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 3),
    );
    expect(await store().addCycle(newId(), { id: newId(), date: '2026-06-01', title: null }, at(1))).toBe(
      'not_found',
    );
  });

  it('counts every one of many concurrent votes', async () => {
    const { record, cycle1 } = await seeded();
    const entry = entryRecord(cycle1);
    await store().addEntry(record.id, entry);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => store().addVote(record.id, entry.id, newId(), at(i))),
    );
    expect(await store().removeVote(record.id, entry.id, at(60))).toBe(49);
    const stored = (await store().getWorkshop(record.id))?.cycles[0]?.entries[0];
    expect(stored).toMatchObject({ votes: 49, version: 1 });
    expect(await store().addVote(newId(), entry.id, newId(), at(61))).toBeNull();
  });

  it('soft-deletes a workshop: hidden, restorable within the window, purged after it', async () => {
    const { record } = await seeded();
    expect(await store().deleteWorkshop(record.id, at(10))).toBe(true);
    expect(await store().getWorkshop(record.id)).toBeNull();
    expect(await store().updateWorkshop(record.id, { title: 'x' }, at(11))).toBe('not_found');
    expect(await store().getEditTokenHash(record.id)).not.toBeNull();
    expect(await store().restoreWorkshop(record.id, at(11), at(12))).toBe(false);
    expect(await store().restoreWorkshop(record.id, at(9), at(12))).toBe(true);
    expect((await store().getWorkshop(record.id))?.cycles).toHaveLength(2);
    await store().deleteWorkshop(record.id, at(20));
    expect(await store().purgeDeleted(at(21))).toBeGreaterThanOrEqual(1);
    expect(await store().getEditTokenHash(record.id)).toBeNull();
  });

  it('soft-deletes a cycle with its entries and restores them; numbering continues past it', async () => {
    const { record, cycle1, cycle2 } = await seeded();
    const owner = record.organisations[1]?.id ?? '';
    const action = entryRecord(cycle2, {
      kind: 'action',
      action: { ownerOrganisationId: owner, dueDate: null, status: 'planned' },
    });
    await store().addEntry(record.id, action);
    expect(await store().deleteCycle(record.id, cycle2, at(1))).toBe(true);
    expect((await store().getWorkshop(record.id))?.cycles.map((c) => c.id)).toEqual([cycle1]);
    expect(await store().updateEntry(record.id, action, 1)).toBe('not_found');
    expect(await store().addVote(record.id, action.id, newId(), at(2))).toBeNull();
    expect(await store().addEntry(record.id, entryRecord(cycle2))).toBe(false);
    expect(await store().addCycle(record.id, { id: newId(), date: '2026-09-01', title: null }, at(3))).toBe(
      3,
    );
    expect(await store().restoreCycle(record.id, cycle2, at(0), at(4))).toBe(true);
    const restored = await store().getWorkshop(record.id);
    expect(restored?.cycles.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(restored?.cycles[1]?.entries.map((e) => e.id)).toEqual([action.id]);
    // Purging a deleted cycle takes its entries, including an action that names an owner.
    await store().deleteCycle(record.id, cycle2, at(5));
    expect(await store().purgeDeleted(at(6))).toBe(1);
    expect(await store().restoreCycle(record.id, cycle2, at(0), at(7))).toBe(false);
  });

  it('removes an organisation without blanking the entries it wrote, never one that owns actions', async () => {
    const { record, cycle1 } = await seeded();
    const [author, owner] = record.organisations.map((o) => o.id);
    if (!author || !owner) throw new Error('fixture has two organisations');
    const written = entryRecord(cycle1, { organisationId: author });
    await store().addEntry(record.id, written);
    await store().addEntry(
      record.id,
      entryRecord(cycle1, {
        kind: 'action',
        action: { ownerOrganisationId: owner, dueDate: null, status: 'planned' },
      }),
    );
    expect(await store().deleteOrganisation(record.id, owner, at(1))).toBe('in_use');
    expect(await store().deleteOrganisation(record.id, author, at(1))).toBe('deleted');
    expect(await store().deleteOrganisation(record.id, author, at(2))).toBe('not_found');
    expect(await store().deleteOrganisation(newId(), owner, at(2))).toBe('not_found');
    const workshop = await store().getWorkshop(record.id);
    expect(workshop?.organisations.find((o) => o.id === author)?.removedAt).toBe(at(1));
    expect(workshop?.cycles[0]?.entries.find((e) => e.id === written.id)?.organisationId).toBe(author);
    expect(await store().updateOrganisation(record.id, { id: author, name: 'x', kind: 'firm' }, at(3))).toBe(
      'not_found',
    );
  });

  it('never reaches a child through another workshop', async () => {
    const first = await seeded();
    const second = await seeded();
    const entry = entryRecord(first.cycle1);
    await store().addEntry(first.record.id, entry);
    expect(await store().addEntry(second.record.id, entryRecord(first.cycle1))).toBe(false);
    expect(await store().updateEntry(second.record.id, entry, 1)).toBe('not_found');
    expect(await store().deleteEntry(second.record.id, entry.id, at(1))).toBe(false);
    expect(await store().deleteCycle(second.record.id, first.cycle1, at(1))).toBe(false);
    expect(await store().addVote(second.record.id, entry.id, newId(), at(1))).toBeNull();
    expect(await store().deleteEntry(first.record.id, entry.id, at(1))).toBe(true);
  });

  it('keeps a per-workshop event log: seq 1, 2, ... without gaps, also when appended concurrently', async () => {
    const { record } = await seeded();
    expect(await store().latestEventSeq(record.id)).toBe(0);
    const events = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        store().recordEvent(record.id, { type: 'vote_changed', subjectId: `e${i}`, data: { i }, at: at(i) }),
      ),
    );
    expect(events.map((e) => e?.seq).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
    expect(await store().latestEventSeq(record.id)).toBe(15);
    const after = await store().readEventsAfter(record.id, 13, 100);
    expect(after.map((e) => e.seq)).toEqual([14, 15]);
    expect(after[0]).toEqual(events.find((e) => e?.seq === 14));
    expect(await store().readEventsAfter(record.id, 0, 2)).toHaveLength(2);
    expect(await store().latestEventSeq(newId())).toBeNull();
    expect(
      await store().recordEvent(newId(), { type: 'workshop_updated', subjectId: null, data: null, at: T0 }),
    ).toBeNull();
  });
});

/** A stored entry names its author as `author`; the record's `authorParticipantId` is how the store gets it. */
function withoutAuthorId<T extends { authorParticipantId: string | null }>(
  record: T,
): Omit<T, 'authorParticipantId'> {
  const { authorParticipantId: _omitted, ...rest } = record;
  return rest;
}
