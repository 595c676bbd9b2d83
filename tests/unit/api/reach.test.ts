import { describe, expect, it } from 'vitest';
import type { MunicipalityCollection, ObservationFile, UrbanAreaCollection } from '../../../data/contract';
import { ReachResponse } from '../../../data/contract/reach';
import { buildFile, getJson, type ErrorBody } from './app-fixture';

const urbanAreas = buildFile<UrbanAreaCollection>('urban-areas.geojson');
const observations = buildFile<ObservationFile>('observations.json');
const municipalities = buildFile<MunicipalityCollection>('municipalities.geojson');
const value = (id: string, year: number, code: string) =>
  observations.find((s) => s.indicator === id && s.year === year)?.municipalities[code];
const urbanPopulationOf = (code: string) =>
  urbanAreas.features
    .filter((f) => f.properties.municipalityCode === code)
    .reduce((sum, f) => sum + f.properties.population, 0);

async function reachOf(query: string): Promise<ReachResponse> {
  const { status, body } = await getJson<unknown>(`/api/reach?${query}`);
  expect(status).toBe(200);
  return ReachResponse.parse(body);
}

describe('GET /api/reach: how far a firm must reach', () => {
  it('is reached inside the first urban area when the site stands on it (Gnosjö tätort, 1,000 aged 20-64)', async () => {
    const gnosjo = urbanAreas.features.find((f) => f.properties.code === '0617TC101')!;
    const [lon, lat] = gnosjo.geometry.coordinates;
    const answer = await reachOf(`lon=${lon}&lat=${lat}&n=1000`);
    if (!answer.reached) throw new Error('expected the target to be reached');
    // 4,474 people (SCB 2020) times Gnosjö's 2020 share aged 20-64 (Kolada N01961).
    const expected = Math.round(
      (gnosjo.properties.population * value('share_aged_20_64', 2020, '0617')!) / 100,
    );
    expect(answer.radiusKm).toBe(0);
    expect(answer.urbanAreas).toEqual([
      expect.objectContaining({ code: '0617TC101', population: 4474, estimate: expected }),
    ]);
    expect(answer.total).toEqual({ inUrbanAreas: expected, outsideUrbanAreas: 0, sum: expected });
    expect(answer.estimate).toBe(true);
    expect(answer.method.sv).toContain('Uppskattning');
    expect(answer.method.en).toContain('An estimate');
  });

  it('needs the non-urban estimate from Gnosjö’s interior point (100 aged 20-64, before any urban area)', async () => {
    const answer = await reachOf('municipality=0617&n=100');
    if (!answer.reached) throw new Error('expected the target to be reached');
    expect(answer.urbanAreas).toEqual([]);
    expect(answer.total.inUrbanAreas).toBe(0);
    expect(answer.total.outsideUrbanAreas).toBeGreaterThanOrEqual(100);
    const gnosjo = answer.municipalities.find((m) => m.code === '0617')!;
    // The remainder spread over the municipality: its 2020 population minus its urban areas' population.
    expect(gnosjo.remainder).toBe(value('population_total', 2020, '0617')! - urbanPopulationOf('0617'));
    expect(gnosjo.remainderFloored).toBe(false);
    // Reached before the nearest urban area (Gnosjö tätort, 3.9 km away).
    expect(answer.radiusKm).toBeLessThan(3.9);
  });

  it('grows past urban areas into a mix, with the commuting balance of the municipalities inside', async () => {
    const answer = await reachOf('municipality=0617&n=5000');
    if (!answer.reached) throw new Error('expected the target to be reached');
    expect(answer.total.sum).toBeGreaterThanOrEqual(5000);
    expect(answer.total.inUrbanAreas).toBeGreaterThan(0);
    expect(answer.total.outsideUrbanAreas).toBeGreaterThan(0);
    expect(answer.total.sum).toBe(answer.total.inUrbanAreas + answer.total.outsideUrbanAreas);
    for (const area of answer.urbanAreas) expect(area.distanceKm).toBeLessThanOrEqual(answer.radiusKm);
    const nets = answer.municipalities.map((m) => value('net_commuting', 2022, m.code)!);
    expect(answer.commuting.year).toBe(2022);
    expect(answer.commuting.net).toBe(nets.reduce((a, b) => a + b, 0));
  });

  it('gives a clear answer, not an empty success, when n is not reached within 150 km (Kiruna, 5 million)', async () => {
    const answer = await reachOf('municipality=2584&n=5000000');
    expect(answer.reached).toBe(false);
    if (answer.reached) return;
    expect(answer.capKm).toBe(150);
    expect(answer.withinCap.sum).toBeGreaterThan(0);
    expect(answer.withinCap.sum).toBeLessThan(5_000_000);
    expect(answer.message.en).toMatch(/not reached within 150 km/);
    expect(answer.message.sv).toMatch(/nås inte inom 150 km/);
  });

  it('floors a negative remainder at 0 and names municipalities without an urban area of their own', async () => {
    const answer = await reachOf('municipality=0123&n=50000');
    if (!answer.reached) throw new Error('expected the target to be reached');
    const jarfalla = answer.municipalities.find((m) => m.code === '0123')!;
    expect(jarfalla).toMatchObject({ withoutOwnUrbanArea: true, remainder: 0, outsideUrbanAreas: 0 });
    const sollentuna = answer.municipalities.find((m) => m.code === '0163')!;
    expect(value('population_total', 2020, '0163')! - urbanPopulationOf('0163')).toBeLessThan(0);
    expect(sollentuna).toMatchObject({ remainderFloored: true, remainder: 0 });
    expect(answer.traps.map((t) => t.code).sort()).toEqual(['0123', '0163']);
    expect(answer.traps.every((t) => t.text.sv.length > 0 && t.text.en.length > 0)).toBe(true);
  });

  it('counts employed residents with the share N02202 / population', async () => {
    const hofors = municipalities.features.find((f) => f.properties.code === '2104')!;
    const answer = await reachOf(`municipality=${hofors.properties.code}&target=employed&n=3000`);
    if (!answer.reached) throw new Error('expected the target to be reached');
    const share = value('employed_by_residence', 2020, '2104')! / value('population_total', 2020, '2104')!;
    expect(answer.municipalities.find((m) => m.code === '2104')!.targetShare).toBe(
      Math.round(share * 1000) / 10,
    );
    expect(answer.targetLabel.en).toBe('employed residents');
  });

  it('lists the labour shed where flows exist: top origins to 80 % of employed by workplace (Luleå)', async () => {
    const answer = await reachOf('municipality=2580&n=3000');
    const shed = answer.labourShed;
    if (shed.coverage !== 'flows') throw new Error('Luleå has flows');
    expect(shed.employedByWorkplace).toBe(value('employed_by_workplace', shed.year, '2580'));
    expect(shed.origins[0]!.code).toBe('2580');
    const shares = shed.origins.map((o) => o.cumulativeShare!);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shed.reaches80).toBe(true);
    expect(shares.at(-1)!).toBeGreaterThanOrEqual(80);
    expect(shares.at(-2)!).toBeLessThan(80);
    const gnosjo = await reachOf('municipality=0617&n=100');
    expect(gnosjo.labourShed.coverage).toBe('none');
  });

  it.each([
    ['n=100', 400, 'site'],
    ['municipality=0617', 400, 'n'],
    ['municipality=0617&n=0', 400, 'n'],
    ['municipality=0617&n=2.5', 400, 'n'],
    ['municipality=0617&site=x&n=10', 400, 'site'],
    ['municipality=0617&n=10&target=children', 400, 'target'],
    ['lon=13.7&n=10', 400, 'lat'],
    ['site=no-such-site&n=10', 404, 'site'],
    ['municipality=9999&n=10', 404, 'municipality'],
  ])('answers %s with %i naming the parameter %s', async (query, code, field) => {
    const { status, body } = await getJson<ErrorBody>(`/api/reach?${query}`);
    expect(status).toBe(code);
    expect(body.error.field).toBe(field);
  });
});
