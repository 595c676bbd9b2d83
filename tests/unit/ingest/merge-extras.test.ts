import { describe, expect, it } from 'vitest';
import { INDICATOR_DEFINITIONS } from '../../../data/indicators';
import { loadSnapshot } from '../../../scripts/ingest/load-snapshot';
import { mergeExtras, type ExtraSource } from '../../../scripts/ingest/merge-extras';
import { RawFiles } from '../../../scripts/ingest/raw-files';
import { FIXTURE_RAW_DIR } from './fixture-snapshot';

const snapshot = loadSnapshot(new RawFiles(FIXTURE_RAW_DIR), () => undefined);
const extra = (patch: Partial<ExtraSource>): ExtraSource => ({
  name: 'live test',
  observations: [],
  inputs: [],
  warnings: [],
  ...patch,
});

describe('extra sources (live fetch, user imports) join the snapshot', () => {
  it('adds values after the snapshot so a newer value for the same cell and source wins', () => {
    const merged = mergeExtras(snapshot, INDICATOR_DEFINITIONS, [
      extra({
        observations: [
          { indicator: 'population_total', area: '0617', year: 2023, value: 2001, source: 'scb-population' },
          { indicator: 'no_such_indicator', area: '0617', year: 2023, value: 1, source: 'kolada' },
        ],
      }),
    ]);
    const cells = merged.observations.filter(
      (o) =>
        o.indicator === 'population_total' &&
        o.area === '0617' &&
        o.year === 2023 &&
        o.source === 'scb-population',
    );
    expect(cells.map((o) => o.value)).toEqual([2000, 2001]);
    expect(merged.warnings).toContain('live test: 1 values of unknown indicators skipped');
  });

  it('accepts new indicators, sites and a replacement commuting file, but never reuses an atlas id', () => {
    const site = { ...snapshot.firms.features[0]!, id: 'import-1' };
    const merged = mergeExtras(snapshot, INDICATOR_DEFINITIONS, [
      extra({
        definitions: [{ ...INDICATOR_DEFINITIONS[0]!, id: 'import_own_count' }],
        firmSites: [site, { ...site }],
        commuting: { ...snapshot.commuting, flows: [] },
      }),
    ]);
    expect(merged.definitions.at(-1)?.id).toBe('import_own_count');
    expect(merged.firms.features.map((f) => f.id)).toEqual(['FX-1', 'FX-2', 'FX-3', 'import-1']);
    expect(merged.commuting.flows).toEqual([]);
    expect(() =>
      mergeExtras(snapshot, INDICATOR_DEFINITIONS, [extra({ definitions: [INDICATOR_DEFINITIONS[0]!] })]),
    ).toThrow('live test: indicator id population_total is already defined');
  });
});
