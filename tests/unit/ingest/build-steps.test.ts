import { describe, expect, it } from 'vitest';
import { INDICATOR_DEFINITIONS } from '../../../data/indicators';
import { aggregateGroup, computeAggregates } from '../../../scripts/ingest/assemble/aggregate';
import { assembleSeries } from '../../../scripts/ingest/assemble/assemble-series';
import { assembleCatalogue } from '../../../scripts/ingest/assemble/catalogue';
import { deriveCommuting } from '../../../scripts/ingest/assemble/derive-commuting';
import { chooseSourcePerYear, groupObservations } from '../../../scripts/ingest/assemble/group-observations';
import { buildId } from '../../../scripts/ingest/assemble/manifest';
import { signedArea, rewindPolygon } from '../../../scripts/ingest/geojson/winding';
import { loadSnapshot } from '../../../scripts/ingest/load-snapshot';
import { RawFiles } from '../../../scripts/ingest/raw-files';
import type { RawObservation } from '../../../scripts/ingest/source-types';
import { FIXTURE_RAW_DIR } from './fixture-snapshot';

describe('aggregates', () => {
  it('sums counts only over complete groups', () => {
    expect(aggregateGroup({ kind: 'sum' }, ['a', 'b'], { a: 2, b: 3 }, undefined)).toBe(5);
    expect(aggregateGroup({ kind: 'sum' }, ['a', 'b'], { a: 2 }, undefined)).toBeNull();
  });

  it('weights a mean by the base indicator and needs a base for every member', () => {
    const rule = { kind: 'weighted_mean', base: 'population_total' } as const;
    expect(aggregateGroup(rule, ['a', 'b'], { a: 10, b: 20 }, { a: 1000, b: 3000 })).toBe(17.5);
    expect(aggregateGroup(rule, ['a', 'b'], { a: 10, b: 20 }, { a: 1000 })).toBeNull();
  });

  it('gives nothing, with the method stated, when the rule says unavailable', () => {
    const result = computeAggregates(
      { kind: 'unavailable', reason: 'x' },
      { a: 1 },
      new Map([['01', ['a']]]),
      ['a'],
      undefined,
    );
    expect(result).toEqual({
      counties: { method: 'unavailable', values: {} },
      national: { method: 'unavailable', value: null },
    });
  });
});

describe('derived commuting', () => {
  it('computes live-and-work, in, out and net from jobs, employed residents and the live-and-work share', () => {
    const result = deriveCommuting({ x: 6000 }, { x: 5000 }, { x: 80 });
    expect(result).toEqual({
      live_and_work: { x: 4000 },
      commuters_in: { x: 2000 },
      commuters_out: { x: 1000 },
      net_commuting: { x: 1000 },
    });
  });

  it('leaves a municipality out when one input is missing, never 0', () => {
    expect(deriveCommuting({ x: 6000, y: 10 }, { x: 5000 }, { x: 80, y: 50 }).commuters_in).toEqual({
      x: 2000,
    });
  });
});

describe('source per year', () => {
  const obs = (source: string, year: number, area = '0617'): RawObservation => ({
    indicator: 'population_total',
    area,
    year,
    value: 1,
    source,
  });

  it('takes the preferred source where it has municipal values, the next one elsewhere', () => {
    const grouped = groupObservations([
      obs('kolada', 2010),
      obs('kolada', 2011),
      obs('scb-population', 2011),
      obs('scb-population', 2012, 'SE'),
    ]);
    const chosen = chooseSourcePerYear(grouped.get('population_total') ?? new Map(), [
      'scb-population',
      'kolada',
    ]);
    expect(chosen.map((entry) => [entry.year, entry.source])).toEqual([
      [2010, 'kolada'],
      [2011, 'scb-population'],
    ]);
  });
});

