import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../scripts/ingest/load-snapshot';
import { RawFiles } from '../../scripts/ingest/raw-files';
import { fixtureSnapshot, removeTempSnapshots } from '../unit/ingest/fixture-snapshot';

afterAll(removeTempSnapshots);

const AGE = 'stats/age-education-2001-2021.csv';
const MUNICIPALITIES = 'geo/municipalities.geojson';
const load = (dir: string) => () => loadSnapshot(new RawFiles(dir), () => undefined);

describe('defect 8: the ingest names what it found in place of an input file', () => {
  it('a directory where a file should be is named a directory, not "missing input file"', () => {
    const dir = fixtureSnapshot({ [AGE]: null });
    mkdirSync(path.join(dir, AGE));
    expect(load(dir)).toThrow(`${AGE}: is a directory, not a file`);
    rmSync(path.join(dir, AGE), { recursive: true });
  });

  it('binary garbage is named binary data, not a CSV quote error', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(load(fixtureSnapshot({ [AGE]: garbage }))).toThrow(`${AGE}: binary data, not text`);
  });

  it('a workbook saved in place of the CSV is named a ZIP archive (xlsx)', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    expect(load(fixtureSnapshot({ [AGE]: zip }))).toThrow(/binary data, not text: a ZIP archive .*xlsx/);
  });

  it('binary GeoJSON is named binary too, not a JSON syntax error', () => {
    const garbage = new Uint8Array(2048).map((_, i) => (i * 31) % 256);
    expect(load(fixtureSnapshot({ [MUNICIPALITIES]: garbage }))).toThrow(
      `${MUNICIPALITIES}: binary data, not text`,
    );
  });
});
