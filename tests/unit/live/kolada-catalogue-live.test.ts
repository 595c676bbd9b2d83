import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../api/app';
import { loadBuild } from '../../../api/build/load-build';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import { BuildManifest } from '../../../data/contract';
import type { ValuesResponse } from '../../../data/contract/api';
import { IngestError } from '../../../scripts/ingest/errors';
import { parseKpisOption } from '../../../scripts/ingest/live/kolada-catalogue-refresh';
import { fetchLiveSource } from '../../../scripts/ingest/live/live-source';
import { runIngest, type ExtraSourceLoader } from '../../../scripts/ingest/run-ingest';
import { linkedSnapshot, N18905 } from '../ingest/kolada-fixture';
import { RAW_DIR } from '../../support/paths';
import { fakeClock, removeTempDirs, tempDir } from './fakes';
import { startFakeKoladaV3, type FakeKoladaV3 } from './fake-kolada-v3';

let api: FakeKoladaV3;
let rawDir: string;

/** The CLI's live loader, restricted to the fake Kolada v3 (no SCB tables). */
const live =
  (kpis: string[] | 'all'): ExtraSourceLoader =>
  async (context) => {
    const { result } = await fetchLiveSource({
      rawDir,
      reference: context.reference,
      cacheDir: tempDir('kolada-v3-cache-'),
      offline: false,
      koladaCatalogue: { kpis, stagingDir: tempDir('kolada-v3-staging-') },
      bases: { koladaBase: api.base, scbSources: [], flowSource: null },
      clock: fakeClock(),
      backoffMs: 1,
    });
    return [
      {
        name: 'live (fake Kolada v3)',
        observations: result.observations,
        inputs: result.inputs,
        warnings: result.warnings,
        origins: result.origins,
        ...(result.koladaCatalogue ? { koladaCatalogue: result.koladaCatalogue } : {}),
      },
    ];
  };

async function build(extraSources?: ExtraSourceLoader, outDir = path.join(tempDir('kolada-v3-build-'), 'b')) {
  await runIngest({ rawDir, outDir, quiet: true, ...(extraSources ? { extraSources } : {}) });
  const app = createApp({ build: loadBuild(outDir), workshopStore: new SqliteWorkshopStore(':memory:') });
  const values = async (id: string, query: string) => {
    const res = await app.request(`/api/indicators/${id}/values?${query}`);
    return { status: res.status, body: (await res.json()) as ValuesResponse };
  };
  const manifest = BuildManifest.parse(JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')));
  return { outDir, values, manifest };
}

const hashes = (dir: string): Record<string, string> => {
  const all: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) all[name] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return all;
};

let offline: Awaited<ReturnType<typeof build>>;
let whole: Awaited<ReturnType<typeof build>>;
let wholeRequests: string[];

beforeAll(async () => {
  // The real snapshot's geography and atlas set, and one KPI outside it (N18905), linked, not copied.
  rawDir = linkedSnapshot(tempDir('kolada-v3-raw-'), 'raw', {
    file: N18905,
    from: path.join(RAW_DIR, N18905),
  });
  api = await startFakeKoladaV3(rawDir);
  offline = await build();
  whole = await build(live('all'));
  wholeRequests = api.requests.splice(0);
}, 480_000);
afterAll(async () => {
  await api.close();
  removeTempDirs();
});

