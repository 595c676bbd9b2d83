import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { app } from './app-fixture';

const KEYS = [
  'year',
  'format',
  'similarBy',
  'similarCount',
  'municipality',
  'direction',
  'sex',
  'top',
  'bbox',
  'nace',
  'near',
  'radiusKm',
  'lon',
  'lat',
  'site',
  'v',
];
const PATHS = [
  '/api/health',
  '/api/indicators',
  '/api/indicators/population_total/values',
  '/api/indicators/{seg}/values',
  '/api/municipalities',
  '/api/municipalities/0617',
  '/api/municipalities/{seg}',
  '/api/counties',
  '/api/neighbour-countries',
  '/api/flows',
  '/api/firms',
  '/api/catchment',
  '/api/{seg}',
  '/api/{seg}/{seg}',
];

/** Values a user (or a fuzzer) might type: numbers, lists, codes, junk, encodings. */
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom(
    '',
    ',',
    ',,',
    '0617',
    '2580',
    '2022',
    'NaN',
    'Infinity',
    '1e400',
    'csv',
    'csv-sv',
    'in',
    'women',
    '%',
    '%E0%A4%A',
    '..',
    '24.10',
  ),
  fc.array(fc.double({ min: -200, max: 200 }).map(String), { maxLength: 5 }).map((parts) => parts.join(',')),
);
const segment = fc.oneof(
  fc.string({ minLength: 1 }),
  fc.constantFrom('0000', '9999', 'ÅÄÖ', '%00', '..', 'population_total', 'a'.repeat(300)),
);

const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), value), { maxLength: 6 })
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
const rawQuery = fc.string().map((text) => text.replace(/[#\s]/g, ''));

async function statusOf(path: string, search: string) {
  const res = await app.request(`${path}?${search}`);
  const body = await res.text();
  return { status: res.status, body, type: res.headers.get('content-type') ?? '' };
}

describe('no user input produces a 5xx', () => {
  it('random query strings on every endpoint give 2xx/3xx or a 4xx JSON error naming the problem', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PATHS),
        fc.array(segment, { minLength: 2, maxLength: 2 }),
        fc.oneof(query, rawQuery),
        async (template, segs, search) => {
          let i = 0;
          const path = template.replace(/\{seg\}/g, () => encodeURIComponent(segs[i++]!));
          const { status, body, type } = await statusOf(path, search);
          expect(status, `${path}?${search}`).toBeLessThan(500);
          if (status >= 400) {
            expect(type).toContain('application/json');
            const parsed = JSON.parse(body) as { error: { code: string; message: string } };
            expect(parsed.error.code.length).toBeGreaterThan(0);
            expect(parsed.error.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('raw, unencoded path segments never produce a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), async (raw) => {
        const safe = raw.replace(/[#?\s]/g, '');
        const res = await app.request(`http://atlas.test/api/municipalities/${safe}`);
        expect(res.status, safe).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
  });
});
