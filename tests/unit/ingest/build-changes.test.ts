import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildManifest, KoladaCatalogueFile, ObservationSeries } from '../../../data/contract';
import { compareWithPrevious, describeChanges } from '../../../scripts/ingest/assemble/build-changes';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-changes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const series = (
  indicator: string,
  year: number,
  municipalities: Record<string, number>,
): ObservationSeries => ({
  indicator,
  year,
  source: 'kolada',
  municipalities,
  counties: { method: 'unavailable', values: {} },
  national: { method: 'unavailable', value: null },
});
const noKolada: KoladaCatalogueFile = { idRule: 'rule', entries: [], skipped: [] };

describe('what changed against the previous build', () => {
  it('counts indicators added and gone, years added and values revised, with examples', async () => {
    const manifest: BuildManifest = {
      buildId: 'aaaaaaaaaaaaaaaa',
      ingestVersion: '1.4.0',
      builtAt: '2026-12-01T00:00:00.000Z',
      vintage: {},
      inputs: [],
      outputs: [],
      warnings: [],
    };
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(path.join(dir, 'indicators.json'), JSON.stringify([{ id: 'kept' }, { id: 'dropped' }]));
    writeFileSync(
      path.join(dir, 'observations.json'),
      JSON.stringify([
        series('kept', 2021, { '0617': 1, '0114': 2 }),
        series('dropped', 2021, { '0617': 5 }),
      ]),
    );
    const changes = await compareWithPrevious(dir, {
      indicatorIds: ['kept', 'added'],
      series: [
        series('kept', 2021, { '0617': 1.5, '0114': 2 }),
        series('kept', 2022, { '0617': 3 }),
        series('added', 2022, { '0617': 4 }),
      ],
      kolada: noKolada,
      parquet: null,
    });
    expect(changes).toEqual({
      previousBuildId: 'aaaaaaaaaaaaaaaa',
      indicatorsAdded: { count: 1, examples: ['added'] },
      indicatorsGone: { count: 1, examples: ['dropped'] },
      // A year of a new indicator is not "a year added": the indicator itself is new.
      yearsAdded: { count: 1, examples: [{ indicator: 'kept', year: 2022 }] },
      valuesRevised: {
        count: 1,
        examples: [{ indicator: 'kept', year: 2021, area: '0617', before: 1, after: 1.5 }],
      },
    });
    expect(describeChanges(changes)).toBe(
      'against aaaaaaaaaaaaaaaa: 1 indicators added, 1 gone, 1 indicator-years added, 1 values revised',
    );
  });

  it('says so when there is no previous build', async () => {
    const empty = mkdtempSync(path.join(dir, 'none-'));
    const changes = await compareWithPrevious(empty, {
      indicatorIds: [],
      series: [],
      kolada: noKolada,
      parquet: null,
    });
    expect(changes).toBeNull();
    expect(describeChanges(changes)).toBe('no previous build to compare with');
  });
});
