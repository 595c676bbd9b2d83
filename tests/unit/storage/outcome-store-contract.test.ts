/**
 * The outcomes register's part of the WorkshopStore contract, run against the embedded SQLite store and a real
 * PostgreSQL server (a throw-away cluster), so both keep what the API relies on: order, versions, scoping to the
 * workshop, and outcomes going with their workshop.
 */
import { describe, expect, it } from 'vitest';
import { newId } from '../../../api/storage/secrets';
import type { OutcomeRecord } from '../../../api/storage/outcome-store';
import { at, link, newWorkshopRecord, T0 } from './store-fixtures';
import { bothStores, STORE_NAMES } from './both-stores';

const storeOf = bothStores('outcomes');

function outcomeRecord(overrides: Partial<OutcomeRecord> = {}): OutcomeRecord {
  return {
    id: newId(),
    statement: 'Fler lärlingsplatser',
    actionIds: [newId()],
    evidence: [
      { kind: 'indicator', ...link('population_total', 9500.5) },
      { kind: 'source', citation: 'Yrkesrådets protokoll', url: null },
    ],
    status: 'expected',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

describe.each(STORE_NAMES)('outcome store contract: %s', (name) => {
  const store = storeOf(name);
  async function workshop() {
    const record = newWorkshopRecord();
    await store().createWorkshop(record);
    return record.id;
  }

  it('returns outcomes as written, in order, at version 1, and bumps the workshop', async () => {
    const id = await workshop();
    const first = outcomeRecord();
    const second = outcomeRecord({ statement: 'Ny utbildning', createdAt: at(5), updatedAt: at(5) });
    expect(await store().addOutcome(id, first)).toBe(true);
    expect(await store().addOutcome(id, second)).toBe(true);
    expect(await store().listOutcomes(id)).toEqual([
      { ...first, version: 1 },
      { ...second, version: 1 },
    ]);
    expect((await store().getWorkshop(id))?.updatedAt).toBe(at(5));
  });

  it('updates only at the expected version, and scopes every write to its workshop', async () => {
    const id = await workshop();
    const other = await workshop();
    const outcome = outcomeRecord();
    await store().addOutcome(id, outcome);
    const changed = { ...outcome, status: 'achieved' as const, updatedAt: at(1) };
    expect(await store().updateOutcome(id, changed, 1)).toBe('updated');
    expect(await store().updateOutcome(id, { ...changed, statement: 'stale' }, 1)).toBe('stale');
    expect(await store().updateOutcome(other, changed, 2)).toBe('not_found');
    expect(await store().listOutcomes(id)).toEqual([{ ...changed, version: 2 }]);
    expect(await store().deleteOutcome(other, outcome.id, at(2))).toBe(false);
    expect(await store().deleteOutcome(id, outcome.id, at(2))).toBe(true);
    expect(await store().listOutcomes(id)).toEqual([]);
  });

  it('knows no outcomes of an unknown or deleted workshop, and purging removes them', async () => {
    expect(await store().listOutcomes(newId())).toBeNull();
    expect(await store().addOutcome(newId(), outcomeRecord())).toBe(false);
    const id = await workshop();
    await store().addOutcome(id, outcomeRecord());
    await store().deleteWorkshop(id, at(1));
    expect(await store().listOutcomes(id)).toBeNull();
    expect(await store().addOutcome(id, outcomeRecord())).toBe(false);
    await store().purgeDeleted(at(2));
    await store().restoreWorkshop(id, T0, at(3));
    expect(await store().listOutcomes(id)).toBeNull();
  });
});
