import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';

describe('tests/support/server.ts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves the real app on a loopback port for browser tests', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/municipalities/0617`, {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    expect(res.status).toBe(200);
    const profile = (await res.json()) as { municipality: { name: string } };
    expect(profile.municipality.name).toBe('Gnosjö');
  });

  it('answers HEAD for the geometry with its headers and no body', async () => {
    const res = await fetch(`${server.url}/api/municipalities`, {
      method: 'HEAD',
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{32}-br"$/);
    expect(await res.text()).toBe('');
  });
});
