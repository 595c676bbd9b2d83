import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import {
  BUILD_FILES,
  BuildManifest,
  CommutingFile,
  CountyCollection,
  FirmSiteCollection,
  IndicatorCatalogue,
  LabourMarketRegionCollection,
  MunicipalityCollection,
  ObservationFile,
  UrbanAreaCollection,
  type ObservationSeries,
} from '../../../data/contract';
import { signedArea } from '../../../scripts/ingest/geojson/winding';
import { RAW_DIR, TEST_BUILD_DIR } from '../../support/paths';

/** End to end: the build that tests/global-setup.ts wrote from the real snapshot in ../shared/data. */
const buildText = (file: string) => readFileSync(path.join(TEST_BUILD_DIR, file), 'utf8');
const build = <T>(schema: { parse: (value: unknown) => T }, file: string): T =>
  schema.parse(JSON.parse(buildText(file)));
const observations = build(ObservationFile, BUILD_FILES.observations);
const series = (indicator: string, year: number): ObservationSeries => {
  const found = observations.find((entry) => entry.indicator === indicator && entry.year === year);
  if (!found) throw new Error(`no series ${indicator} ${year}`);
  return found;
};

/** Reads one value straight from a raw Kolada DDF file, independently of the ingest's parser. */
function rawKolada(kpi: string, geo: string, year: number): number {
  const file = path.join(
    RAW_DIR,
    'kolada',
    'datapoints--by--geo--year',
    `ddf--datapoints--${kpi}--by--geo--year.csv`,
  );
  const line = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .find((row) => row.startsWith(`${geo},${year},`));
  if (!line) throw new Error(`no ${kpi} for ${geo} ${year}`);
  return Number(line.split(',')[2]);
}

