import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { WEB_STAMP_FILE } from './web-source-stamp';

/** Where `npm start` listens and what it serves, read from the environment. */
export interface StartConfig {
  port: number;
  host: string;
  buildDir: string;
  webDir: string;
  rawDir: string;
  /** npm run dev serves the dashboard from Vite, so the API must not build it. */
  skipWebBuild: boolean;
  /** ATLAS_WRITE_BURST / ATLAS_WRITE_PER_SECOND: workshop writes per client (default 60 burst, 1 per second). */
  writeLimit: { capacity?: number; refillPerSecond?: number };
  /** Reverse proxies whose X-Forwarded-For the write limits believe (ATLAS_TRUSTED_PROXIES, comma-separated). */
  trustedProxies: string[];
  /** Several instances: the shared builds root (ATLAS_BUILDS_ROOT; needs ATLAS_DB to be PostgreSQL), else null. */
  buildsRoot: string | null;
  /** Builds kept in the root, the current one included (ATLAS_BUILDS_KEEP, default 3, at least 2). */
  buildsKeep: number;
  /** How often each instance reads the pointer besides listening for announcements (ATLAS_BUILD_POLL_SECONDS). */
  buildPollMs: number;
  /**
   * An old build that a live instance reported serving within this long is not pruned (ATLAS_BUILDS_GRACE_SECONDS,
   * default 120, at least 3 polls).
   */
  buildsGraceMs: number;
}

/**
 * PORT (default 8080), HOST (default 127.0.0.1: loopback unless the operator opens it up), ATLAS_BUILD_DIR
 * (default data/build), ATLAS_RAW_DIR (default ../shared/data), ATLAS_SKIP_WEB_BUILD=1, ATLAS_TRUSTED_PROXIES.
 *
 * @example readStartConfig({}, '/repo').port // 8080
 */
export function readStartConfig(env: NodeJS.ProcessEnv, repoRoot: string): StartConfig {
  const portText = env.PORT?.trim() || '8080';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new Error(`PORT must be 0-65535, got "${env.PORT}"`);
  const pollSeconds = positiveNumber(env, 'ATLAS_BUILD_POLL_SECONDS') ?? 10;
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    buildDir: path.resolve(repoRoot, env.ATLAS_BUILD_DIR ?? path.join('data', 'build')),
    webDir: path.join(repoRoot, 'dist', 'web'),
    rawDir: path.resolve(repoRoot, env.ATLAS_RAW_DIR ?? path.join('..', 'shared', 'data')),
    skipWebBuild: env.ATLAS_SKIP_WEB_BUILD === '1',
    writeLimit: {
      capacity: positiveNumber(env, 'ATLAS_WRITE_BURST'),
      refillPerSecond: positiveNumber(env, 'ATLAS_WRITE_PER_SECOND'),
    },
    trustedProxies: (env.ATLAS_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((address) => address.trim())
      .filter((address) => address.length > 0),
    buildsRoot: env.ATLAS_BUILDS_ROOT?.trim() ? path.resolve(repoRoot, env.ATLAS_BUILDS_ROOT.trim()) : null,
    buildsKeep: Math.max(2, Math.floor(positiveNumber(env, 'ATLAS_BUILDS_KEEP') ?? 3)),
    buildPollMs: pollSeconds * 1000,
    // Instances report on every poll: a grace shorter than a few polls would prune under a healthy instance.
    buildsGraceMs: Math.max(positiveNumber(env, 'ATLAS_BUILDS_GRACE_SECONDS') ?? 120, 3 * pollSeconds) * 1000,
  };
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name]?.trim();
  if (!text) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got "${text}"`);
  return value;
}

/**
 * Whether `npm start` must build the dashboard before serving: when it is missing, or was built from other
 * sources than the checkout's (its stamp differs), and npm run dev has not asked to skip.
 */
export function needsWebBuild(
  config: Pick<StartConfig, 'webDir' | 'skipWebBuild'>,
  sourceStamp: string,
): boolean {
  if (config.skipWebBuild) return false;
  if (!existsSync(path.join(config.webDir, 'index.html'))) return true;
  const stampPath = path.join(config.webDir, WEB_STAMP_FILE);
  return !existsSync(stampPath) || readFileSync(stampPath, 'utf8').trim() !== sourceStamp;
}
