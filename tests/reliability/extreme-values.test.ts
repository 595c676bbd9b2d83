import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { EXTREME_ID, extremeBuild } from './support/extreme-build';

const build = extremeBuild();
const app = createApp({ build, workshopStore: new SqliteWorkshopStore(':memory:') });
const someCode = Object.keys(build.seriesByIndicator.get(EXTREME_ID)!.get(2024)!.municipalities)[0]!;

describe('defect 1: values at the edge of a double never break an indicator', () => {
  it('answers the values endpoint with finite statistics, or missing with a reason', async () => {
    const res = await app.request(`/api/indicators/${EXTREME_ID}/values`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      nationalMedian: number | null;
      nationalMedianReason: { sv: string; en: string } | null;
      n: number;
    };
    expect(body.n).toBe(4);
    if (body.nationalMedian === null) expect(body.nationalMedianReason?.en).toMatch(/\w/);
    else expect(Number.isFinite(body.nationalMedian)).toBe(true);
  });

  it('writes both CSV dialects and the XLSX download', async () => {
    for (const format of ['csv', 'csv-sv', 'xlsx']) {
      const res = await app.request(`/api/indicators/${EXTREME_ID}/values?format=${format}`);
      expect(res.status, format).toBe(200);
    }
  });

  it('answers the profile and peers of a municipality with the extreme value, similar by that indicator', async () => {
    const plain = await app.request(`/api/municipalities/${someCode}`);
    expect(plain.status).toBe(200);
    const similar = await app.request(
      `/api/municipalities/${someCode}?similarBy=${EXTREME_ID},population_total`,
    );
    expect(similar.status).toBe(200);
    const body = (await similar.json()) as { peers: { similar: { peers: { distance: number }[] } } };
    for (const peer of body.peers.similar.peers) expect(Number.isFinite(peer.distance)).toBe(true);
  });
});
