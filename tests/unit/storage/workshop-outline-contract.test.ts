/**
 * The outline a new entry is checked against (getWorkshopOutline), run against the embedded SQLite store and a
 * real PostgreSQL server: the live cycles by number and every organisation with its removal, the same in both,
 * and null where getWorkshop is null.
 */
import { describe, expect, it } from 'vitest';
import { newId } from '../../../api/storage/secrets';
import { at, entryRecord, newWorkshopRecord } from './store-fixtures';
import { bothStores, STORE_NAMES } from './both-stores';

const storeOf = bothStores('outline');

describe.each(STORE_NAMES)('workshop outline store contract: %s', (name) => {
  const store = storeOf(name);

  it('holds the live cycles by number and the organisations in order, removed ones with their removedAt', async () => {
    const record = newWorkshopRecord();
    await store().createWorkshop(record);
    const [first, second] = [record.cycles[0]!, record.cycles[1]!];
    const [municipality, firm] = [record.organisations[0]!, record.organisations[1]!];
    const third = { id: newId(), date: '2026-05-26', title: null };
    expect(await store().addCycle(record.id, third, at(1))).toBe(3);
    expect(await store().addEntry(record.id, entryRecord(first.id))).toBe(true);
    expect(await store().deleteCycle(record.id, second.id, at(2))).toBe(true);
    expect(await store().deleteOrganisation(record.id, firm.id, at(3))).toBe('deleted');

    const outline = await store().getWorkshopOutline(record.id);
    expect(outline).toEqual({
      cycles: [
        { id: first.id, number: 1, date: first.date },
        { id: third.id, number: 3, date: third.date },
      ],
      organisations: [
        { id: municipality.id, removedAt: null },
        { id: firm.id, removedAt: at(3) },
      ],
    });
    // The same cycles and organisations as the whole workshop has.
    const whole = await store().getWorkshop(record.id);
    expect(outline?.cycles).toEqual(whole?.cycles.map(({ id, number, date }) => ({ id, number, date })));
    expect(outline?.organisations).toEqual(
      whole?.organisations.map(({ id, removedAt }) => ({ id, removedAt })),
    );
  });

  it('is null for an unknown and for a soft-deleted workshop, like getWorkshop', async () => {
    expect(await store().getWorkshopOutline(newId())).toBeNull();
    const record = newWorkshopRecord();
    await store().createWorkshop(record);
    expect(await store().deleteWorkshop(record.id, at(1))).toBe(true);
    expect(await store().getWorkshopOutline(record.id)).toBeNull();
    expect(await store().getWorkshop(record.id)).toBeNull();
  });
});
