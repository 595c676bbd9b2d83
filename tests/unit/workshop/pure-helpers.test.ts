import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { writeRateLimit } from '../../../api/workshops/rate-limit';
import { editTokenMatches, hashEditToken, newEditToken, newId } from '../../../api/storage/secrets';
import type { Entry } from '../../../data/contract';
import { editTokenFrom } from '../../../web/workshop/edit-token';
import { prioritised } from '../../../web/workshop/entry-order';

describe('ids and edit tokens', () => {
  it('draws 128-bit ids and 256-bit tokens, all different', () => {
    const ids = new Set(Array.from({ length: 1000 }, newId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    expect(Buffer.from(newEditToken(), 'base64url')).toHaveLength(32);
  });

  it('matches a token only against its own hash', () => {
    const token = newEditToken();
    expect(editTokenMatches(token, hashEditToken(token))).toBe(true);
    expect(editTokenMatches(newEditToken(), hashEditToken(token))).toBe(false);
    expect(editTokenMatches('', hashEditToken(token))).toBe(false);
  });

  it('reads the token from the URL fragment only in the #edit= form', () => {
    expect(editTokenFrom('#edit=abcdefghijklmnopqrstu_-9')).toBe('abcdefghijklmnopqrstu_-9');
    expect(editTokenFrom('#x=1&edit=abcdefghijklmnopqrstu_-9')).toBe('abcdefghijklmnopqrstu_-9');
    expect(editTokenFrom('#edit=short')).toBeNull();
    expect(editTokenFrom('#edit=<script>alert(1)</script>aaaaaaaaaaaa')).toBeNull();
    expect(editTokenFrom('')).toBeNull();
  });
});

describe('dot-vote order', () => {
  const entry = (id: string, kind: Entry['kind'], votes: number): Entry => ({
    id: id.padEnd(22, 'x'),
    cycleId: 'c'.repeat(22),
    kind,
    text: id,
    author: { role: 'facilitator', participantId: null },
    mapView: null,
    organisationId: null,
    theme: null,
    links: [],
    action: null,
    votes,
    version: 1,
    buildId: 'b',
    createdAt: '2026-01-20T10:00:00.000Z',
    updatedAt: '2026-01-20T10:00:00.000Z',
  });
  const entries = [
    entry('a', 'obstacle', 1),
    entry('b', 'obstacle', 3),
    entry('c', 'obstacle', 1),
    entry('d', 'activity', 5),
    entry('e', 'activity', 0),
  ];

  it('sorts obstacles by votes, keeping the written order among ties', () => {
    expect(prioritised(entries, 'obstacle').map((e) => e.text)).toEqual(['b', 'a', 'c']);
  });
  it('keeps other kinds in the order they were written', () => {
    expect(prioritised(entries, 'activity').map((e) => e.text)).toEqual(['d', 'e']);
  });
});

describe('write rate limit (token bucket)', () => {
  it('lets a burst through, refuses the next write, and refills with time; reads are never limited', async () => {
    let now = 0;
    const app = new Hono()
      .use(writeRateLimit({ capacity: 2, refillPerSecond: 0.5, now: () => now }))
      .all('/', (c) => c.text('ok'));
    const post = async () => (await app.request('/', { method: 'POST' })).status;
    expect([await post(), await post(), await post()]).toEqual([200, 200, 429]);
    expect((await app.request('/')).status).toBe(200);
    now = 1_000;
    expect(await post()).toBe(429);
    now = 2_000;
    expect(await post()).toBe(200);
  });
});
