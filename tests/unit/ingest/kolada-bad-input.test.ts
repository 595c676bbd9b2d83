import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../../scripts/ingest/errors';
import { runIngest } from '../../../scripts/ingest/run-ingest';
import { removeTempSnapshots } from './fixture-snapshot';
import { assemble, BAD, linkedSnapshot, N18905, rawWith, TOTALS } from './kolada-fixture';

const parent = mkdtempSync(path.join(tmpdir(), 'atlas-kolada-bad-'));
afterAll(() => {
  removeTempSnapshots();
  rmSync(parent, { recursive: true, force: true });
});

async function failure(rawDir: string): Promise<IngestError> {
  const error: unknown = await assemble(rawDir).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('bad input in the whole-Kolada dump: warnings with file and line (issue 11 §7)', async () => {
  const result = await assemble(rawWith());
  const kpis = result.catalogue.entries.map((entry) => entry.indicator.kpi);

  it('a header naming another KPI than the file name: the file is not read, with file:1', () => {
    expect(result.warnings).toContain(
      `kolada: ${TOTALS}/ddf--datapoints--n18899--by--geo--year.csv:1: header "geo,year,n18964" does not name this file's KPI (expected "geo,year,n18899"); file not read`,
    );
    expect(kpis).not.toContain('N18899');
  });

  it('a concept without a data file: named with the concepts file and its line', () => {
    const lines = readFileSync(path.join(BAD, 'kolada', 'ddf--concepts.csv'), 'utf8').split(/\r?\n/);
    const line = lines.findIndex((text) => text.startsWith('n18941,')) + 1;
    expect(result.warnings).toContain(
      `kolada: kolada/ddf--concepts.csv:${line}: measure N18941 has no data file`,
    );
    expect(result.catalogue.skipped).toContainEqual({
      kpi: 'N18941',
      reason: `kolada/ddf--concepts.csv:${line}: measure N18941 has no data file`,
    });
  });

  it('a data file without a concept: not read, with file:1', () => {
    expect(result.warnings).toContain(
      `kolada: ${TOTALS}/ddf--datapoints--n18964--by--geo--year.csv:1: no measure N18964 in kolada/ddf--concepts.csv; not read`,
    );
    expect(kpis).not.toContain('N18964');
  });

  it('the good file beside them is read: N18905 Gnosjö 2022 = 28', () => {
    const komvux = result.catalogue.entries.find((entry) => entry.indicator.kpi === 'N18905');
    expect(komvux?.coverageByYear).toEqual([
      { year: 2022, municipalities: 3, publishedCounties: 3, publishedNational: true },
    ]);
  });
});

describe('bad values in the whole-Kolada dump stop the build with file and line (issue 11 §7)', () => {
  it('a non-numeric value (a decimal comma)', async () => {
    const error = await failure(rawWith('non-numeric-value.csv'));
    expect(error.message).toBe(`${N18905}:4: not a number: "28,0" (column 3, the value)`);
    expect(error.location).toEqual({ file: N18905, line: 4 });
  });

  it('a geo code that is neither 0, a county nor a municipality (the live API writes Sweden as 0000)', async () => {
    const error = await failure(rawWith('unknown-geo.csv'));
    expect(error.message).toBe(
      `${N18905}:4:1: geo "0000" (year 2022) is neither 0 (Sweden), a county nor a municipality code`,
    );
  });

  it('a duplicated (kpi, geo, year)', async () => {
    const error = await failure(rawWith('duplicated-row.csv'));
    expect(error.message).toBe(
      `${N18905}:5: duplicated (kpi, geo, year): N18905 0617 2022 appears 2 times (first on line 3)`,
    );
  });
});

const hashes = (dir: string): Record<string, string> => {
  const all: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative))) {
      const file = path.join(relative, name);
      if (statSync(path.join(dir, file)).isDirectory()) walk(file);
      else
        all[file] = createHash('sha256')
          .update(readFileSync(path.join(dir, file)))
          .digest('hex');
    }
  };
  walk('');
  return all;
};

describe('a failed run leaves the last good build byte-identical', () => {
  it('a duplicated row in a Kolada file outside the atlas set fails after the atlas files were written; every file of the previous build keeps its sha256', async () => {
    const outDir = path.join(parent, 'build');
    await runIngest({ rawDir: linkedSnapshot(parent, 'good'), outDir, quiet: true });
    const before = hashes(outDir);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['manifest.json', 'kolada-catalogue.json']));
    expect(Object.keys(before).some((file) => file.endsWith('.parquet'))).toBe(true);
    const bad = linkedSnapshot(parent, 'bad', {
      file: N18905,
      from: path.join(BAD, 'errors', 'duplicated-row.csv'),
    });
    await expect(runIngest({ rawDir: bad, outDir, quiet: true })).rejects.toThrow(
      `${N18905}:5: duplicated (kpi, geo, year)`,
    );
    expect(hashes(outDir)).toEqual(before);
    expect(readdirSync(parent).filter((name) => name.startsWith('build.'))).toEqual([]);
  }, 120_000);
});
