import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import type { CreateWorkshopResponse } from '../../data/contract';
import { FIXTURES_DIR, REPO_ROOT, TEST_BUILD_DIR } from '../support/paths';
import { importsApp } from '../unit/imports-api/imports-app';
import { GNOSJO_WORKSHOP } from '../unit/workshop/support';
import { hostileCorpus, type HostileRequest, type Operation } from './support/hostile-corpus';
import { rawRequest, type RawResponse } from './support/raw-http';

/** What a response must never show: a stack frame, or where the server's files are. */
const LEAKS = [
  /\bat .+:\d+:\d+/,
  new RegExp(REPO_ROOT.replaceAll('/', '\\/')),
  /node_modules/,
  new RegExp(os.tmpdir()),
];

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown }>
  >;
}

// Real ids, so that in each request exactly one part is hostile.
const imports = importsApp({
  rateLimit: {
    preview: { capacity: 1e6, refillPerSecond: 1e6 },
    save: { capacity: 1e6, refillPerSecond: 1e6 },
  },
});
const app = createApp({
  buildDir: imports.buildDir,
  webDir: path.join(FIXTURES_DIR, 'api', 'web'),
  workshopStore: new SqliteWorkshopStore(':memory:'),
  workshopRateLimit: { capacity: 1e6, refillPerSecond: 1e6 },
  imports: { importsDir: path.join(imports.root, 'imports'), writesEnabled: true, token: null },
});
let port = 0;
let close: () => void = () => undefined;
let corpus: HostileRequest[] = [];
const answers = new Map<string, RawResponse>();

beforeAll(async () => {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  port = (server.address() as AddressInfo).port;
  close = () => server.close();

  const created = await app.request('/api/workshops', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(GNOSJO_WORKSHOP),
  });
  const { workshop, editToken } = (await created.json()) as CreateWorkshopResponse;
  const entry = await app.request(`/api/workshops/${workshop.id}/cycles/${workshop.cycles[0]!.id}/entries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editToken}` },
    body: JSON.stringify({ kind: 'obstacle', text: 'Brist på svetsare' }),
  });
  const { id: entryId } = (await entry.json()) as { id: string };
  const valid = {
    id: 'population_total',
    code: '0617',
    workshopId: workshop.id,
    cycleId: workshop.cycles[0]!.id,
    organisationId: workshop.organisations[0]!.id,
    entryId,
    number: '1',
    name: 'no-such-import',
  };
  const document = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument;
  const operations: Operation[] = Object.entries(document.paths).flatMap(([route, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path: route,
      pathParams: (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      queryParams: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      hasBody: operation.requestBody !== undefined,
    })),
  );
  const generated = hostileCorpus(operations, valid, (operation): Record<string, string> =>
    operation.path.startsWith('/workshops/') ? { authorization: `Bearer ${editToken}` } : {},
  );
  corpus = [
    // A CSV preview of a JSON body is a preview of a file without data rows (200), not an error.
    ...generated.map((r) =>
      r.path.startsWith('/api/imports/preview') && !r.name.includes('oversized')
        ? { ...r, refuse: false }
        : r,
    ),
    ...handWritten(valid, editToken),
  ];
  for (const request of corpus) answers.set(request.name, await rawRequest(port, request));
}, 300_000);

afterAll(() => {
  close();
  imports.cleanup();
});

/** What the generated corpus cannot express: headers, methods, the static site, well-formed but unversioned changes. */
function handWritten(valid: Readonly<Record<string, string>>, editToken: string): HostileRequest[] {
  const get = (
    name: string,
    path: string,
    headers?: Record<string, string>,
    refuse = true,
  ): HostileRequest => ({
    name,
    method: 'GET',
    path,
    headers,
    refuse,
  });
  // The dashboard answers unknown paths with index.html (client-side routes): that, or a 4xx, is all they may get.
  const staticGet = (name: string, path: string) => get(name, path, undefined, false);
  return [
    get('header of 20 kB', '/api/health', { 'x-long': 'x'.repeat(20_000) }),
    get('cookie of 64 kB', '/api/indicators', { cookie: `a=${'y'.repeat(64_000)}` }),
    get('url of 100 kB', `/api/indicators/population_total/values?year=${'9'.repeat(100_000)}`),
    staticGet('static traversal ..%2f', '/..%2f..%2fpackage.json'),
    staticGet('static traversal %2e%2e', '/%2e%2e/%2e%2e/etc/passwd'),
    staticGet('static traversal under assets', '/assets/..%2f..%2f..%2fpackage.json'),
    staticGet('static NUL', '/assets/worker-test.mjs%00.html'),
    get('api traversal to the build', '/api/..%2f..%2fdata%2fbuild%2fmanifest.json'),
    get('docs with bad UTF-8', '/api/docs/%C0%AE%C0%AE'),
    { name: 'TRACE method', method: 'TRACE', path: '/api/health', refuse: true },
    { name: 'PROPFIND method', method: 'PROPFIND', path: '/api/indicators', refuse: true },
    { name: 'DELETE on a read route', method: 'DELETE', path: '/api/indicators', refuse: true },
    ...versionless(valid, editToken),
    {
      name: 'content-length lies',
      method: 'POST',
      path: '/api/workshops',
      headers: { 'content-type': 'application/json', 'content-length': '999999999' },
      body: '{}',
      refuse: true,
    },
  ];
}

