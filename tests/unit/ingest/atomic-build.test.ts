import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildWriter } from '../../../scripts/ingest/assemble/write-build';
import { IngestError } from '../../../scripts/ingest/errors';
import { runIngest } from '../../../scripts/ingest/run-ingest';
import { RAW_DIR } from '../../support/paths';

const parent = mkdtempSync(path.join(tmpdir(), 'atlas-build-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

function previousBuild(name: string): string {
  const dir = path.join(parent, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'manifest.json'), '{"previous": true}\n');
  writeFileSync(path.join(dir, 'observations.json'), '[1, 2, 3]\n');
  return dir;
}
const snapshotOf = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));

describe('atomic build writing', () => {
  it('swaps a finished build in and leaves no temporary directories', () => {
    const out = previousBuild('swap');
    const writer = new BuildWriter(out);
    writer.writeJson('manifest.json', { next: true });
    expect(snapshotOf(out)).toEqual({
      'manifest.json': '{"previous": true}\n',
      'observations.json': '[1, 2, 3]\n',
    });
    writer.commit();
    expect(snapshotOf(out)).toEqual({ 'manifest.json': '{"next":true}\n' });
    expect(readdirSync(parent).filter((name) => name.startsWith('swap.'))).toEqual([]);
  });

  it('two builds finishing one after the other leave the later one and nothing else', () => {
    const out = path.join(parent, 'twice');
    const first = new BuildWriter(out);
    const second = new BuildWriter(out);
    first.writeJson('manifest.json', { build: 1 });
    second.writeJson('manifest.json', { build: 2 });
    first.commit();
    second.commit();
    expect(snapshotOf(out)).toEqual({ 'manifest.json': '{"build":2}\n' });
    expect(readdirSync(parent).filter((name) => name.startsWith('twice.'))).toEqual([]);
  });

  it('a run that fails while writing leaves the previous build byte-identical', async () => {
    const out = previousBuild('failed');
    const before = snapshotOf(out);
    const bad = {
      name: 'broken loader',
      observations: [
        { indicator: 'population_total', area: '0617', year: 2099, value: Number.NaN, source: 'kolada' },
      ],
      inputs: [],
      warnings: [],
    };
    await expect(
      runIngest({ rawDir: RAW_DIR, outDir: out, quiet: true, extraSources: [bad] }),
    ).rejects.toThrow(IngestError);
    expect(snapshotOf(out)).toEqual(before);
    expect(readdirSync(parent).filter((name) => name.startsWith('failed.'))).toEqual([]);
  });

  it('a run that fails on bad input names the file and keeps the previous build', async () => {
    const out = previousBuild('missing');
    const before = snapshotOf(out);
    const empty = path.join(parent, 'empty-raw');
    mkdirSync(empty);
    await expect(runIngest({ rawDir: empty, outDir: out, quiet: true })).rejects.toThrow(
      'reference/municipalities.csv: missing input file',
    );
    expect(snapshotOf(out)).toEqual(before);
    expect(existsSync(path.join(parent, 'missing'))).toBe(true);
  });
});
