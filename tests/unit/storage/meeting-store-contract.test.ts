/**
 * The meeting record's part of the WorkshopStore contract, run against the embedded SQLite store and a real
 * PostgreSQL server: the record of a cycle and each decision carry a version (migration 12), a write from an old
 * one changes nothing, and of many writers from the same version exactly one wins.
 */
import { describe, expect, it } from 'vitest';
import { newId } from '../../../api/storage/secrets';
import type { DecisionRecord } from '../../../api/storage/workshop-store';
import { at, newWorkshopRecord, T0 } from './store-fixtures';
import { bothStores, STORE_NAMES } from './both-stores';

const storeOf = bothStores('meetings');

const decision = (overrides: Partial<DecisionRecord> = {}): DecisionRecord => ({
  id: newId(),
  text: 'Kartlägg lärlingsplatser',
  ownerOrganisationId: null,
  reviewDate: '2026-03-24',
  createdAt: T0,
  updatedAt: T0,
  ...overrides,
});

describe.each(STORE_NAMES)('meeting record store contract: %s', (name) => {
  const store = storeOf(name);
  async function seeded() {
    const record = newWorkshopRecord();
    await store().createWorkshop(record);
    const [cycle1, cycle2] = record.cycles.map((c) => c.id) as [string, string];
    return { id: record.id, cycle1, cycle2, firm: record.organisations[1]!.id };
  }
  const cycleOf = async (id: string, cycleId: string) =>
    (await store().getWorkshop(id))?.cycles.find((c) => c.id === cycleId);

  it('reads a record not written yet as version 0, then counts every write from the version read', async () => {
    const { id, cycle1, cycle2, firm } = await seeded();
    expect(await cycleOf(id, cycle1)).toMatchObject({ attendance: [], minutes: '', recordVersion: 0 });
    expect(await store().setMeetingRecord(id, cycle1, { minutes: 'Första' }, at(1), 0)).toBe('updated');
    expect(await store().setMeetingRecord(id, cycle1, { attendance: [firm] }, at(2), 1)).toBe('updated');
    // A second "first write" and a write from an old read change nothing.
    expect(await store().setMeetingRecord(id, cycle1, { minutes: 'Ny från noll' }, at(3), 0)).toBe('stale');
    expect(await store().setMeetingRecord(id, cycle1, { minutes: 'Gammal' }, at(3), 1)).toBe('stale');
    expect(await cycleOf(id, cycle1)).toMatchObject({
      attendance: [firm],
      minutes: 'Första',
      recordVersion: 2,
      version: 1,
    });
    expect((await store().getWorkshop(id))?.updatedAt).toBe(at(2));
    expect((await cycleOf(id, cycle2))?.recordVersion).toBe(0);
    expect(await store().setMeetingRecord(id, newId(), { minutes: 'x' }, at(4), 0)).toBe('not_found');
    expect(await store().setMeetingRecord(newId(), cycle1, { minutes: 'x' }, at(4), 2)).toBe('not_found');
  });

  it('versions each decision: a change from an old version changes nothing', async () => {
    const { id, cycle1, firm } = await seeded();
    const first = decision();
    expect(await store().addDecision(id, cycle1, first)).toBe(true);
    expect((await cycleOf(id, cycle1))?.decisions).toEqual([{ ...first, version: 1 }]);
    const owned = { ...first, ownerOrganisationId: firm, updatedAt: at(1) };
    expect(await store().updateDecision(id, owned, 1)).toBe('updated');
    expect(await store().updateDecision(id, { ...first, text: 'Gammal', updatedAt: at(2) }, 1)).toBe('stale');
    expect((await cycleOf(id, cycle1))?.decisions).toEqual([{ ...owned, version: 2 }]);
    expect(await store().updateDecision(id, decision(), 1)).toBe('not_found');
    expect(await store().updateDecision(newId(), owned, 2)).toBe('not_found');
  });

  it('lets exactly one of many concurrent record and decision writes from the same version win', async () => {
    const { id, cycle1 } = await seeded();
    const shared = decision();
    await store().addDecision(id, cycle1, shared);
    const [records, decisions] = await Promise.all([
      Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store().setMeetingRecord(id, cycle1, { minutes: `protokoll ${i}` }, at(i + 1), 0),
        ),
      ),
      Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store().updateDecision(id, { ...shared, text: `beslut ${i}`, updatedAt: at(i + 1) }, 1),
        ),
      ),
    ]);
    expect(records.filter((o) => o === 'updated')).toHaveLength(1);
    expect(records.filter((o) => o === 'stale')).toHaveLength(7);
    expect(decisions.filter((o) => o === 'updated')).toHaveLength(1);
    expect(decisions.filter((o) => o === 'stale')).toHaveLength(7);
    const cycle = await cycleOf(id, cycle1);
    expect(cycle).toMatchObject({ minutes: `protokoll ${records.indexOf('updated')}`, recordVersion: 1 });
    expect(cycle?.decisions[0]).toMatchObject({ text: `beslut ${decisions.indexOf('updated')}`, version: 2 });
  });

  it('refuses record and decision writes of a soft-deleted cycle', async () => {
    const { id, cycle2 } = await seeded();
    const kept = decision();
    await store().addDecision(id, cycle2, kept);
    await store().deleteCycle(id, cycle2, at(1));
    expect(await store().setMeetingRecord(id, cycle2, { minutes: 'x' }, at(2), 0)).toBe('not_found');
    expect(await store().updateDecision(id, { ...kept, text: 'x' }, 1)).toBe('not_found');
  });
});
