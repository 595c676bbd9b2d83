/**
 * The shared builds root's bookkeeping (issue 16 §2): the pointer is written atomically and a bad one is an error
 * naming the file; pruning keeps the builds the pointer lists and the ones live instances serve, and removes older
 * ones and dead writers' staging; the writability probe leaves nothing behind and names why a root cannot be written.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  pruneBuilds,
  removeUnlisted,
  STAGING_PREFIX,
  unwritableReason,
} from '../../../api/build/shared/build-dirs';
import { type BuildPointer, readPointer, writePointer } from '../../../api/build/shared/build-pointer';

let root = '';
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'atlas-builds-root-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const pointer = (id: string, previous: string[]): BuildPointer => ({
  buildId: id,
  dir: id,
  writtenAt: '2026-12-01T14:00:00.000Z',
  writer: 'atlas-builder test pid 1',
  previous,
});

describe('the build pointer', () => {
  it('reads back what was written, with no temporary file left, and null when there is none', () => {
    expect(readPointer(root)).toBeNull();
    writePointer(root, pointer('aaaaaaaaaaaaaaaa', []));
    writePointer(root, pointer('bbbbbbbbbbbbbbbb', ['aaaaaaaaaaaaaaaa']));
    expect(readPointer(root)).toEqual(pointer('bbbbbbbbbbbbbbbb', ['aaaaaaaaaaaaaaaa']));
    expect(readdirSync(root)).toEqual(['current.json']);
  });

  it('names the file and the field of a pointer that does not name a build', () => {
    writeFileSync(
      path.join(root, 'current.json'),
      JSON.stringify({ ...pointer('cccccccccccccccc', []), dir: '../etc' }),
    );
    expect(() => readPointer(root)).toThrow(
      `${path.join(root, 'current.json')} does not name a build at dir`,
    );
    writeFileSync(path.join(root, 'current.json'), '{');
    expect(() => readPointer(root)).toThrow('current.json is not JSON');
  });
});

describe('pruning the builds root', () => {
  it('keeps the current and listed builds, removes older builds and staging, leaves other files alone', () => {
    for (const name of ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc', 'dddddddddddddddd'])
      mkdirSync(path.join(root, name));
    mkdirSync(path.join(root, `${STAGING_PREFIX}123-456`));
    mkdirSync(path.join(root, 'lost+found'));
    const current = pointer('dddddddddddddddd', ['cccccccccccccccc', 'bbbbbbbbbbbbbbbb']);
    expect(pruneBuilds(root, current, new Set()).sort()).toEqual([
      `${STAGING_PREFIX}123-456`,
      'aaaaaaaaaaaaaaaa',
    ]);
    expect(readdirSync(root).sort()).toEqual([
      'bbbbbbbbbbbbbbbb',
      'cccccccccccccccc',
      'dddddddddddddddd',
      'lost+found',
    ]);
  });

  it('keeps a build a live instance still serves, though the pointer no longer lists it', () => {
    for (const name of ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'])
      mkdirSync(path.join(root, name));
    const current = pointer('cccccccccccccccc', ['bbbbbbbbbbbbbbbb']);
    expect(pruneBuilds(root, current, new Set(['aaaaaaaaaaaaaaaa', 'cccccccccccccccc']))).toEqual([]);
    expect(pruneBuilds(root, current, new Set(['bbbbbbbbbbbbbbbb']))).toEqual(['aaaaaaaaaaaaaaaa']);
  });

  it("removes the files a build's manifest does not list (the previous build's Parquet file)", () => {
    const dir = path.join(root, 'eeeeeeeeeeeeeeee');
    mkdirSync(path.join(dir, 'kolada'), { recursive: true });
    const manifest = {
      outputs: [{ file: 'indicators.json' }, { file: 'kolada/values-by-indicator-new.parquet' }],
    };
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    for (const file of [
      'indicators.json',
      'kolada/values-by-indicator-new.parquet',
      'kolada/values-by-indicator-old.parquet',
    ])
      writeFileSync(path.join(dir, file), 'x');
    removeUnlisted(dir);
    expect(existsSync(path.join(dir, 'kolada/values-by-indicator-old.parquet'))).toBe(false);
    expect(readdirSync(path.join(dir, 'kolada'))).toEqual(['values-by-indicator-new.parquet']);
    expect(existsSync(path.join(dir, 'indicators.json'))).toBe(true);
  });
});

describe('whether this process can write the builds root', () => {
  it('makes a missing root and leaves no probe in it', () => {
    const missing = path.join(root, 'shared', 'builds');
    expect(unwritableReason(missing)).toBeNull();
    expect(readdirSync(missing)).toEqual([]);
  });

  it('names the root and the error when it cannot be written (a file where the directory should be)', () => {
    writeFileSync(path.join(root, 'not-a-directory'), '');
    const builds = path.join(root, 'not-a-directory', 'builds');
    expect(unwritableReason(builds)).toBe(`${builds} cannot be written (ENOTDIR)`);
  });
});
