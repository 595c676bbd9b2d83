import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { needsWebBuild, readStartConfig } from '../../../api/start-config';
import { WEB_STAMP_FILE, webSourceStamp } from '../../../api/web-source-stamp';

const repo = path.join(os.tmpdir(), 'atlas-repo');

describe('npm start configuration (api/start-config.ts)', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-start-config-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('listens on 127.0.0.1:8080 and reads data/build when nothing is set', () => {
    expect(readStartConfig({}, repo)).toEqual({
      port: 8080,
      host: '127.0.0.1',
      buildDir: path.join(repo, 'data', 'build'),
      webDir: path.join(repo, 'dist', 'web'),
      rawDir: path.resolve(repo, '..', 'shared', 'data'),
      skipWebBuild: false,
      trustedProxies: [],
      writeLimit: {},
      buildsRoot: null,
      buildsKeep: 3,
      buildPollMs: 10_000,
      buildsGraceMs: 120_000,
    });
  });

  it('takes the workshop write limit from ATLAS_WRITE_BURST / ATLAS_WRITE_PER_SECOND, refusing nonsense', () => {
    expect(
      readStartConfig({ ATLAS_WRITE_BURST: '5', ATLAS_WRITE_PER_SECOND: '0.5' }, repo).writeLimit,
    ).toEqual({
      capacity: 5,
      refillPerSecond: 0.5,
    });
    expect(() => readStartConfig({ ATLAS_WRITE_BURST: '-3' }, repo)).toThrow(
      'ATLAS_WRITE_BURST must be a positive number, got "-3"',
    );
  });

  it('reads the trusted reverse proxies from ATLAS_TRUSTED_PROXIES', () => {
    expect(readStartConfig({ ATLAS_TRUSTED_PROXIES: ' 10.0.0.1, ::1 ,' }, repo).trustedProxies).toEqual([
      '10.0.0.1',
      '::1',
    ]);
  });

  it('takes PORT, HOST, ATLAS_BUILD_DIR and ATLAS_RAW_DIR from the environment', () => {
    const config = readStartConfig(
      { PORT: '0', HOST: '0.0.0.0', ATLAS_BUILD_DIR: '/srv/build', ATLAS_RAW_DIR: 'raw' },
      repo,
    );
    expect(config).toMatchObject({ port: 0, host: '0.0.0.0', buildDir: '/srv/build' });
    expect(config.rawDir).toBe(path.join(repo, 'raw'));
  });

  it('reads the shared builds root, its poll interval and how many builds it keeps (at least 2)', () => {
    const config = readStartConfig(
      { ATLAS_BUILDS_ROOT: 'shared/builds', ATLAS_BUILD_POLL_SECONDS: '2', ATLAS_BUILDS_KEEP: '1' },
      repo,
    );
    expect(config).toMatchObject({
      buildsRoot: path.join(repo, 'shared/builds'),
      buildsKeep: 2,
      buildPollMs: 2000,
    });
    expect(() => readStartConfig({ ATLAS_BUILD_POLL_SECONDS: '0' }, repo)).toThrow(
      'ATLAS_BUILD_POLL_SECONDS must be a positive number, got "0"',
    );
  });

  it('keeps builds served within the grace period: 120 s by default, never under three polls', () => {
    expect(readStartConfig({}, repo).buildsGraceMs).toBe(120_000);
    expect(readStartConfig({ ATLAS_BUILDS_GRACE_SECONDS: '30' }, repo).buildsGraceMs).toBe(30_000);
    const slowPoll = { ATLAS_BUILDS_GRACE_SECONDS: '30', ATLAS_BUILD_POLL_SECONDS: '20' };
    expect(readStartConfig(slowPoll, repo).buildsGraceMs).toBe(60_000);
    expect(() => readStartConfig({ ATLAS_BUILDS_GRACE_SECONDS: 'soon' }, repo)).toThrow(
      'ATLAS_BUILDS_GRACE_SECONDS must be a positive number, got "soon"',
    );
  });

  it.each(['abc', '-1', '65536', '80.5'])('refuses PORT=%s', (port) => {
    expect(() => readStartConfig({ PORT: port }, repo)).toThrow(`PORT must be 0-65535, got "${port}"`);
  });

  it('builds the dashboard when it is missing or was built from other sources, unless npm run dev skips it', () => {
    const webDir = path.join(tmp, 'web');
    expect(needsWebBuild({ webDir, skipWebBuild: false }, 'stamp-a')).toBe(true);
    expect(needsWebBuild({ webDir, skipWebBuild: true }, 'stamp-a')).toBe(false);
    mkdirSync(webDir);
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html>');
    // A dashboard with no stamp was built by hand or by an older atlas: it may be stale, so it is rebuilt.
    expect(needsWebBuild({ webDir, skipWebBuild: false }, 'stamp-a')).toBe(true);
    writeFileSync(path.join(webDir, WEB_STAMP_FILE), 'stamp-a\n');
    expect(needsWebBuild({ webDir, skipWebBuild: false }, 'stamp-a')).toBe(false);
    expect(needsWebBuild({ webDir, skipWebBuild: false }, 'stamp-b')).toBe(true);
  });

  it('stamps the dashboard from its sources: a changed source file changes the stamp', () => {
    const repoRoot = path.join(tmp, 'repo');
    mkdirSync(path.join(repoRoot, 'web'), { recursive: true });
    mkdirSync(path.join(repoRoot, 'data', 'build'), { recursive: true });
    writeFileSync(path.join(repoRoot, 'web', 'main.tsx'), 'one');
    const first = webSourceStamp(repoRoot);
    writeFileSync(path.join(repoRoot, 'data', 'build', 'manifest.json'), '{}');
    expect(webSourceStamp(repoRoot)).toBe(first);
    writeFileSync(path.join(repoRoot, 'web', 'main.tsx'), 'two');
    expect(webSourceStamp(repoRoot)).not.toBe(first);
  });
});
