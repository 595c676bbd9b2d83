import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBoverketBalance } from '../../../scripts/ingest/sources/boverket-balance';
import { loadCommutingFlows } from '../../../scripts/ingest/sources/commuting-flows';
import { loadKoladaDdf } from '../../../scripts/ingest/sources/kolada-ddf';
import { loadScbAgeEducation, loadScbHousingPopulation } from '../../../scripts/ingest/sources/scb-long-csv';
import { GOLDEN_DIR, fixtureFiles, goldenJson } from './fixture-snapshot';

/** Golden in/out: each parser's output on the hand-written fixture snapshot, reviewed and kept in git. */
const golden = (name: string) => path.join(GOLDEN_DIR, `${name}.json`);

describe('SCB long-format files', () => {
  it('housing/population: decimal comma read, "..", "." and "-" left missing, N03937 cited as Kolada', async () => {
    const { files, reference } = fixtureFiles();
    const result = loadScbHousingPopulation(files, reference);
    expect(result.observations.find((o) => o.indicator === 'smahus_kt_ratio')?.value).toBe(1.25);
    expect(
      result.observations.filter((o) => o.indicator === 'dwellings_completed').map((o) => o.area),
    ).toEqual(['2505']);
    await expect(await goldenJson(result)).toMatchFileSnapshot(golden('scb-housing-population'));
  });

  it('age-education: shares written 0-1 become percent', async () => {
    const { files, reference } = fixtureFiles();
    const result = loadScbAgeEducation(files, reference);
    expect(result.observations.map((o) => [o.indicator, o.area, o.value])).toEqual([
      ['share_aged_75_plus', '0617', 10],
      ['share_16_74_post_secondary_education', '0617', 25],
      ['share_aged_75_plus', '2505', 12.5],
      ['share_aged_75_plus', '0617', 20],
      ['share_aged_75_plus', '2505', 10],
    ]);
    await expect(await goldenJson(result)).toMatchFileSnapshot(golden('scb-age-education'));
  });
});

describe('Boverket housing market balance', () => {
  it('keeps -1/0/1 as given, under the Boverket source', async () => {
    const { files, reference } = fixtureFiles();
    const result = loadBoverketBalance(files, reference);
    expect(result.observations.map((o) => [o.area, o.value, o.source])).toEqual([
      ['0114', -1, 'boverket-bme'],
      ['0617', 0, 'boverket-bme'],
    ]);
    await expect(await goldenJson(result)).toMatchFileSnapshot(golden('boverket-balance'));
  });
});

describe('Kolada DDF', () => {
  it('normalises geo 0 / 2-digit / 4-digit, reads floats for counts, recodes U30446 0/1/2 to -1/0/1', async () => {
    const { files, reference } = fixtureFiles();
    const result = loadKoladaDdf(files, reference);
    const population = result.observations.filter(
      (o) => o.indicator === 'population_total' && o.year === 2009,
    );
    expect(population.map((o) => [o.area, o.value])).toEqual([
      ['SE', 6000],
      ['06', 2000],
      ['25', 3000],
      ['01', 1000],
      ['0114', 1000],
      ['0617', 2000],
      ['2505', 3000],
    ]);
    const balance = result.observations.filter(
      (o) => o.indicator === 'housing_market_balance' && o.year === 2019,
    );
    expect(balance.map((o) => o.value)).toEqual([-1, 0, 1]);
    expect(result.kpis.get('N02274')).toEqual({
      theme: 'commuting',
      titleSv: 'Bor och arbetar i kommunen, andel (%)',
      // Kolada's definition, read for the rules that depend on it (age groups that changed).
      descriptionSv: '',
    });
    await expect(await goldenJson({ ...result, kpis: Object.fromEntries(result.kpis) })).toMatchFileSnapshot(
      golden('kolada-ddf'),
    );
  });
});

describe('commuting flows', () => {
  it('keeps flows by sex and states coverage for every municipality', async () => {
    const { files, reference } = fixtureFiles();
    const result = loadCommutingFlows(files, reference);
    expect(result.flows).toHaveLength(3);
    expect(result.coverage.find((c) => c.municipality === '0114')).toEqual({
      municipality: '0114',
      years: [],
      scope: 'no origin-destination flows in this build',
    });
    expect(result.coverage.find((c) => c.municipality === '2505')?.years).toEqual([2022]);
    await expect(await goldenJson(result)).toMatchFileSnapshot(golden('commuting-flows'));
  });
});
