import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importsForHost, isLoopbackHost } from '../../api/imports/imports-config';
import { REPO_ROOT, TEST_BUILD_DIR } from '../support/paths';

describe('defect 7: imports are secure by default', () => {
  it('loopback hosts keep writes on; any other host without a token turns them off with the reason', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'atlas.example.org', '128.0.0.1'])
      expect(isLoopbackHost(host), host).toBe(false);
    expect(importsForHost('127.0.0.1', {}).writesEnabled).toBe(true);
    const open = importsForHost('0.0.0.0', {});
    expect(open.writesEnabled).toBe(false);
    expect(open.offReason).toContain('ATLAS_IMPORT_TOKEN');
    expect(importsForHost('0.0.0.0', { ATLAS_IMPORT_TOKEN: 'secret' }).writesEnabled).toBe(true);
    expect(importsForHost('0.0.0.0', { ATLAS_IMPORTS: 'off' }).offReason).toBeUndefined();
  });

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-secure-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  });

  it('npm start on 0.0.0.0 without ATLAS_IMPORT_TOKEN says why imports are off, and refuses a save', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HOST: '0.0.0.0',
      PORT: '0',
      ATLAS_BUILD_DIR: TEST_BUILD_DIR,
      ATLAS_SKIP_WEB_BUILD: '1',
      ATLAS_DB: path.join(tmp, 'atlas.sqlite'),
      ATLAS_IMPORTS_DIR: path.join(tmp, 'imports'),
    };
    delete env.ATLAS_IMPORT_TOKEN;
    delete env.ATLAS_IMPORTS;
    child = spawn(process.execPath, ['--import', 'tsx', 'api/start.ts'], {
      cwd: REPO_ROOT,
      env,
      stdio: 'pipe',
    });
    let log = '';
    const port = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        const match = /serving http:\/\/[\d.:]+:(\d+)/.exec(log);
        if (match) resolve(match[1]!);
      };
      child!.stdout!.on('data', onData);
      child!.stderr!.on('data', onData);
      child!.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${log}`)));
    });
    expect(log).toContain('imports are off: the server listens on 0.0.0.0');
    const list = (await (await fetch(`http://127.0.0.1:${port}/api/imports`)).json()) as {
      writable: boolean;
      readOnlyReason: string;
    };
    expect(list.writable).toBe(false);
    expect(list.readOnlyReason).toContain('ATLAS_IMPORT_TOKEN is not set');
    const save = await fetch(`http://127.0.0.1:${port}/api/imports?kind=indicator&name=x.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'municipality_code,year,value,title,unit,direction,source\n0617,2024,1,X,percent,neutral,S\n',
    });
    expect(save.status).toBe(403);
  });
});
