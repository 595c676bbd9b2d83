import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParquetReader } from '../../../api/kolada/parquet-reader';
import { BUILD_FILES, KOLADA_PARQUET, koladaParquetOf } from '../../../data/contract';
import { buildId } from '../../../scripts/ingest/assemble/manifest';
import { BuildWriter } from '../../../scripts/ingest/assemble/write-build';
import { assembleKoladaAll } from '../../../scripts/ingest/kolada-all/assemble-kolada-all';
import { INGEST_VERSION } from '../../../scripts/ingest/run-ingest';
import { fixtureFiles, fixtureSnapshot, removeTempSnapshots } from './fixture-snapshot';

const POPULATION = 'kolada/datapoints--by--geo--year/ddf--datapoints--n01951--by--geo--year.csv';
const populationFile = (gnosjo2009: number) =>
  'geo,year,n01951\r\n0,2009,6000.0\r\n06,2009,2000.0\r\n25,2009,3000.0\r\n01,2009,1000.0\r\n' +
  `0114,2009,1000.0\r\n0617,2009,${gnosjo2009}.0\r\n2505,2009,3000.0\r\n`;

const out = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-parquet-id-')), 'build');
afterAll(() => {
  removeTempSnapshots();
  rmSync(path.dirname(out), { recursive: true, force: true });
});

/**
 * The Kolada part of a build as run-ingest does it (name from the build id, Parquet in the temporary directory,
 * a manifest listing it, then the swap), on the fixture snapshot (a whole build needs all 290 municipalities).
 */
const build = async (gnosjo2009: number) => {
  const { files, reference } = fixtureFiles(fixtureSnapshot({ [POPULATION]: populationFile(gnosjo2009) }));
  const writer = new BuildWriter(out);
  let id = '';
  const kolada = await assembleKoladaAll(files, reference, {
    tempDir: writer.tempDir,
    previousDir: writer.outDir,
    ingestVersion: INGEST_VERSION,
    parquetFileFor: (inputs) => {
      id = buildId([...files.list(), ...inputs], INGEST_VERSION);
      return KOLADA_PARQUET.byIndicator(id);
    },
  });
  writer.writeJson(BUILD_FILES.koladaCatalogue, kolada.catalogue);
  for (const parquet of kolada.parquet) writer.adopt(parquet.file, parquet.rows);
  writer.writeJson(BUILD_FILES.manifest, { buildId: id, outputs: writer.files() });
  writer.commit();
  return { id, reader: new ParquetReader(out, koladaParquetOf(writer.files())) };
};
const gnosjo = async (reader: ParquetReader) =>
  (await reader.rows(['N01951'], ['total'])).find((row) => row.geo === '0617' && row.year === 2009)?.value;

describe('the Parquet file is bound to its build id', () => {
  it('a server still on the replaced build reads its own figures, never the next build at the same path', async () => {
    const first = await build(2000);
    expect(await gnosjo(first.reader)).toBe(2000);

    const second = await build(2222);
    expect(second.id).not.toBe(first.id);
    // The replaced build's reader keeps answering with the replaced build's value.
    expect(await gnosjo(first.reader)).toBe(2000);
    expect(await gnosjo(second.reader)).toBe(2222);

    // One build later the first build's file is gone; the second's is kept beside the third's.
    const third = await build(2333);
    expect(existsSync(path.join(out, KOLADA_PARQUET.byIndicator(first.id)))).toBe(false);
    expect(existsSync(path.join(out, KOLADA_PARQUET.byIndicator(second.id)))).toBe(true);
    expect(await gnosjo(second.reader)).toBe(2222);
    expect(await gnosjo(third.reader)).toBe(2333);
    for (const { reader } of [first, second, third]) reader.close();
  });

  it('a closed reader (a build retired after a swap) opens again on its next query and answers the same', async () => {
    const { reader } = await build(2444);
    expect(await gnosjo(reader)).toBe(2444);
    reader.close();
    expect(await gnosjo(reader)).toBe(2444);
    reader.close();
  });
});
