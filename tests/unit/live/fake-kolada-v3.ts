import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURES_DIR } from '../../support/paths';

const FIXTURES = path.join(FIXTURES_DIR, 'kolada-v3');
type Page = { values: { kpi?: string; id?: string; period?: number }[]; count?: number };
const page = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as Page;

export interface FakeKoladaV3 {
  base: string;
  requests: string[];
  /** Answer 500 to the next n data requests (then normally), or to every one (`always`). */
  failData: (n: number | 'always') => void;
  close(): Promise<void>;
}

/**
 * A local Kolada v3 (documented shape, tests/fixtures/kolada-v3/README.md): `/v3/kpi` in two pages, `/v3/kpi/<ids>`,
 * and `/v3/data/kpi/<ids>/year/<years>`: N07907 in the fixtures' three pages, N18905 from the snapshot's DDF file
 * in `rawDir` (so live figures equal offline ones). Paging is by `next_url`, filled in with the server's address.
 */
export async function startFakeKoladaV3(rawDir: string): Promise<FakeKoladaV3> {
  const requests: string[] = [];
  let failures: number | 'always' = 0;
  const list = [page('kpi-list-page-1.json'), page('kpi-list-page-2.json')];
  const n18905 = readFileSync(
    path.join(rawDir, 'kolada/datapoints--by--geo--year/ddf--datapoints--n18905--by--geo--year.csv'),
    'utf8',
  )
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => {
      const [geo = '', year = '', value = ''] = line.split(',');
      const municipality = geo === '0' ? '0000' : geo.length === 2 ? `00${geo}` : geo;
      return {
        kpi: 'N18905',
        municipality,
        period: Number(year),
        values: [{ gender: 'T', count: 1, status: '', value: Number(value), isdeleted: false }],
      };
    });
  const dataPages = (kpis: string[], years: Set<number>): Page[] => {
    const pages: Page[] = [];
    if (kpis.includes('N07907'))
      pages.push(...['n07907-page-1.json', 'n07907-page-2.json', 'n07907-page-3.json'].map(page));
    if (kpis.includes('N18905')) pages.push({ values: n18905 });
    const kept = pages
      .map((p) => ({ ...p, values: p.values.filter((v) => years.has(v.period ?? 0)) }))
      .filter((p) => p.values.length > 0);
    return kept.length > 0 ? kept : [{ values: [] }];
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    requests.push(`${url.pathname}${url.search}`);
    const send = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const number = Number(url.searchParams.get('page') ?? 1);
    const answer = (pages: Page[]) => {
      const current = pages[number - 1];
      if (!current) return send(404, { message: 'no such page' });
      const next = new URL(url.href);
      next.searchParams.set('page', String(number + 1));
      const count = pages.reduce((n, p) => n + p.values.length, 0);
      send(200, { ...current, count, next_url: number < pages.length ? next.href : null });
    };
    const data = /^\/v3\/data\/kpi\/([^/]+)\/year\/([^/]+)$/.exec(url.pathname);
    if (data) {
      if (failures === 'always' || failures > 0) {
        if (failures !== 'always') failures -= 1;
        return send(500, { title: 'Internal Server Error', detail: 'fake failure' });
      }
      const kpis = decodeURIComponent(data[1]!).split(',');
      const years = decodeURIComponent(data[2]!).split(',').map(Number);
      if (kpis.length > 25 || years.length > 25) return send(400, { message: 'at most 25 ids per segment' });
      return answer(dataPages(kpis, new Set(years)));
    }
    if (url.pathname === '/v3/kpi') return answer(list);
    const named = /^\/v3\/kpi\/([^/]+)$/.exec(url.pathname);
    if (named) {
      const ids = decodeURIComponent(named[1]!).split(',');
      return answer([{ values: list.flatMap((p) => p.values).filter((kpi) => ids.includes(kpi.id ?? '')) }]);
    }
    send(404, { message: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/v3`,
    requests,
    failData: (n) => {
      failures = n;
    },
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
