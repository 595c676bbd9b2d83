import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Clock, FetchLike, HttpResponseLike } from '../../../scripts/ingest/live/http-types';

/** A clock whose sleeps advance time instantly and are recorded. */
export function fakeClock(start = Date.parse('2026-11-27T01:00:00Z')): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

export interface FakeReply {
  status?: number;
  body: string | object;
  headers?: Record<string, string>;
}

export interface RecordedCall {
  url: string;
  method: string;
  body?: string;
}

/** A fetch that answers from a handler and remembers every call. */
export function fakeFetch(handler: (call: RecordedCall) => FakeReply): FetchLike & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetch = async (url: string, init?: { method?: string; body?: string }): Promise<HttpResponseLike> => {
    const call = { url, method: init?.method ?? 'GET', ...(init?.body ? { body: init.body } : {}) };
    calls.push(call);
    const reply = handler(call);
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    const headers = new Map(Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    return {
      status: reply.status ?? 200,
      headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
      text: async () => text,
    };
  };
  return Object.assign(fetch, { calls });
}

const created: string[] = [];

/** A fresh directory under the system temp dir, removed again by `removeTempDirs` (call it in afterAll). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