describe('series and catalogue on the fixture snapshot', () => {
  const snapshot = loadSnapshot(new RawFiles(FIXTURE_RAW_DIR), () => undefined);
  const series = assembleSeries(INDICATOR_DEFINITIONS, groupObservations(snapshot.observations), {
    countyMembers: new Map([
      ['01', ['0114']],
      ['06', ['0617']],
      ['25', ['2505']],
    ]),
    municipalityCodes: ['0114', '0617', '2505'],
  });
  const find = (indicator: string, year: number) =>
    series.find((s) => s.indicator === indicator && s.year === year);

  it('keeps published county and national figures and computes sums where none are published', () => {
    expect(find('population_total', 2009)?.national).toEqual({ method: 'published', value: 6000 });
    expect(find('population_total', 2023)).toMatchObject({
      source: 'scb-population',
      national: { method: 'sum', value: 6000 },
      counties: { method: 'sum', values: { '01': 1000, '06': 2000, '25': 3000 } },
    });
  });

  it('weights a share by population and prefers Boverket over Kolada for the housing balance', () => {
    expect(find('share_aged_75_plus', 2023)?.counties).toEqual({
      method: 'weighted_mean',
      values: { '06': 20, '25': 10 },
    });
    // 0114 has no value, so no national figure; 2021 has no population to weight by, so no county figures either.
    expect(find('share_aged_75_plus', 2023)?.national.value).toBeNull();
    expect(find('share_aged_75_plus', 2021)?.counties.values).toEqual({});
    expect(find('housing_market_balance', 2023)?.source).toBe('boverket-bme');
    expect(find('housing_market_balance', 2019)?.source).toBe('kolada');
  });

  it('lists only the sources a catalogue entry actually used, with Kolada titles and themes', () => {
    const catalogue = assembleCatalogue(INDICATOR_DEFINITIONS, series, { kpis: snapshot.titles }, []);
    const share = catalogue.find((indicator) => indicator.id === 'live_and_work_share');
    expect(share).toMatchObject({
      title: { sv: 'Bor och arbetar i kommunen, andel (%)' },
      theme: 'commuting',
      years: [2022],
    });
    const population = catalogue.find((indicator) => indicator.id === 'population_total');
    expect(population?.sources.map((source) => source.id)).toEqual(['scb-population', 'kolada']);
    expect(population?.countyRule).toEqual({ kind: 'sum' });
  });
});

describe('winding and build id', () => {
  it('reverses a clockwise exterior ring and keeps a counter-clockwise one', () => {
    const clockwise: [number, number][] = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    expect(signedArea(clockwise)).toBeLessThan(0);
    const { rings, changed } = rewindPolygon([clockwise]);
    expect(changed).toBe(true);
    expect(signedArea(rings[0] ?? [])).toBeGreaterThan(0);
    expect(rewindPolygon(rings).changed).toBe(false);
  });

  it('changes the build id when an input or the ingest version changes, not when only a row count does', () => {
    const input = { path: 'a.csv', sha256: 'a'.repeat(64), rows: 1, origin: 'snapshot' as const };
    expect(buildId([input], '1')).toBe(buildId([{ ...input, rows: 2 }], '1'));
    expect(buildId([input], '1')).not.toBe(buildId([{ ...input, sha256: 'b'.repeat(64) }], '1'));
    expect(buildId([input], '1')).not.toBe(buildId([input], '2'));
  });

  it('changes the build id when an indicator definition changes (a caveat or direction is in the catalogue)', () => {
    const input = { path: 'a.csv', sha256: 'a'.repeat(64), rows: 1, origin: 'snapshot' as const };
    const definitions = JSON.stringify([{ id: 'x', direction: 'neutral' }]);
    expect(buildId([input], '1', definitions)).toBe(buildId([input], '1', definitions));
    expect(buildId([input], '1', definitions)).not.toBe(
      buildId([input], '1', JSON.stringify([{ id: 'x', direction: 'higher_is_better' }])),
    );
  });
});
