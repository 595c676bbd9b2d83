/** One request of the hostile corpus, and whether it must be refused (4xx) or only must not break (< 500). */
export interface HostileRequest {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  refuse: boolean;
}

export interface Operation {
  method: string;
  /** OpenAPI path under /api, e.g. /workshops/{workshopId}. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  hasBody: boolean;
}

/**
 * `..` and `%2e%2e` as whole segments are resolved by URL parsing (WHATWG) before any route sees them, so they may
 * land on another real route: they must not break anything, but need not be refused.
 */
export const RESOLVED_SEGMENTS = ['..', '%2e%2e'];

/** Path segments that must never reach a file, a query or a prototype: each one is a 4xx. */
export const HOSTILE_SEGMENTS = [
  ...RESOLVED_SEGMENTS,
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e%5c%2e%2e%5cwindows',
  '%252e%252e%252f',
  'x%00y',
  '%00',
  '%C0%AF',
  '%FF%FE',
  '-1',
  '1e400',
  'NaN',
  '__proto__',
  'constructor',
  'a'.repeat(3000),
];

/** Query values: huge and negative numbers, NaN, encodings, traversal, prototype keys, very long text. */
export const HOSTILE_VALUES = [
  '-1',
  '-99999999999999999999',
  '1e400',
  'NaN',
  '-Infinity',
  '%00',
  '%FF%C0',
  '..%2f..%2fpackage.json',
  '__proto__',
  'x'.repeat(10_000),
];

const OVERSIZED = new Uint8Array(2 * 1024 * 1024).fill(0x7b);
const BAD_UTF8 = new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);

/** Bodies that are not what any route takes; prototype keys must not pollute anything either. */
export const HOSTILE_BODIES: { name: string; body: string | Uint8Array<ArrayBuffer>; type: string }[] = [
  { name: 'truncated JSON', body: '{"title": "x", ', type: 'application/json' },
  { name: 'JSON null', body: 'null', type: 'application/json' },
  { name: 'JSON array', body: '[1,2,3]', type: 'application/json' },
  { name: 'JSON string', body: '"text"', type: 'application/json' },
  {
    name: '__proto__ key',
    body: '{"__proto__":{"polluted":true},"kind":{"__proto__":1}}',
    type: 'application/json',
  },
  {
    name: 'constructor.prototype',
    body: '{"constructor":{"prototype":{"polluted":true}}}',
    type: 'application/json',
  },
  { name: 'bad UTF-8', body: BAD_UTF8, type: 'application/json' },
  { name: 'not JSON at all', body: 'kind=obstacle&text=x', type: 'application/x-www-form-urlencoded' },
  { name: 'deeply nested', body: '['.repeat(5000) + ']'.repeat(5000), type: 'application/json' },
  { name: 'oversized (2 MiB)', body: OVERSIZED, type: 'application/json' },
];

/**
 * The corpus, built from the API's own OpenAPI document so every route and parameter is covered, also those
 * added later: every path parameter gets every hostile segment, every query parameter every hostile value, every
 * route with a body every hostile body. `valid` fills the other parameters with real ids so each hostile part is
 * what the server has to deal with.
 */
export function hostileCorpus(
  operations: readonly Operation[],
  valid: Readonly<Record<string, string>>,
  headersFor: (operation: Operation) => Record<string, string>,
): HostileRequest[] {
  const requests: HostileRequest[] = [];
  const fill = (operation: Operation, hostile: Record<string, string>) =>
    '/api' + operation.path.replace(/\{(\w+)\}/g, (_, name: string) => hostile[name] ?? valid[name] ?? 'x');
  for (const operation of operations) {
    const headers = headersFor(operation);
    const label = `${operation.method} ${operation.path}`;
    for (const param of operation.pathParams)
      for (const segment of HOSTILE_SEGMENTS)
        requests.push({
          name: `${label} ${param}=${segment.slice(0, 40)}`,
          method: operation.method,
          path: fill(operation, { [param]: segment }),
          headers,
          refuse: !RESOLVED_SEGMENTS.includes(segment),
        });
    for (const param of operation.queryParams)
      for (const value of HOSTILE_VALUES)
        requests.push({
          name: `${label} ?${param}=${value.slice(0, 40)}`,
          method: operation.method,
          path: `${fill(operation, {})}?${param}=${value}`,
          headers,
          // An unused or free-text parameter may take odd text; it still must not break anything.
          refuse: false,
        });
    if (operation.hasBody)
      for (const { name, body, type } of HOSTILE_BODIES)
        requests.push({
          name: `${label} body: ${name}`,
          method: operation.method,
          path: fill(operation, {}),
          headers: { ...headers, 'content-type': type },
          body,
          refuse: !name.startsWith('constructor') && !name.startsWith('__proto__'),
        });
  }
  return requests;
}
