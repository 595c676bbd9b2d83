import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildLoadError, loadBuild } from '../../../api/build/load-build';
import { loadBuildOffThread } from '../../../api/build/load-build-off-thread';
import { TEST_BUILD_DIR } from '../../support/paths';

/** Turns of the event loop (setImmediate rounds) that ran while `work` was pending. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let pending = true;
  const spin = () => {
    if (!pending) return;
    turns++;
    setImmediate(spin);
  };
  setImmediate(spin);
  try {
    return { result: await work(), turns };
  } finally {
    pending = false;
  }
}

describe('loading a new build off the serving thread', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-off-thread-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('gives the same build as loading it on this thread, file for file and byte for byte', async () => {
    const off = await loadBuildOffThread(TEST_BUILD_DIR);
    const on = loadBuild(TEST_BUILD_DIR);
    for (const file of [
      'manifest',
      'municipalities',
      'counties',
      'labourMarketRegions',
      'urbanAreas',
      'indicators',
      'observations',
      'commuting',
      'firms',
      'neighbours',
      'koladaCatalogue',
    ] as const)
      expect(off[file], file).toStrictEqual(on[file]);
    expect(off.observations.length).toBeGreaterThan(500);
    expect(off.koladaCatalogue.entries.length).toBeGreaterThan(1900);
    await Promise.all(Object.values(on.geometry).map((body) => body.settled));
    for (const name of ['municipalities', 'counties', 'neighbours'] as const) {
      expect(Buffer.from(off.geometry[name].identity).equals(Buffer.from(on.geometry[name].identity))).toBe(
        true,
      );
      expect(Buffer.from(off.geometry[name].brotli).equals(Buffer.from(on.geometry[name].brotli))).toBe(true);
      expect(off.geometry[name].etag).toBe(on.geometry[name].etag);
    }
    // The lookups are made on the serving thread from the same files: Gnosjö and a Kolada KPI outside the atlas set.
    expect(off.municipalityByCode.get('0617')?.name).toBe('Gnosjö');
    expect(off.indicatorById.get('kolada_n18905')?.kpi).toBe('N18905');
  }, 60_000);

  it('keeps the event loop turning while the build loads: the parts are taken one per turn', async () => {
    const { result, turns } = await turnsDuring(() => loadBuildOffThread(TEST_BUILD_DIR));
    expect(result.manifest.buildId).toMatch(/^[0-9a-f]{16}$/);
    // One turn at least per part (35 on this build), and many more while the thread reads and validates.
    expect(turns).toBeGreaterThan(35);
  }, 60_000);

  it('rejects a build that breaks the contract with a BuildLoadError naming the file', async () => {
    const dir = path.join(tmp, 'broken');
    cpSync(TEST_BUILD_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, 'indicators.json'), JSON.stringify([{ id: 42 }]));
    const failure = await loadBuildOffThread(dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BuildLoadError);
    expect((failure as Error).message).toMatch(/^indicators\.json does not match the contract at 0\./);
  }, 60_000);

  it('rejects a build directory without its files, naming the missing file', async () => {
    const failure = await loadBuildOffThread(path.join(tmp, 'nothing-here')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BuildLoadError);
    expect((failure as Error).message).toContain(`build file missing: ${path.join(tmp, 'nothing-here')}`);
  }, 60_000);
});
