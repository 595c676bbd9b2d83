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
