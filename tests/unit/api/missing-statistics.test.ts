/**
 * Issue 12, defect 1: every computed statistic is finite, or missing with a reason. The values endpoint's median
 * and its national figure, on edge cases the snapshot does not reach (a year without municipal values, a computed
 * national figure that came out without a number) and on every indicator of the real build.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../api/app';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import type { ValuesResponse } from '../../../data/contract/api';
import { buildWithIndicator, firstCodes } from '../../reliability/support/extreme-build';
import { app as realApp, getJson } from './app-fixture';

const ID = 'import_gaps';
const [a, b] = firstCodes(2) as [string, string];
const build = buildWithIndicator(ID, [
  // Only a county and national figure, no municipal value: nothing to take a median of.
  { year: 2022, municipalities: {}, national: { method: 'published', value: 12 } },
  // The rule says "sum", but no figure came out (JSON would have turned an Infinity into the same null).
  { year: 2023, municipalities: { [a]: 1, [b]: 2 }, national: { method: 'sum', value: null } },
  { year: 2024, municipalities: { [a]: 1, [b]: 2 }, national: { method: 'published', value: null } },
]);
const app = createApp({ build, workshopStore: new SqliteWorkshopStore(':memory:') });

async function values(year: number): Promise<ValuesResponse> {
  const res = await app.request(`/api/indicators/${ID}/values?year=${year}`);
  expect(res.status).toBe(200);
  return (await res.json()) as ValuesResponse;
}

/** Missing is never a bare null: a reason in both languages comes with it. */
function expectReason(reason: { sv: string; en: string } | null | undefined) {
  expect(reason?.sv).toMatch(/\p{L}{3}/u);
  expect(reason?.en).toMatch(/\p{L}{3}/u);
  expect(reason?.sv).not.toBe(reason?.en);
}

describe('computed statistics are finite, or missing with a reason', () => {
  it('a year without municipal values has no median, and says why in both languages', async () => {
    const body = await values(2022);
    expect(body.n).toBe(0);
    expect(body.nationalMedian).toBeNull();
    expectReason(body.nationalMedianReason);
    expect(body.nationalMedianReason?.en).toContain('no municipality has a value for 2022');
    expect(body.national).toMatchObject({ value: 12, method: 'published' });
  });

  it('a computed national figure without a number is marked unavailable with the reason, not "sum" and null', async () => {
    const body = await values(2023);
    expect(body.nationalMedian).toBe(1.5);
    expect(body.nationalMedianReason).toBeNull();
    expect(body.national).toMatchObject({ value: null, method: 'unavailable' });
    expectReason(body.national.methodText);
    expect(body.national.methodText.en).toMatch(/^missing: .*gave no finite number for 2023$/);
    expect(body.national.methodNote).toBe(body.national.methodText.en);
  });

  it('a published national figure the source lacks for the year says so', async () => {
    const body = await values(2024);
    expect(body.national).toMatchObject({ value: null, method: 'unavailable' });
    expect(body.national.methodText).toEqual({
      sv: 'saknas: källan har inget värde för 2024',
      en: 'missing: the source has no figure for 2024',
    });
  });

  it('holds for the latest year of every indicator of the real build', async () => {
    const { body: catalogue } = await getJson<{ indicators: { id: string }[] }>('/api/indicators');
    expect(catalogue.indicators.length).toBeGreaterThan(50);
    for (const { id } of catalogue.indicators) {
      const res = await realApp.request(`/api/indicators/${id}/values`);
      if (res.status === 404) continue; // no municipal data in this build: the 404 names the reason
      expect(res.status, id).toBe(200);
      const body = (await res.json()) as ValuesResponse;
      if (body.nationalMedian === null) expectReason(body.nationalMedianReason);
      else expect(Number.isFinite(body.nationalMedian), id).toBe(true);
      if (body.national.value === null) expect(body.national.method, id).toBe('unavailable');
      else expect(Number.isFinite(body.national.value), id).toBe(true);
      expectReason(body.national.methodText);
    }
  });
});
