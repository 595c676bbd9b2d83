import { afterAll, describe, expect, it } from 'vitest';
import { InProcessEventBus } from '../../../api/live/in-process-event-bus';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import { WorkshopEvent } from '../../../data/contract';
import { GNOSJO, tempDatabase } from '../workshop/support';

const db = tempDatabase();
const store = new SqliteWorkshopStore(db.file);
afterAll(async () => {
  await store.close();
  db.cleanup();
});

const workshopId = 'AAAAAAAAAAAAAAAAAAAAAA';
const at = '2026-12-01T08:00:00.000Z';

describe('workshop event log (SQLite)', () => {
  it('numbers events per workshop from 1 without gaps and reads them back after a seq', async () => {
    await store.createWorkshop({
      id: workshopId,
      title: 'Gnosjö',
      municipalities: [GNOSJO],
      editTokenHash: Buffer.alloc(32),
      organisations: [],
      cycles: [],
      createdAt: at,
    });
    expect(await store.latestEventSeq(workshopId)).toBe(0);
    const first = await store.recordEvent(workshopId, {
      type: 'entry_added',
      subjectId: 'e1',
      data: { text: '<b>x</b>' },
      at,
    });
    const second = await store.recordEvent(workshopId, {
      type: 'vote_changed',
      subjectId: 'e1',
      data: null,
      at,
    });
    expect(first?.seq).toBe(1);
    expect(second?.seq).toBe(2);
    expect(WorkshopEvent.parse(first)).toEqual(first);
    expect(await store.latestEventSeq(workshopId)).toBe(2);
    const after = await store.readEventsAfter(workshopId, 1, 100);
    expect(after).toEqual([{ workshopId, seq: 2, type: 'vote_changed', subjectId: 'e1', data: null, at }]);
    expect((await store.readEventsAfter(workshopId, 0, 1)).map((e) => e.seq)).toEqual([1]);
  });

  it('answers null for an unknown workshop and drops the log with the workshop', async () => {
    const unknown = 'BBBBBBBBBBBBBBBBBBBBBB';
    expect(await store.latestEventSeq(unknown)).toBeNull();
    expect(
      await store.recordEvent(unknown, { type: 'workshop_updated', subjectId: null, data: null, at }),
    ).toBeNull();
    // Deletion is soft (restorable); the log goes when the workshop is purged.
    await store.deleteWorkshop(workshopId, at);
    await store.purgeDeleted('2026-12-02T00:00:00.000Z');
    expect(await store.readEventsAfter(workshopId, 0, 100)).toEqual([]);
  });
});

describe('in-process event bus', () => {
  it('wakes only the subscribers of that workshop until they unsubscribe', async () => {
    const bus = new InProcessEventBus();
    const seen: string[] = [];
    const stopA = bus.subscribe('a', (seq) => seen.push(`a${seq}`));
    bus.subscribe('b', (seq) => seen.push(`b${seq}`));
    expect(bus.subscriberCount()).toBe(2);
    await bus.notify('a', 1);
    stopA();
    await bus.notify('a', 2);
    await bus.notify('b', 3);
    expect(seen).toEqual(['a1', 'b3']);
    expect(bus.subscriberCount()).toBe(1);
  });
});
