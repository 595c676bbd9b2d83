import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/paths';
import { FIXTURE_RAW_DIR } from './fixture-snapshot';

const work = mkdtempSync(path.join(tmpdir(), 'atlas-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest/cli.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

describe('npm run ingest (scripts/ingest/cli.ts)', () => {
  it('exits 1 with file:line:column on bad input, keeps the previous build, and takes ATLAS_RAW_DIR / --out', () => {
    const out = path.join(work, 'build');
    mkdirSync(out);
    writeFileSync(path.join(out, 'manifest.json'), 'previous\n');
    // The fixture snapshot has 3 municipalities: the contract (290) rejects it only after every parser ran.
    const result = cli(['--out', out], { ATLAS_RAW_DIR: FIXTURE_RAW_DIR });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ingest: reference (municipalities, LA 2022, classifications): 3 rows');
    expect(result.stderr).toContain('build/municipalities.geojson: output fails the contract');
    expect(result.stderr).toContain(`The previous build in ${out} is unchanged.`);
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe('previous\n');
  });

  it('names a missing input file', () => {
    const empty = path.join(work, 'empty');
    mkdirSync(empty);
    const result = cli(['--from', empty, '--out', path.join(work, 'never'), '--quiet']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ingest failed: reference/municipalities.csv: missing input file');
    expect(() => execFileSync('ls', [path.join(work, 'never')], { stdio: 'pipe' })).toThrow();
  });
});
