/**
 * Gnosjö (0617) in the default index over the real build: each asserted figure is recomputed here from the raw
 * values in the build's observations, so it traces back to the inputs.
 */
import { describe, expect, it } from 'vitest';
import { indexInputs } from '../../../api/attractiveness/index-inputs';
import { DEFAULT_FRAMEWORK } from '../../../data/attractiveness/default-framework';
import { computeIndex, resolveSpec, robustness, specIndicatorIds } from '../../../data/attractiveness/model';
import { WeightSet } from '../../../data/contract';
import { build } from '../api/app-fixture';

const GNOSJO = '0617';
const spec = resolveSpec(DEFAULT_FRAMEWORK, WeightSet.parse({ framework: 'default' }), (id) =>
  build.indicatorById.has(id),
);
// The everyday-services KPIs are outside the atlas set: the rest of Kolada is read from the build's Parquet.
await build.kolada.ensure(specIndicatorIds(spec));
const inputs = indexInputs(build, specIndicatorIds(spec), null);
const result = computeIndex(spec, inputs);
const gnosjo = result.rows.find((r) => r.code === GNOSJO)!;

/** Raw value of a municipality in a year, straight from the build's observation series. */
const raw = (id: string, year: number, code = GNOSJO) =>
  build.seriesByIndicator.get(id)!.get(year)!.municipalities[code]!;

describe('default index on the real build', () => {
  it('every default indicator covers at least 250 municipalities in its window, so no pillar is empty', () => {
    for (const indicator of result.indicators)
      expect(indicator.coverage, indicator.id).toBeGreaterThanOrEqual(250);
    expect(result.pillars.map((p) => p.id)).toEqual([
      'work',
      'skills',
      'housing',
      'reach',
      'services',
      'outlook',
    ]);
    expect(result.n).toBe(290);
  });

  it("Gnosjö's employment rate comes from 2022 (the latest year with ≥ 250 municipalities) and its min-max score is (x − min)/(max − min)·100", () => {
    const values = Object.values(
      build.seriesByIndicator.get('employment_rate_20_64')!.get(2022)!.municipalities,
    );
    const [min, max] = [Math.min(...values), Math.max(...values)];
    const x = raw('employment_rate_20_64', 2022);
    expect(gnosjo.values.employment_rate_20_64).toEqual({ value: x, year: 2022, hypothetical: false });
    const info = result.indicators.find((i) => i.id === 'employment_rate_20_64')!;
    expect(info.treatment.choice.kind).toBe('none');
    // contribution = index weight (1/6 pillar · 1/4 within) · score
    expect(gnosjo.contributions.employment_rate_20_64).toBeCloseTo(
      (1 / 24) * ((100 * (x - min)) / (max - min)),
      9,
    );
  });

  it('open unemployment (higher is worse here) is read from 2024, its own reference year', () => {
    const info = result.indicators.find((i) => i.id === 'open_unemployment_18_65')!;
    expect([info.from, info.to]).toEqual([2022, 2024]);
    expect(gnosjo.values.open_unemployment_18_65!.value).toBe(raw('open_unemployment_18_65', 2024));
    const values = Object.values(
      build.seriesByIndicator.get('open_unemployment_18_65')!.get(2024)!.municipalities,
    );
    const [min, max] = [Math.min(...values), Math.max(...values)];
    const score = (100 * (max - raw('open_unemployment_18_65', 2024))) / (max - min);
    expect(gnosjo.contributions.open_unemployment_18_65).toBeCloseTo(score / 24, 9);
  });

  it('the pillars are the means of their contributions, and the index the mean of the pillars', () => {
    for (const pillar of result.pillars) {
      const sum = pillar.indicators.reduce((a, id) => a + gnosjo.contributions[id]!, 0);
      expect(gnosjo.pillars[pillar.id]!, pillar.id).toBeCloseTo(sum * 6, 9);
    }
    const mean = Object.values(gnosjo.pillars).reduce<number>((a, b) => a + b!, 0) / 6;
    expect(gnosjo.index).toBeCloseTo(mean, 9);
  });

  it("Gnosjö's everyday services are Kolada N07530, N07531 and N11800 (2022): the mean of their min-max scores", () => {
    const kpis = ['kolada_n07530', 'kolada_n07531', 'kolada_n11800'];
    expect(result.pillars.find((p) => p.id === 'services')!.indicators).toEqual(kpis);
    const scores = kpis.map((id) => {
      const info = result.indicators.find((i) => i.id === id)!;
      expect([info.referenceYear, info.coverage, info.treatment.choice.kind], id).toEqual([
        2022,
        290,
        'none',
      ]);
      expect(
        info.sources.every((s) => s.table === id.slice('kolada_'.length).toUpperCase()),
        id,
      ).toBe(true);
      const values = Object.values(build.seriesByIndicator.get(id)!.get(2022)!.municipalities);
      const [min, max] = [Math.min(...values), Math.max(...values)];
      const x = raw(id, 2022);
      expect(gnosjo.values[id], id).toEqual({ value: x, year: 2022, hypothetical: false });
      return (100 * (x - min)) / (max - min);
    });
    // Gnosjö 2022 in the snapshot: 68.8 % near a grocery store, 55.5 % of children near a school, 87.0 % in preschool.
    expect(gnosjo.values.kolada_n07530!.value).toBeCloseTo(68.79, 2);
    expect(gnosjo.pillars.services).toBeCloseTo((scores[0]! + scores[1]! + scores[2]!) / 3, 9);
  });

  it("Gnosjö's default index, pillars and rank (figures of build from the snapshot)", () => {
    expect(gnosjo.index).toBeCloseTo(46.12, 2);
    expect(gnosjo.rank).toBe(223);
    expect(gnosjo.pillars.services).toBeCloseTo(48.14, 2);
    expect(gnosjo.pillars.outlook).toBeCloseTo(35.47, 2);
  });

  it('new dwellings per 1,000 are skewed (|skew| > 2, kurtosis > 3.5) and winsorised, and the report says so', () => {
    const info = result.indicators.find((i) => i.id === 'completed_dwellings_per_1000')!;
    expect(info.treatment.before.skew).toBeGreaterThan(2);
    expect(info.treatment.before.kurtosis).toBeGreaterThan(3.5);
    expect(info.treatment.choice).toEqual({ kind: 'winsorised', points: 1, end: 'high' });
  });

  it("1,000 seeded draws put Gnosjö's rank in an interval around its default rank, the same on every run", () => {
    const a = robustness(spec, inputs, { draws: 1000, seed: 7, perturbation: 0.25 });
    const interval = a.intervals[GNOSJO]!;
    expect(interval.draws).toBe(1000);
    expect(interval.p5).toBeLessThanOrEqual(interval.median);
    expect(interval.median).toBeLessThanOrEqual(interval.p95);
    expect(interval.p5).toBeLessThanOrEqual(gnosjo.rank!);
    expect(interval.p95).toBeGreaterThanOrEqual(gnosjo.rank!);
    expect(interval.driver?.share).toBeGreaterThan(0);
    const b = robustness(spec, inputs, { draws: 1000, seed: 7, perturbation: 0.25 });
    expect(b.intervals[GNOSJO]).toEqual(interval);
  });
});
