import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, REPO_ROOT } from '../../support/paths';

/** Starts `npm start`'s entry point (the server bundle's launcher) and resolves with its URL once it says it is serving. */
function start(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, ['scripts/start-server.mjs'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) resolve({ child, url: match[1]!, log: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
}

/** SIGTERM, then the exit: the next server may only open the same SQLite file once this one let go of its lock. */
async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe('npm start (scripts/start-server.mjs running the bundle of api/start.ts)', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-start-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  });

  it('runs the offline ingest when there is no build, then serves the API and the dashboard on one port', async () => {
    const buildDir = path.join(tmp, 'build');
    const server = await start({
      PORT: '0',
      HOST: '127.0.0.1',
      ATLAS_BUILD_DIR: buildDir,
      ATLAS_DB: path.join(tmp, 'atlas.sqlite'),
    });
    child = server.child;
    expect(server.log()).toContain('running the offline ingest');
    expect(existsSync(path.join(buildDir, 'manifest.json'))).toBe(true);
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as {
      status: string;
      counts: { municipalities: number };
    };
    expect(health).toMatchObject({ status: 'ok', counts: { municipalities: 290 } });
    const page = await fetch(`${server.url}/kommun/0617`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const unknown = await fetch(`${server.url}/api/no-such-endpoint`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('not_found');
  }, 240_000);

  it('rebuilds the server bundle when its stamp no longer matches the sources, then serves from it', async () => {
    await stop(child);
    const stampFile = path.join(REPO_ROOT, 'dist', 'api', '.source-stamp');
    const { inputs } = JSON.parse(readFileSync(stampFile, 'utf8')) as { inputs: string[] };
    expect(inputs).toContain('api/start.ts');
    expect(inputs.some((file) => file.startsWith('data/contract/'))).toBe(true);
    writeFileSync(stampFile, JSON.stringify({ stamp: 'from-older-sources', inputs }));
    const server = await start({
      PORT: '0',
      HOST: '127.0.0.1',
      ATLAS_BUILD_DIR: path.join(tmp, 'build'),
      ATLAS_DB: path.join(tmp, 'atlas.sqlite'),
      ATLAS_SKIP_WEB_BUILD: '1',
    });
    child = server.child;
    expect(server.log()).toContain('server bundle missing or older than its sources');
    expect(server.log()).not.toContain('running the offline ingest');
    expect(JSON.parse(readFileSync(stampFile, 'utf8')).stamp).toMatch(/^[0-9a-f]{16}$/);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  }, 240_000);

  it('loads a rebuilt build on the bundled loading thread (dist/api/load-build-worker.mjs) and swaps to it', async () => {
    await stop(child);
    expect(existsSync(path.join(REPO_ROOT, 'dist', 'api', 'load-build-worker.mjs'))).toBe(true);
    const server = await start({
      PORT: '0',
      HOST: '127.0.0.1',
      ATLAS_BUILD_DIR: path.join(tmp, 'build'),
      ATLAS_DB: path.join(tmp, 'atlas.sqlite'),
      ATLAS_IMPORTS_DIR: path.join(tmp, 'imports'),
      ATLAS_SKIP_WEB_BUILD: '1',
    });
    child = server.child;
    const buildId = async () =>
      ((await (await fetch(`${server.url}/api/health`)).json()) as { buildId: string }).buildId;
    const before = await buildId();
    const saved = await fetch(`${server.url}/api/imports?kind=indicator&name=larlingsplatser.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: readFileSync(path.join(FIXTURES_DIR, 'imports-ui', 'larlingsplatser-excel-1252.csv')),
    });
    expect(saved.status, server.log()).toBe(201);
    const { buildId: announced } = (await saved.json()) as { buildId: string };
    expect(announced).not.toBe(before);
    expect(await buildId()).toBe(announced);
    expect(server.log()).not.toContain('Unknown file extension');
  }, 240_000);
});