describe('the real build', () => {
  it('has 290 municipalities with joined attributes and valid RFC 7946 geometry', () => {
    const municipalities = build(MunicipalityCollection, BUILD_FILES.municipalities);
    expect(municipalities.features).toHaveLength(290);
    const gnosjo = municipalities.features.find((feature) => feature.id === '0617');
    expect(gnosjo?.properties).toMatchObject({
      name: 'Gnosjö',
      countyCode: '06',
      countyName: 'Jönköpings län',
    });
    for (const feature of municipalities.features) {
      const polygons =
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const [exterior, ...holes] of polygons) {
        expect(signedArea(exterior ?? [])).toBeGreaterThan(0);
        for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0);
      }
    }
  });

  it('has 21 counties, 67 LA regions and 2,017 urban areas holding 9,088,367 people', () => {
    const counties = build(CountyCollection, BUILD_FILES.counties);
    expect(counties.features.find((feature) => feature.id === '06')?.properties.name).toBe('Jönköpings län');
    expect(build(LabourMarketRegionCollection, BUILD_FILES.labourMarketRegions).features).toHaveLength(67);
    const urban = build(UrbanAreaCollection, BUILD_FILES.urbanAreas).features;
    expect(new Set(urban.map((feature) => feature.id)).size).toBe(2017);
    expect(urban.reduce((sum, feature) => sum + feature.properties.population, 0)).toBe(9088367);
  });

  it.each(Object.values(BUILD_FILES).filter((file) => file.endsWith('.geojson')))(
    '%s passes an independent GeoJSON checker',
    (file) => {
      expect(() => check(buildText(file))).not.toThrow();
    },
  );

  it('gives Gnosjö (0617) 9,131 inhabitants in 2024 and Sweden 10,587,710 as the sum of 290 municipalities', () => {
    const population = series('population_total', 2024);
    expect(population.source).toBe('scb-population');
    expect(population.municipalities['0617']).toBe(9131);
    expect(Object.keys(population.municipalities)).toHaveLength(290);
    expect(population.national).toEqual({ method: 'sum', value: 10587710 });
  });

  it('fills population before 2011 from Kolada N01951 with its published county and national figures', () => {
    const population = series('population_total', 2005);
    expect(population.source).toBe('kolada');
    expect(population.municipalities['0617']).toBe(rawKolada('n01951', '0617', 2005));
    expect(population.national.method).toBe('published');
  });

  it("derives Gnosjö's in-commuters in 2022 as N02201 - N02274 x N02202 / 100 (live-and-work as whole persons)", () => {
    const liveAndWork = (rawKolada('n02274', '0617', 2022) * rawKolada('n02202', '0617', 2022)) / 100;
    const commutersIn = series('commuters_in', 2022).municipalities['0617'] ?? NaN;
    expect(commutersIn).toBe(rawKolada('n02201', '0617', 2022) - Math.round(liveAndWork));
    expect(Math.abs(commutersIn - (rawKolada('n02201', '0617', 2022) - liveAndWork))).toBeLessThan(0.01);
    for (const id of ['commuters_in', 'commuters_out', 'live_and_work', 'net_commuting']) {
      const values = Object.values(series(id, 2022).municipalities);
      expect(values).toHaveLength(290);
      expect(values.every(Number.isInteger)).toBe(true);
    }
  });

  it('agrees with the Norrbotten flow diagonal (live and work) to within the perturbation of small counts', () => {
    const flows = build(CommutingFile, BUILD_FILES.commuting);
    const norrbotten = flows.coverage
      .filter((entry) => entry.years.length > 0)
      .map((entry) => entry.municipality);
    expect(norrbotten).toHaveLength(14);
    for (const year of [2020, 2021, 2022]) {
      const derived = series('live_and_work', year).municipalities;
      for (const code of norrbotten) {
        const diagonal = flows.flows.find(
          (flow) =>
            flow.origin === code && flow.destination === code && flow.year === year && flow.sex === 'total',
        );
        // SCB perturbs flow cells; the snapshot differs by at most 6 persons (0.25%) from the Kolada-derived count.
        expect(Math.abs((diagonal?.persons ?? NaN) - (derived[code] ?? NaN))).toBeLessThanOrEqual(6);
      }
    }
  });

  it('keeps open (N03937) and total (N03920) unemployment apart, and Boverket and U30446 agree after recoding', () => {
    expect(series('open_unemployment_18_65', 2022).municipalities['0617']).not.toBe(
      series('unemployment_18_65', 2022).municipalities['0617'],
    );
    const balance = series('housing_market_balance', 2019);
    expect(balance.source).toBe('kolada');
    expect(balance.municipalities['0617']).toBe(rawKolada('u30446', '0617', 2019) - 1);
    const boverket2022 = series('housing_market_balance', 2022);
    expect(boverket2022.source).toBe('boverket-bme');
    for (const [code, value] of Object.entries(boverket2022.municipalities).slice(0, 50)) {
      expect(value).toBe(rawKolada('u30446', code, 2022) - 1);
    }
  });

  it('has a catalogue entry for every indicator id the other parts rely on, with shares in percent', () => {
    const catalogue = build(IndicatorCatalogue, BUILD_FILES.indicators);
    const ids = new Set(catalogue.map((indicator) => indicator.id));
    for (const id of [
      'population_total',
      'commuters_in',
      'commuters_out',
      'live_and_work',
      'net_commuting',
      'commuting_in_share',
      'commuting_out_share',
      'open_unemployment_18_65',
      'unemployment_18_65',
      'employment_rate_20_64',
      'manufacturing_jobs_share',
      'median_household_disposable_income',
      'smahus_mean_price',
      'smahus_kt_ratio',
      'dwellings_completed',
      'housing_market_balance',
      'post_secondary_25_64',
      'share_aged_0_19',
      'share_aged_75_plus',
      'share_16_74_primary_education',
      'share_16_74_upper_secondary_education',
      'share_16_74_post_secondary_education',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(catalogue.filter((indicator) => indicator.derived).map((indicator) => indicator.id)).toEqual([
      'live_and_work',
      'commuters_in',
      'commuters_out',
      'net_commuting',
    ]);
    const share = series('share_aged_75_plus', 2021).municipalities['0617'] ?? NaN;
    expect(share).toBeGreaterThan(1);
    expect(share).toBeLessThan(100);
  });

  it('keeps shares within 0-100 %, except published values above 100 that the caveat names', () => {
    const catalogue = build(IndicatorCatalogue, BUILD_FILES.indicators);
    const above100 = new Map<string, string[]>();
    for (const indicator of catalogue.filter((entry) => entry.unit === 'percent')) {
      const values = observations
        .filter((entry) => entry.indicator === indicator.id)
        .flatMap((entry) =>
          Object.entries(entry.municipalities).map(([code, value]) => ({ entry, code, value })),
        );
      // Change rates (population change, migration) are percent too and may be negative; shares never are.
      if (values.some(({ value }) => value < 0)) continue;
      const over = values
        .filter(({ value }) => value > 100)
        .map(({ entry, code }) => `${code} ${entry.year}`);
      if (over.length > 0) above100.set(indicator.id, over);
      if (over.length > 0) expect(indicator.caveat?.en, indicator.id).toContain('above 100 %');
    }
    expect(Object.fromEntries(above100)).toEqual({ academic_programme_share: ['0834 2013', '0834 2014'] });
  });

  it("keeps Kolada's price of 0 SEK/m2 (no recorded sales) missing instead of showing a free flat", () => {
    expect(rawKolada('n07908', '2418', 2000)).toBe(0);
    expect(series('cooperative_flat_price_per_m2', 2000).municipalities['2418']).toBeUndefined();
    const prices = observations.filter((entry) => entry.indicator === 'cooperative_flat_price_per_m2');
    expect(
      prices.flatMap((entry) => Object.values(entry.municipalities)).filter((value) => value === 0),
    ).toEqual([]);
  });

  it('places all 100 firm sites, 74 of them approximately at their municipality', () => {
    const firms = build(FirmSiteCollection, BUILD_FILES.firms);
    expect(firms.features).toHaveLength(100);
    expect(firms.features.filter((feature) => feature.properties.location === 'approximate')).toHaveLength(
      74,
    );
    expect(firms.features.find((feature) => feature.id === 'SE-MET-001')?.properties.nace).toBe('24.10');
  });

  it('records every input with its real sha256 and the outputs it wrote', () => {
    const manifest = build(BuildManifest, BUILD_FILES.manifest);
    expect(manifest.inputs.length).toBeGreaterThan(80);
    for (const input of manifest.inputs.filter((_, index) => index % 10 === 0)) {
      const bytes = readFileSync(path.join(RAW_DIR, input.path));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(input.sha256);
    }
    const observationsOutput = manifest.outputs.find((output) => output.file === BUILD_FILES.observations);
    expect(observationsOutput?.sha256).toBe(
      createHash('sha256').update(buildText(BUILD_FILES.observations)).digest('hex'),
    );
  });
});
