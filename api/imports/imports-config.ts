import { isIP } from 'node:net';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** Where dashboard imports are kept and rebuilt, and who may write them. */
export interface ImportsConfig {
  /** Same directory as `npm run ingest -- --import` (ATLAS_IMPORTS_DIR, default data/local/imports). */
  importsDir: string;
  /** The read-only snapshot the rebuild reads (ATLAS_RAW_DIR, default ../shared/data). */
  rawDir: string;
  /** ATLAS_IMPORTS=off turns saving and removing off; previews still work. */
  writesEnabled: boolean;
  /** Why writes are off, when they are (shown in GET /api/imports and the 403). */
  offReason?: string;
  /** ATLAS_IMPORT_TOKEN: when set, writes need `Authorization: Bearer <token>`. */
  token: string | null;
}

/** @example readImportsConfig({ ATLAS_IMPORTS: 'off' }).writesEnabled // false */
export function readImportsConfig(env: NodeJS.ProcessEnv): ImportsConfig {
  return {
    importsDir: path.resolve(repoRoot, env.ATLAS_IMPORTS_DIR ?? path.join('data', 'local', 'imports')),
    rawDir: path.resolve(repoRoot, env.ATLAS_RAW_DIR ?? path.join('..', 'shared', 'data')),
    writesEnabled: (env.ATLAS_IMPORTS ?? '').trim().toLowerCase() !== 'off',
    token: env.ATLAS_IMPORT_TOKEN?.trim() || null,
  };
}

/**
 * Whether only this machine can reach a server listening on `host`: 127.0.0.0/8, ::1 and "localhost".
 *
 * @example isLoopbackHost('127.0.0.1') // true
 * @example isLoopbackHost('0.0.0.0') // false
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare === '::ffff:127.0.0.1';
}

/**
 * Imports are secure by default: a server that others can reach saves and removes imports only with a token.
 * Listening beyond loopback without ATLAS_IMPORT_TOKEN turns writes off, and `reason` says so for the log.
 *
 * @example importsForHost('0.0.0.0', {}).writesEnabled // false
 */
export function importsForHost(host: string, env: NodeJS.ProcessEnv): ImportsConfig {
  const config = readImportsConfig(env);
  if (!config.writesEnabled || config.token !== null || isLoopbackHost(host)) return config;
  return {
    ...config,
    writesEnabled: false,
    offReason:
      `imports are off: the server listens on ${host} (beyond this machine) and ATLAS_IMPORT_TOKEN is not set; ` +
      'set ATLAS_IMPORT_TOKEN to allow saving and removing imports (previews still work)',
  };
}
