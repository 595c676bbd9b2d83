import { describe, expect, it } from 'vitest';
import type { Indicator, ObservationFile } from '../../../data/contract';
import { StandsOutResponse } from '../../../data/contract/stands-out';
import { median, standardDeviation } from '../../../api/services/statistics';
import { buildFile, getJson, type ErrorBody } from './app-fixture';

const observations = buildFile<ObservationFile>('observations.json');

async function standsOutOf(code: string, group = ''): Promise<StandsOutResponse> {
  const { status, body } = await getJson<unknown>(
    `/api/municipalities/${code}/stands-out${group ? `?group=${group}` : ''}`,
  );
  expect(status).toBe(200);
  return StandsOutResponse.parse(body);
}

describe('GET /api/municipalities/:code/stands-out', () => {
  it.each(['0617', '2104', '2584'])(
    '%s has at least three strengths and three weaknesses against its peers, each with source and year',
    async (code) => {
      const answer = await standsOutOf(code);
      expect(answer.group.kind).toBe('peers');
      expect(answer.group.members).toHaveLength(5);
      expect(answer.strengths.length).toBeGreaterThanOrEqual(3);
      expect(answer.weaknesses.length).toBeGreaterThanOrEqual(3);
      for (const item of [...answer.strengths, ...answer.weaknesses]) {
        expect(item.indicator.direction).not.toBe('neutral');
        expect(item.source.publisher.length).toBeGreaterThan(0);
        expect(item.source.table.length).toBeGreaterThan(0);
        expect(item.year).toBeGreaterThan(2000);
      }
      for (const item of answer.notable) expect(item.indicator.direction).toBe('neutral');
      expect(answer.rule.sv).toContain('standardavvikelser');
      expect(answer.rule.en).toContain('standard deviations');
    },
  );

  it("carries each item's unit and decimals from the build's catalogue (the page formats without the catalogue)", async () => {
    const catalogue = new Map(buildFile<Indicator[]>('indicators.json').map((i) => [i.id, i]));
    const answer = await standsOutOf('0617');
    const items = [...answer.strengths, ...answer.weaknesses, ...answer.notable];
    expect(items.length).toBeGreaterThan(5);
    for (const { indicator } of items) {
      const definition = catalogue.get(indicator.id)!;
      expect([indicator.id, indicator.unit, indicator.decimals]).toEqual([
        definition.id,
        definition.unit,
        definition.decimals,
      ]);
    }
    expect(items.map((item) => item.indicator.unit)).toContain('percent');
  });

  it("follows its stated rule: Gnosjö's first strength against the nation, recomputed from the build", async () => {
    const answer = await standsOutOf('0617', 'nation');
    const top = answer.strengths[0]!;
    const series = observations.find((s) => s.indicator === top.indicator.id && s.year === top.year)!;
    const values = Object.values(series.municipalities);
    const expected = (series.municipalities['0617']! - median(values)!) / standardDeviation(values);
    expect(top.differenceSd).toBeCloseTo(expected, 2);
    const merits = answer.strengths.map((item) =>
      item.indicator.direction === 'higher_is_worse' ? -item.differenceSd : item.differenceSd,
    );
    expect(merits.every((merit) => merit >= answer.minDifferenceSd)).toBe(true);
    expect(merits).toEqual([...merits].sort((a, b) => b - a));
    expect(answer.group.members).toHaveLength(289);
  });

  it('compares with the county or the SKR group when asked', async () => {
    const county = await standsOutOf('0617', 'county');
    expect(county.group.label.sv).toBe('Jönköpings län');
    expect(county.group.members.map((m) => m.code).every((c) => c.startsWith('06'))).toBe(true);
    const skr = await standsOutOf('0617', 'skr');
    expect(skr.group.label.en).toBe('SKR group C7');
  });

  it('answers 400 for an unknown group and 404 for an unknown municipality', async () => {
    const bad = await getJson<ErrorBody>('/api/municipalities/0617/stands-out?group=planet');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('group');
    const missing = await getJson<ErrorBody>('/api/municipalities/9999/stands-out');
    expect(missing.status).toBe(404);
  });
});
