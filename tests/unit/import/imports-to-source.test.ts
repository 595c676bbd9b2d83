import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../scripts/ingest/import/import-commands';
import type { ImportDirectory } from '../../../data/imports/import-directory';
import { importStoreAt } from '../../../scripts/ingest/import/import-store';
import { importsToSource } from '../../../scripts/ingest/import/imports-to-source';
import { importedIndicatorId } from '../../../data/imports/imported-indicator-id';
import { importName } from '../../../data/imports/stored-import';
import { RawFiles } from '../../../scripts/ingest/raw-files';
import { loadGeography } from '../../../scripts/ingest/sources/geography';
import { loadReference } from '../../../scripts/ingest/sources/reference';
import { FIXTURES_DIR, RAW_DIR } from '../../support/paths';

const files = new RawFiles(RAW_DIR);
const reference = loadReference(files);
const municipalities = loadGeography(files, reference).municipalities.features;
const fixture = (name: string) => path.join(FIXTURES_DIR, 'import', name);
const stores: ImportDirectory[] = [];
const newStore = () => {
  const store = importStoreAt(mkdtempSync(path.join(tmpdir(), 'imports-')));
  stores.push(store);
  return store;
};
afterAll(() => stores.forEach((store) => rmSync(store.dir, { recursive: true, force: true })));
const now = new Date('2026-11-27T01:30:00Z');

describe('stored imports', () => {
  it('an import is kept under a name from its file, listed, and can be removed again', () => {
    const store = newStore();
    const outcome = importFile(fixture('indicator-swedish-excel-cp1252.csv'), store, { now });
    expect(outcome.stored?.name).toBe('indicator-swedish-excel-cp1252');
    expect(outcome.stored?.kind).toBe('indicator');
    expect(store.list().map((s) => [s.name, s.indicatorRows.length, s.rejectedRows])).toEqual([
      ['indicator-swedish-excel-cp1252', 4, 0],
    ]);
    expect(store.remove('indicator-swedish-excel-cp1252')).toBe(true);
    expect(store.list()).toEqual([]);
    expect(store.remove('indicator-swedish-excel-cp1252')).toBe(false);
  });

  it('recognises a firm-site file by its company column, and stores nothing when every row is rejected', () => {
    const store = newStore();
    expect(importFile(fixture('firms-swedish-excel-cp1252.csv'), store, { now }).stored?.kind).toBe('firms');
    const refused = importFile(fixture('firms-missing-columns.csv'), store, { now });
    expect(refused.stored).toBeNull();
    expect(store.list().map((s) => s.name)).toEqual(['firms-swedish-excel-cp1252']);
  });

  it('names are ASCII slugs', () => {
    expect(importName('/tmp/Lärlingsplatser 2024 (Gnosjö).csv')).toBe('larlingsplatser-2024-gnosjo');
    expect(importedIndicatorId('Exempel: lärlingsplatser per 1000 sysselsatta')).toBe(
      'import_exempel_larlingsplatser_per_1000_sysselsatta',
    );
  });
});

describe('imports as a source of the build', () => {
  const store = newStore();
  importFile(fixture('indicator-swedish-excel-cp1252.csv'), store, {
    now,
    municipalityCodes: new Set(reference.municipalities.keys()),
  });
  importFile(fixture('firms-swedish-excel-cp1252.csv'), store, { now });
  const data = importsToSource(store.list(), municipalities);

  it('an imported indicator has its own id, the unit, direction and theme of the file, and its source as caveat', () => {
    expect(data.definitions).toHaveLength(1);
    const [definition] = data.definitions;
    expect(definition).toMatchObject({
      id: 'import_exempel_larlingsplatser_per_1000_sysselsatta',
      titleSv: 'Exempel: lärlingsplatser per 1000 sysselsatta',
      unit: 'per_1000_inhabitants',
      direction: 'higher_is_better',
      theme: 'skills',
      decimals: 2,
      sources: [{ source: 'user-import', table: 'Exempel från testfil (Gnosjö näringslivsråd)' }],
    });
    expect(definition?.caveat?.sv).toContain('indicator-swedish-excel-cp1252.csv (2026-11-27)');
    expect(data.observations).toContainEqual({
      indicator: 'import_exempel_larlingsplatser_per_1000_sysselsatta',
      area: '0662',
      year: 2024,
      value: 1204.5,
      source: 'user-import',
    });
  });

  it('sites with coordinates are exact; a site with only a code sits at its municipality, approximate', () => {
    expect(
      data.firmSites.map((s) => [
        s.properties.siteName,
        s.properties.location,
        s.properties.municipalityName,
      ]),
    ).toEqual([
      ['Fabriken i Åsen', 'exact', 'Gnosjö'],
      ['Gjuteriet', 'approximate', 'Gislaved'],
    ]);
    const gislaved = municipalities.find((m) => m.id === '0662')!;
    expect(data.firmSites[1]!.geometry.coordinates).toEqual(gislaved.properties.interiorPoint);
    expect(data.firmSites[0]!.properties.origin).toBe('import:firms-swedish-excel-cp1252');
  });

  it('the manifest learns each import with origin "import", its checksum and when it was imported', () => {
    const bytes = readFileSync(fixture('firms-swedish-excel-cp1252.csv'));
    expect(data.inputs).toContainEqual({
      path: 'import:firms-swedish-excel-cp1252/firms-swedish-excel-cp1252.csv',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      rows: 2,
      origin: 'import',
      fetchedAt: '2026-11-27T01:30:00.000Z',
    });
    expect(data.warnings).toEqual([]);
  });
});
