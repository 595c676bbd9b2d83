import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILD_FILES,
  MunicipalityCollection,
  ObservationFile,
  type AggregateRule,
} from '../../../data/contract';
import { aggregateGroup } from '../../../scripts/ingest/assemble/aggregate';
import { TEST_BUILD_DIR } from '../../support/paths';

/**
 * The computed county rules are checked where Kolada also publishes the county figure: applied to the municipal
 * values, each rule must give back what the publisher states.
 */
const read = (file: string) => JSON.parse(readFileSync(path.join(TEST_BUILD_DIR, file), 'utf8'));
const observations = ObservationFile.parse(read(BUILD_FILES.observations));
const municipalities = MunicipalityCollection.parse(read(BUILD_FILES.municipalities)).features;
const members = new Map<string, string[]>();
for (const feature of municipalities) {
  members.set(feature.properties.countyCode, [
    ...(members.get(feature.properties.countyCode) ?? []),
    feature.id,
  ]);
}
const values = (indicator: string, year: number) => {
  const found = observations.find((entry) => entry.indicator === indicator && entry.year === year);
  if (!found) throw new Error(`no ${indicator} ${year}`);
  return found;
};

describe('county rules reproduce the figures Kolada publishes (2022)', () => {
  it.each([
    ['share_aged_65_plus', 'population_total', 0.0001],
    ['completed_dwellings_per_1000', 'population_total', 0.0001],
    ['violent_crimes_per_100000', 'population_total', 0.0001],
    ['net_international_migration_share', 'population_total', 0.0001],
    ['manufacturing_jobs_share', 'employed_by_workplace', 0.01],
  ])('%s as a mean weighted by %s', (indicator, base, tolerance) => {
    const series = values(indicator, 2022);
    expect(series.counties.method).toBe('published');
    const rule: AggregateRule = { kind: 'weighted_mean', base };
    for (const [county, published] of Object.entries(series.counties.values)) {
      const computed = aggregateGroup(
        rule,
        members.get(county) ?? [],
        series.municipalities,
        values(base, 2022).municipalities,
      );
      expect(Math.abs((computed ?? NaN) - published), `${indicator} county ${county}`).toBeLessThanOrEqual(
        tolerance,
      );
    }
  });

  it('employed persons by workplace as a sum (SCB perturbs small cells: within 0.01%)', () => {
    const series = values('employed_by_workplace', 2022);
    for (const [county, published] of Object.entries(series.counties.values)) {
      const computed = aggregateGroup(
        { kind: 'sum' },
        members.get(county) ?? [],
        series.municipalities,
        undefined,
      );
      expect(Math.abs((computed ?? NaN) - published) / published).toBeLessThan(0.0001);
    }
  });
});