describe('--live refreshes the whole Kolada catalogue from v3 (fake server, documented shape)', () => {
  it('lists the KPIs over two pages and follows next_url over three data pages', () => {
    expect(wholeRequests.filter((r) => r.startsWith('/v3/kpi'))).toEqual([
      '/v3/kpi?per_page=5000',
      '/v3/kpi?per_page=5000&page=2',
    ]);
    const data = wholeRequests.filter((r) => r.startsWith('/v3/data/kpi/N07907,N18905/year/'));
    // Years run from 1990 to this year in segments of 25, so 2022 is in a segment that need not end with it.
    const yearsOf = (request: string) => /year\/([^?]+)/.exec(request)![1]!.split(',');
    const withPages = data.filter((r) => yearsOf(r).includes('2022'));
    expect(withPages.map((r) => r.replace(/year\/[^?]+/, 'year/…'))).toEqual([
      '/v3/data/kpi/N07907,N18905/year/…?per_page=5000',
      '/v3/data/kpi/N07907,N18905/year/…?per_page=5000&page=2',
      '/v3/data/kpi/N07907,N18905/year/…?per_page=5000&page=3',
      '/v3/data/kpi/N07907,N18905/year/…?per_page=5000&page=4',
    ]);
    for (const request of data) {
      expect(yearsOf(request).length).toBeLessThanOrEqual(25);
    }
  });

  it('a KPI new to the build (N07907) with totals, women and men; a null value stays missing, a deleted one is dropped', async () => {
    const total = await whole.values('kolada_n07907', 'year=2022');
    expect(total.status).toBe(200);
    const at = (body: ValuesResponse, code: string) => body.values.find((v) => v.code === code)?.value;
    expect(at(total.body, '0617')).toBe(11.4);
    expect(at(total.body, '2505')).toBe(8);
    expect(total.body.missing).toContain('0114');
    expect(total.body.values).toHaveLength(2);
    expect(total.body.national).toMatchObject({ value: 15.1, method: 'published' });
    const women = await whole.values('kolada_n07907', 'year=2022&sex=women');
    const men = await whole.values('kolada_n07907', 'year=2022&sex=men');
    expect([at(women.body, '0617'), at(men.body, '0617')]).toEqual([10.5, 12.25]);
    expect(total.body.indicator).toMatchObject({ id: 'kolada_n07907', unit: 'percent' });
    expect((await whole.values('kolada_n07907', 'year=2021')).status).not.toBe(200);
  });

  it('a KPI also in the dump (N18905) answers /values exactly as the offline build does', async () => {
    const a = await offline.values('kolada_n18905', 'year=2022');
    const b = await whole.values('kolada_n18905', 'year=2022');
    expect(a.status).toBe(200);
    expect(b.body).toEqual(a.body);
    expect(b.body.values.find((v) => v.code === '0617')?.value).toBe(28);
  });

  it('the manifest says which part came live, with the fetch time, and lists every response', () => {
    expect(whole.manifest.sources).toEqual(
      expect.arrayContaining([
        // The fake clock starts at 01:00 and moves only while the rate limiter waits.
        expect.objectContaining({
          source: 'kolada (whole catalogue)',
          origin: 'live',
          fetchedAt: expect.stringMatching(/^2026-11-27T01:00:0\d\.000Z$/),
          detail: '2 KPIs from Kolada v3',
        }),
        expect.objectContaining({ source: 'kolada (whole catalogue)', origin: 'snapshot' }),
      ]),
    );
    expect(offline.manifest.sources).toBeUndefined();
    const liveInputs = whole.manifest.inputs.filter((input) => input.origin === 'live');
    expect(liveInputs.length).toBe(wholeRequests.length);
    expect(liveInputs.every((input) => /^2026-11-27T01:00:0\d/.test(input.fetchedAt ?? ''))).toBe(true);
    // The catalogue's fetch time is its last response's.
    const latest = liveInputs
      .map((input) => input.fetchedAt ?? '')
      .sort()
      .at(-1);
    expect(whole.manifest.sources).toContainEqual(
      expect.objectContaining({ source: 'kolada (whole catalogue)', origin: 'live', fetchedAt: latest }),
    );
  });

  it('the Parquet file has the offline layout: same columns and types', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const columns = async (dir: string, file: string) => {
      const db = await (await DuckDBInstance.create(':memory:')).connect();
      const rows = await db.runAndReadAll(
        `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '${path.join(dir, file)}')`,
      );
      db.closeSync();
      return rows.getRowObjectsJS();
    };
    const parquet = (m: BuildManifest) => m.outputs.find((o) => o.file.endsWith('.parquet'))!.file;
    const offlineColumns = await columns(offline.outDir, parquet(offline.manifest));
    expect(offlineColumns.map((c) => c.column_name)).toEqual([
      'kpi',
      'sex',
      'year',
      'geo',
      'value',
      'origin',
    ]);
    const liveColumns = await columns(whole.outDir, parquet(whole.manifest));
    expect(liveColumns.map((c) => c.column_name)).toEqual(offlineColumns.map((c) => c.column_name));
    expect(liveColumns.map((c) => String(c.column_type).replace(/ENUM\(.*\)/, 'ENUM'))).toEqual(
      offlineColumns.map((c) => String(c.column_type).replace(/ENUM\(.*\)/, 'ENUM')),
    );
  });
});

describe('--kpis limits the refresh; the rest comes from the dump', () => {
  it('only the named KPI is fetched; N18905 keeps the dump figures', async () => {
    const limited = await build(live(['N07907']));
    const requests = api.requests.splice(0);
    expect(requests[0]).toBe('/v3/kpi/N07907?per_page=5000');
    expect(requests.some((r) => r.includes('N18905'))).toBe(false);
    expect((await limited.values('kolada_n07907', 'year=2022')).body.values.length).toBe(2);
    expect((await limited.values('kolada_n18905', 'year=2022')).body).toEqual(
      (await offline.values('kolada_n18905', 'year=2022')).body,
    );
    expect(limited.manifest.sources).toContainEqual(
      expect.objectContaining({ origin: 'live', detail: '1 KPIs from Kolada v3 (--kpis)' }),
    );
  }, 240_000);

  it('bad ids name the parameter and the ids, before and after asking Kolada', async () => {
    expect(() => parseKpisOption('N07907, foo,n1')).toThrow(
      '--kpis: not Kolada KPI ids: "FOO", "N1" (a KPI id is N or U and five digits, e.g. N18905)',
    );
    expect(parseKpisOption(' n07907,N07907,U30446')).toEqual(['N07907', 'U30446']);
    const outDir = path.join(tempDir('kolada-v3-unknown-'), 'b');
    const failure = build(live(['N07907', 'N99999']), outDir);
    await expect(failure).rejects.toBeInstanceOf(IngestError);
    await expect(failure).rejects.toThrow(
      `--kpis: unknown Kolada KPI ids: N99999 (${api.base}/kpi does not list them)`,
    );
    api.requests.splice(0);
  }, 240_000);
});

describe('HTTP failures', () => {
  it('a 500 is retried with back-off and the refresh then completes', async () => {
    api.failData(1);
    const retried = await build(live(['N07907']));
    const requests = api.requests.splice(0).filter((r) => r.startsWith('/v3/data/'));
    expect(requests[0]).toBe(requests[1]);
    expect((await retried.values('kolada_n07907', 'year=2022')).body.values.length).toBe(2);
  }, 240_000);

  it('a permanent failure names the URL, writes no build and leaves every file of the previous one unchanged', async () => {
    const before = hashes(whole.outDir);
    api.failData('always');
    await expect(build(live('all'), whole.outDir)).rejects.toThrow(
      /^live Kolada catalogue failed: http:\/\/127\.0\.0\.1:\d+\/v3\/data\/kpi\/N07907,N18905\/year\/[\d,]+\?per_page=5000 answered 500: Internal Server Error: fake failure; no build was written$/,
    );
    api.failData(0);
    expect(hashes(whole.outDir)).toEqual(before);
  }, 240_000);
});
