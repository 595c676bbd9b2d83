import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../../scripts/ingest/load-snapshot';
import { RawFiles } from '../../../scripts/ingest/raw-files';
import { formatSummary } from '../../../scripts/ingest/summary';
import { FIXTURE_RAW_DIR } from './fixture-snapshot';

describe('end-of-run summary (sources, rows, coverage, warnings)', () => {
  it('aligns a header, a rule and one line per source (counts right-aligned), with the total warnings and the time', () => {
    const table = formatSummary(
      [
        { source: 'Kolada (72 KPIs)', rows: 270538, coverage: '290 municipalities', warnings: 1 },
        { source: 'metal-industry sites', rows: 100, coverage: '74 approximate positions', warnings: 0 },
      ],
      1,
      5312,
    );
    expect(table.split('\n')).toEqual([
      'source                  rows  coverage                  warnings',
      '--------------------  ------  ------------------------  --------',
      'Kolada (72 KPIs)      270538  290 municipalities               1',
      'metal-industry sites     100  74 approximate positions         0',
      '1 warning(s); finished in 5.3 s',
    ]);
  });

  it('has a row per source of the snapshot, reports progress for each, and counts its warnings', () => {
    const progress: string[] = [];
    const snapshot = loadSnapshot(new RawFiles(FIXTURE_RAW_DIR), (source, rows) =>
      progress.push(`${source}: ${rows}`),
    );
    expect(snapshot.summary.map((row) => row.source)).toEqual([
      'reference (municipalities, LA 2022, classifications)',
      'geo (municipalities, counties, LA regions, urban areas)',
      'SCB housing, population, income, unemployment',
      'SCB age and education shares',
      'Boverket housing market balance',
      'Kolada (3 KPIs)',
      'SCB commuting flows (Norrbotten)',
      'metal-industry sites',
    ]);
    expect(snapshot.summary[0]).toMatchObject({ rows: 3, coverage: '3 municipalities, 3 counties' });
    expect(progress).toContain(`reference (municipalities, LA 2022, classifications): 3`);
    const summed = snapshot.summary.reduce((total, row) => total + row.warnings, 0);
    expect(summed).toBe(snapshot.warnings.length);
  });
});
