import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/paths';
import { csvRequest, fixture, importsApp } from './imports-app';

describe('a rebuild runs outside the API process', () => {
  const { app, cleanup } = importsApp();
  afterAll(cleanup);

  it('answers requests from the previous build while the ingest runs, then swaps to the new build id', async () => {
    const before = (await (await app.request('/api/health')).json()) as { buildId: string };
    let finished = false;
    const saving = Promise.resolve(
      app.request(
        `/api/imports?kind=indicator&name=larlingsplatser.csv`,
        csvRequest(fixture('larlingsplatser-excel-1252.csv')),
      ),
    ).finally(() => {
      finished = true;
    });
    const answeredDuring: string[] = [];
    while (!finished) {
      const res = await app.request('/api/indicators/kolada_n18905/values?year=2022');
      const health = (await (await app.request('/api/health')).json()) as { buildId: string };
      if (!finished) {
        expect(res.status).toBe(200);
        answeredDuring.push(health.buildId);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await saving).status).toBe(201);
    // The ingest takes seconds: a server that ran it in process could not have answered in between.
    expect(answeredDuring.length).toBeGreaterThan(5);
    expect(new Set(answeredDuring)).toEqual(new Set([before.buildId]));
    const after = (await (await app.request('/api/health')).json()) as { buildId: string };
    expect(after.buildId).not.toBe(before.buildId);
  });

  it('nothing under api/ imports the ingest through the rebuild or the start script', () => {
    for (const file of ['api/imports/rebuild.ts', 'api/start.ts'])
      expect(readFileSync(path.join(REPO_ROOT, file), 'utf8')).not.toMatch(/from '\.\.\/(\.\.\/)?scripts\//);
  });
});
