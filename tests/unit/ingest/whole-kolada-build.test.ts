import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { BuildManifest, KOLADA_PARQUET, KoladaCatalogueFile, koladaParquetOf } from '../../../data/contract';
import {
  koladaIndicatorId,
  parseKoladaCategories,
  parseKoladaUnit,
  splitOperatingAreas,
} from '../../../data/indicators/kolada-catalogue-rules';
import { RAW_DIR, TEST_BUILD_DIR } from '../../support/paths';

const read = (file: string) => readFileSync(path.join(TEST_BUILD_DIR, file));
const manifest = BuildManifest.parse(JSON.parse(read('manifest.json').toString('utf8')));
const catalogue = KoladaCatalogueFile.parse(JSON.parse(read('kolada-catalogue.json').toString('utf8')));

describe('catalogue rules', () => {
  it('splits operating areas on a comma without a space only', () => {
    expect(splitOperatingAreas('Kommunen, övergripande,Resultaträkning, kommunen')).toEqual([
      'Kommunen, övergripande',
      'Resultaträkning, kommunen',
    ]);
  });

  it('reads the unit from the end of the title, whatever the spelling', () => {
    for (const title of ['X, andel (%)', 'X, andel  (%)', 'X, andel(%)', 'X, andel (%) (-2022)'])
      expect(parseKoladaUnit(title, false).unit).toBe('percent');
    expect(parseKoladaUnit('Invånare, antal', false).unit).toBe('count');
    expect(parseKoladaUnit('Kostnad, kr/inv', false).unit).toBe('sek_per_inhabitant');
    expect(parseKoladaUnit('Brott, antal/100 000 inv', false).unit).toBe('per_100000_inhabitants');
    expect(parseKoladaUnit('Nystartade arbetsställen, antal/1000 inv 16-64 år', false)).toMatchObject({
      unit: 'as_written',
      text: 'antal/1000 inv 16-64 år',
    });
    expect(parseKoladaCategories('Har kommunen en plan, (Ja=1, Nej=0)', '')).toEqual([
      { value: 0, label: { sv: 'Nej', en: 'Nej' } },
      { value: 1, label: { sv: 'Ja', en: 'Ja' } },
    ]);
  });

  it('derives the id from the KPI id alone', () => {
    expect(koladaIndicatorId('N18905')).toBe('kolada_n18905');
  });
});

describe('the whole-Kolada build', () => {
  it('has every KPI with municipal data, and says what it skipped and why', () => {
    // 1,996 KPIs with data files, 28 of them region-only (no municipal rows).
    expect(catalogue.entries.length).toBe(1968);
    expect(catalogue.entries.filter((entry) => entry.aliasOf).length).toBe(72);
    const reasons = catalogue.skipped.map((entry) => entry.reason);
    expect(reasons.filter((reason) => reason.includes('has no data file')).length).toBe(43);
    expect(reasons.filter((reason) => reason.includes('region-only')).length).toBe(28);
    // The files decide the split by sex (Kolada's flag is unreliable): every by-sex file of a catalogued KPI.
    const sexFiles = readdirSync(path.join(RAW_DIR, 'kolada', 'datapoints--by--geo--gender--year')).map(
      (name) => name.split('--')[2]!.toUpperCase(),
    );
    const catalogued = new Set(catalogue.entries.map((entry) => entry.indicator.kpi));
    expect(sexFiles.length).toBe(938);
    expect(
      catalogue.entries.filter((entry) => entry.indicator.bySex).map((entry) => entry.indicator.kpi),
    ).toEqual(sexFiles.filter((kpi) => catalogued.has(kpi)).sort());
    const komvux = catalogue.entries.find((entry) => entry.indicator.kpi === 'N18905');
    expect(komvux?.indicator).toMatchObject({ id: 'kolada_n18905', unit: 'count', direction: 'neutral' });
    expect(komvux?.descriptionSv).toContain('Källa');
  });

  it('lists each Parquet file in the manifest with its sha256 and row count', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    const parquetFile = koladaParquetOf(manifest.outputs);
    // The file's name carries the build id, so the server of a build being replaced never reads the next one.
    expect(parquetFile).toBe(KOLADA_PARQUET.byIndicator(manifest.buildId));
    for (const file of [parquetFile!]) {
      const output = manifest.outputs.find((entry) => entry.file === file);
      expect(output?.sha256).toBe(createHash('sha256').update(read(file)).digest('hex'));
      const counted = await db.runAndReadAll(
        `SELECT count(*) AS n FROM read_parquet('${path.join(TEST_BUILD_DIR, file)}')`,
      );
      expect(Number(counted.getRowObjectsJS()[0]?.n)).toBe(output?.rows);
    }
    // Every published value of the snapshot: 4,542,773 totals plus the split by sex.
    const totals = await db.runAndReadAll(
      `SELECT count(*) AS n FROM read_parquet('${path.join(TEST_BUILD_DIR, parquetFile!)}')
       WHERE sex = 'total' AND origin = 'published'`,
    );
    // N07908/N07909 prices of 0 (no recorded sale) are left missing.
    expect(Number(totals.getRowObjectsJS()[0]?.n)).toBeLessThanOrEqual(4542773);
    expect(Number(totals.getRowObjectsJS()[0]?.n)).toBeGreaterThan(4_500_000);
    db.closeSync();
    instance.closeSync();
  });
});
