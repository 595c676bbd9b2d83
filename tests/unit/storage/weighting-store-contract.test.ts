/**
 * Stakeholder weightings' part of the WorkshopStore contract, run against the embedded SQLite store and a real
 * PostgreSQL server (a throw-away cluster): one weighting per organisation, versions, the workshop's order of
 * organisations, scoping to the workshop, and weightings going with their workshop.
 */
import { describe, expect, it } from 'vitest';
import { WeightSet } from '../../../data/contract';
import { newId } from '../../../api/storage/secrets';
import type { WeightingRecord } from '../../../api/storage/weighting-store';
import { at, newWorkshopRecord, T0 } from './store-fixtures';
import { bothStores, STORE_NAMES } from './both-stores';

const storeOf = bothStores('weightings');

function weighting(organisationId: string, overrides: Partial<WeightingRecord> = {}): WeightingRecord {
  return {
    organisationId,
    weightSet: WeightSet.parse({ framework: 'default', weights: { work: 2 }, buildId: 'b1' }),
    buildId: 'b1',
    pillars: [
      { id: 'work', title: { sv: 'Arbete', en: 'Work' }, share: 0.4 },
      { id: 'housing', title: { sv: 'Boende', en: 'Housing' }, share: 0.6 },
    ],
    indicators: ['employment_rate_20_64', 'rental_dwellings_per_1000'],
    ranks: { '0617': 12, '0662': 3, '0114': null },
    savedByParticipantId: null,
    savedAt: T0,
    ...overrides,
  };
}

describe.each(STORE_NAMES)('weighting store contract: %s', (name) => {
  const store = storeOf(name);
  async function workshop() {
    const record = newWorkshopRecord();
    await store().createWorkshop(record);
    return { id: record.id, organisations: record.organisations.map((o) => o.id) };
  }

  it('keeps one weighting per organisation in the order of the organisations, n counting ranked ones', async () => {
    const { id, organisations } = await workshop();
    const [municipality, firm] = organisations as [string, string];
    const participant = newId();
    expect(
      await store().saveWeighting(id, weighting(firm, { savedByParticipantId: participant }), null),
    ).toBe('saved');
    expect(await store().saveWeighting(id, weighting(municipality, { savedAt: at(3) }), null)).toBe('saved');
    const list = await store().listWeightings(id);
    expect(list?.map((w) => w.organisationId)).toEqual([municipality, firm]);
    expect(list?.[1]).toEqual({
      ...weighting(firm, { savedByParticipantId: participant }),
      n: 2,
      version: 1,
    });
    expect((await store().getWorkshop(id))?.updatedAt).toBe(at(3));
  });

  it('replaces only at the expected version; a second first save is stale', async () => {
    const { id, organisations } = await workshop();
    const firm = organisations[1]!;
    await store().saveWeighting(id, weighting(firm), null);
    expect(await store().saveWeighting(id, weighting(firm, { buildId: 'b2' }), null)).toBe('stale');
    const changed = weighting(firm, { buildId: 'b2', ranks: { '0617': 1 }, savedAt: at(1) });
    expect(await store().saveWeighting(id, changed, 1)).toBe('saved');
    expect(await store().saveWeighting(id, weighting(firm), 1)).toBe('stale');
    expect(await store().listWeightings(id)).toEqual([{ ...changed, n: 1, version: 2 }]);
    expect(await store().saveWeighting(id, weighting(organisations[0]!), 4)).toBe('not_found');
  });

  it('scopes to the workshop and refuses unknown or removed organisations', async () => {
    const { id, organisations } = await workshop();
    const other = await workshop();
    const firm = organisations[1]!;
    expect(await store().saveWeighting(other.id, weighting(firm), null)).toBe('not_found');
    expect(await store().saveWeighting(id, weighting(newId()), null)).toBe('not_found');
    await store().saveWeighting(id, weighting(firm), null);
    expect(await store().deleteWeighting(other.id, firm, at(1))).toBe(false);
    expect(await store().listWeightings(other.id)).toEqual([]);
    expect(await store().deleteWeighting(id, firm, at(1))).toBe(true);
    expect(await store().listWeightings(id)).toEqual([]);
    expect(await store().deleteOrganisation(id, firm, at(2))).toBe('deleted');
    expect(await store().saveWeighting(id, weighting(firm), null)).toBe('not_found');
  });

  it('knows no weightings of an unknown or deleted workshop, and erasing removes them', async () => {
    expect(await store().listWeightings(newId())).toBeNull();
    const { id, organisations } = await workshop();
    await store().saveWeighting(id, weighting(organisations[0]!), null);
    await store().deleteWorkshop(id, at(1));
    expect(await store().listWeightings(id)).toBeNull();
    expect(await store().saveWeighting(id, weighting(organisations[1]!), null)).toBe('not_found');
    await store().restoreWorkshop(id, T0, at(2));
    expect(await store().listWeightings(id)).toHaveLength(1);
    expect(await store().eraseWorkshop(id)).toBe(true);
    expect(await store().listWeightings(id)).toBeNull();
  });
});