describe('a hostile-request corpus over every route and parameter', () => {
  it('holds at least 150 requests and covers every documented route', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    process.stdout.write(`hostile corpus: ${corpus.length} requests\n`);
    expect(answers.size).toBe(corpus.length);
  });

  it('never answers 5xx', () => {
    const failures = corpus
      .filter((r) => answers.get(r.name)!.status >= 500)
      .map((r) => `${r.name}: ${answers.get(r.name)!.status}`);
    expect(failures).toEqual([]);
  });

  it('refuses every request built to be invalid with a 4xx', () => {
    const accepted = corpus
      .filter((r) => r.refuse)
      .map((r) => ({ name: r.name, status: answers.get(r.name)!.status }))
      .filter(({ status }) => status < 400 || status >= 500);
    expect(accepted).toEqual([]);
  });

  it('answers API errors in the JSON error shape, without stack traces or paths', () => {
    const leaks = corpus
      .filter((r) => LEAKS.some((pattern) => pattern.test(answers.get(r.name)!.body)))
      .map((r) => r.name);
    expect(leaks).toEqual([]);
    const shapeless = corpus
      .filter((r) => r.path.startsWith('/api/') && answers.get(r.name)!.status >= 400)
      .filter((r) => answers.get(r.name)!.status !== 431)
      .filter((r) => !/^\{"error":\{"code":"[a-z_]+","message":/.test(answers.get(r.name)!.body))
      .map((r) => `${r.name}: ${answers.get(r.name)!.body.slice(0, 80)}`);
    expect(shapeless).toEqual([]);
  });

  it('answers traversal on the static site with the dashboard page or a 4xx, never another file', () => {
    const page = readFileSync(path.join(FIXTURES_DIR, 'api', 'web', 'index.html'), 'utf8');
    for (const request of corpus.filter((r) => r.name.startsWith('static'))) {
      const answer = answers.get(request.name)!;
      if (answer.status < 400) expect(answer.body, request.name).toBe(page);
      else expect(answer.status, request.name).toBeLessThan(500);
    }
  });

  it('lets no __proto__ or constructor key pollute the prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('still serves real answers afterwards', async () => {
    const health = await rawRequest(port, { method: 'GET', path: '/api/health' });
    expect(health.status).toBe(200);
    expect(TEST_BUILD_DIR).toBeTruthy();
  });
});

/** With the right secret and a valid body but no version (nor If-Match): refused, never applied. */
function versionless(valid: Readonly<Record<string, string>>, editToken: string): HostileRequest[] {
  const base = `/api/workshops/${valid.workshopId}`;
  const changes: [string, string, unknown][] = [
    ['workshop', base, { title: 'Ohne Version' }],
    ['workshop, If-Match empty', base, { recommendations: 'x' }],
    ['cycle', `${base}/cycles/${valid.cycleId}`, { title: 'x' }],
    ['organisation', `${base}/organisations/${valid.organisationId}`, { name: 'x' }],
    ['entry', `${base}/entries/${valid.entryId}`, { text: 'x' }],
  ];
  return changes.map(([what, path, body]) => ({
    name: `PATCH without a version: ${what}`,
    method: 'PATCH',
    path,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${editToken}`,
      ...(what.includes('If-Match') ? { 'if-match': '' } : {}),
    },
    body: JSON.stringify(body),
    refuse: true,
  }));
}
