import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recordedText } from './api-samples';
import type { FakeTable } from './fake-scb-tables';
import { koladaDdf } from './snapshot-values';

export interface FakeApi {
  baseUrl: string;
  requests: string[];
  close(): Promise<void>;
}

/** json-stat2 for exactly the selected values; variables left out are eliminated (the table's total). */
function answer(table: FakeTable, selected: Map<string, string[]>): object {
  const dims = table.metadata.variables.filter((v) => selected.has(v.code));
  const lists = dims.map((d) => selected.get(d.code)!);
  const value: (number | null)[] = [];
  const status: Record<string, string> = {};
  const walk = (depth: number, codes: Record<string, string>) => {
    if (depth === dims.length) {
      const cell = table.cell(codes);
      if (typeof cell === 'number') value.push(cell);
      else {
        status[String(value.length)] = cell;
        value.push(null);
      }
      return;
    }
    for (const code of lists[depth]!) walk(depth + 1, { ...codes, [dims[depth]!.code]: code });
  };
  walk(0, {});
  return {
    version: '2.0',
    class: 'dataset',
    label: table.metadata.title,
    source: 'SCB',
    id: dims.map((d) => d.code),
    size: lists.map((l) => l.length),
    dimension: Object.fromEntries(
      dims.map((d, i) => [
        d.code,
        {
          label: d.label,
          category: {
            index: Object.fromEntries(lists[i]!.map((c, j) => [c, j])),
            label: Object.fromEntries(
              lists[i]!.map((c) => [c, d.values.find((v) => v.code === c)?.label ?? c]),
            ),
            ...(d.code === 'ContentsCode'
              ? {
                  unit: Object.fromEntries(
                    lists[i]!.filter((c) => table.units[c]).map((c) => [c, { base: table.units[c] }]),
                  ),
                }
              : {}),
          },
        },
      ]),
    ),
    value,
    ...(Object.keys(status).length > 0 ? { status } : {}),
    extension: { px: { tableid: table.api === 'v2' ? table.path : 'TAB0000' } },
  };
}

function selectionOf(body: string): Map<string, string[]> {
  const parsed = JSON.parse(body) as {
    selection?: { variableCode: string; valueCodes: string[] }[];
    query?: { code: string; selection: { values: string[] } }[];
  };
  if (parsed.selection) return new Map(parsed.selection.map((s) => [s.variableCode, s.valueCodes]));
  return new Map((parsed.query ?? []).map((q) => [q.code, q.selection.values]));
}

function koladaPage(url: URL, base: string): { status: number; body: object } {
  const match = /^\/kolada\/v3\/data\/kpi\/([^/]+)\/year\/([^/]+)$/.exec(url.pathname);
  if (!match) return { status: 404, body: { message: 'not found' } };
  const kpis = decodeURIComponent(match[1]!).split(',');
  const years = new Set(decodeURIComponent(match[2]!).split(',').map(Number));
  if (kpis.length > 25 || years.size > 25)
    return { status: 400, body: { message: 'at most 25 ids per segment' } };
  const all = kpis.flatMap((kpi) =>
    koladaDdf(kpi)
      .filter((p) => years.has(p.year))
      .map((p) => ({
        kpi,
        municipality: p.geo === '0' ? '0000' : p.geo.length === 2 ? `00${p.geo}` : p.geo,
        period: p.year,
        values: [{ gender: 'T', count: 1, status: '', value: p.value, isdeleted: false }],
      })),
  );
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 5000), 5000);
  const page = Number(url.searchParams.get('page') ?? 1);
  const next = new URL(url.pathname + url.search, base);
  next.searchParams.set('page', String(page + 1));
  const more = page * perPage < all.length;
  return {
    status: 200,
    body: {
      count: all.length,
      values: all.slice((page - 1) * perPage, page * perPage),
      next_url: more ? next.href : null,
    },
  };
}

/**
 * A local stand-in for SCB (v1 and v2) and Kolada v3 on 127.0.0.1: the recorded /config and error page,
 * table metadata of the documented shape, data answered from the snapshot. Enforces the cell limit (403) and
 * Kolada's 25 ids per segment, and answers the first Kolada call with 429 to exercise the back-off.
 */
export async function startFakeApi(tables: FakeTable[], maxCells = 150_000): Promise<FakeApi> {
  const requests: string[] = [];
  let koladaCalls = 0;
  const send = (
    res: ServerResponse,
    status: number,
    body: object | string,
    headers: Record<string, string> = {},
  ) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': typeof body === 'string' ? 'text/html' : 'application/json',
      ...headers,
    });
    res.end(text);
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const base = `http://${req.headers.host}`;
      const url = new URL(req.url ?? '/', base);
      const path = decodeURIComponent(url.pathname);
      requests.push(`${req.method} ${path}`);
      if (path.startsWith('/kolada/')) {
        if (++koladaCalls === 1)
          return send(res, 429, { message: 'Too Many Requests' }, { 'retry-after': '0' });
        const page = koladaPage(url, base);
        return send(res, page.status, page.body);
      }
      if (path === '/scb/v2/config') return send(res, 200, recordedText('scb-v2_config.json'));
      const table = tables.find(
        (t) =>
          path === `/scb/v1/${t.path}` ||
          path === `/scb/v2/tables/${t.path}/metadata` ||
          path === `/scb/v2/tables/${t.path}/data`,
      );
      if (!table) return send(res, 404, recordedText('scb-v1_error404_response.html'));
      if (req.method === 'GET') return send(res, 200, table.raw as object);
      const selected = selectionOf(body);
      const cells = [...selected.values()].reduce((n, v) => n * v.length, 1);
      if (cells > maxCells)
        return send(res, 403, { title: 'Forbidden', status: 403, detail: 'Too many cells' });
      return send(res, 200, answer(table, selected));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
