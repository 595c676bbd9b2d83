import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { formatRejections, importFile } from '../import/import-commands';
import { importStoreAt } from '../import/import-store';
import { ImportKind } from '../../../data/contract/imports';
import { importsToSource } from '../import/imports-to-source';
import { RawFiles } from '../raw-files';
import type { ExtraSource, ExtraSourceLoader } from '../run-ingest';
import { loadReference } from '../sources/reference';
import { IngestError } from '../errors';
import { parseKpisOption } from './kolada-catalogue-refresh';
import { fetchLiveSource } from './live-source';

/** The CLI flags this module answers (see docs/live-ingest.md). */
export const CLI_EXTRA_OPTIONS = {
  live: { type: 'boolean', default: false },
  'offline-cache': { type: 'boolean', default: false },
  import: { type: 'string' },
  'import-kind': { type: 'string' },
  'remove-import': { type: 'string' },
  'no-imports': { type: 'boolean', default: false },
  kpis: { type: 'string' },
} as const;

export interface ExtraSourceFlags {
  live?: boolean;
  'offline-cache'?: boolean;
  import?: string;
  'import-kind'?: string;
  'remove-import'?: string;
  'no-imports'?: boolean;
  /** With --live: the Kolada KPIs to refresh (the rest of the catalogue comes from the dump). */
  kpis?: string;
  /** With --live: refresh only the atlas set's Kolada KPIs, not the whole catalogue. */
  'atlas-set-only'?: boolean;
}

export interface ExtraSourcePlan {
  /** Exit code when the command must stop before building (unknown import name, refused import). */
  stop: number | null;
  /** Builds the extra sources once the snapshot's geography is loaded; pass it to runIngest. */
  load: ExtraSourceLoader;
  /** Filled by `load`: live sources that failed (the build then keeps the snapshot's figures for them). */
  liveFailures: string[];
  /** Removes what `load` staged (the live Kolada catalogue's DDF files); call it once the build is done. */
  cleanup: () => void;
}

/**
 * `--import FILE` (kept in data/local/imports), `--remove-import NAME`, `--live` and `--offline-cache`: the
 * first two act at once; the stored imports and the live fetch become extra sources of the build.
 */
export function planExtraSources(
  flags: ExtraSourceFlags,
  paths: { rawDir: string; repoRoot: string },
  log: (message: string) => void,
): ExtraSourcePlan {
  const store = importStoreAt(
    process.env.ATLAS_IMPORTS_DIR ?? path.join(paths.repoRoot, 'data', 'local', 'imports'),
  );
  const plan: ExtraSourcePlan = { stop: null, load: () => [], liveFailures: [], cleanup: () => undefined };
  const live = flags.live === true || flags['offline-cache'] === true;
  let kpis: string[] | 'all' = 'all';
  if (flags.kpis !== undefined) {
    if (!live || flags['atlas-set-only']) {
      log('--kpis works only with --live or --offline-cache, and not with --atlas-set-only');
      return { ...plan, stop: 1 };
    }
    try {
      kpis = parseKpisOption(flags.kpis);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      log(error.message);
      return { ...plan, stop: 1 };
    }
  }
  const removeName = flags['remove-import'];
  if (removeName) {
    const removed = store.remove(removeName);
    log(removed ? `import ${removeName} removed` : `no import named ${removeName} in ${store.dir}`);
    if (!removed) return { ...plan, stop: 1 };
  }
  if (flags.import) {
    const kind = ImportKind.safeParse(flags['import-kind'] ?? 'indicator');
    if (flags['import-kind'] !== undefined && !kind.success) {
      log(`--import-kind must be indicator or firms, not "${flags['import-kind']}"`);
      return { ...plan, stop: 1 };
    }
    if (!existsSync(flags.import)) {
      log(`--import: no file ${flags.import}`);
      return { ...plan, stop: 1 };
    }
    const reference = loadReference(new RawFiles(paths.rawDir));
    const outcome = importFile(flags.import, store, {
      municipalityCodes: new Set(reference.municipalities.keys()),
      ...(flags['import-kind'] !== undefined && kind.success ? { kind: kind.data } : {}),
    });
    for (const line of formatRejections(flags.import, outcome.preview)) log(`rejected ${line}`);
    if (!outcome.stored) {
      log(`import refused: no row of ${flags.import} could be used; nothing stored`);
      return { ...plan, stop: 1 };
    }
    const { accepted, rejected } = outcome.preview;
    log(`imported ${accepted.length} rows as "${outcome.stored.name}" (${rejected.length} rejected)`);
  }
  plan.load = async (context) => {
    const sources: ExtraSource[] = [];
    if (live) {
      const cacheDir = process.env.ATLAS_LIVE_CACHE_DIR ?? path.join(paths.repoRoot, 'data', 'cache', 'live');
      const offline = flags['offline-cache'] === true;
      let stagingDir: string | null = null;
      if (!flags['atlas-set-only']) {
        mkdirSync(cacheDir, { recursive: true });
        const staged = mkdtempSync(path.join(cacheDir, 'kolada-staging-'));
        stagingDir = staged;
        plan.cleanup = () => rmSync(staged, { recursive: true, force: true });
      }
      const { result, commuting } = await fetchLiveSource({
        rawDir: paths.rawDir,
        reference: context.reference,
        cacheDir,
        offline,
        log,
        koladaCatalogue: stagingDir ? { kpis, stagingDir } : null,
      });
      plan.liveFailures = result.failures;
      sources.push({
        name: offline ? 'live (from cache)' : 'live (SCB, Kolada)',
        observations: result.observations,
        inputs: result.inputs,
        warnings: result.warnings,
        origins: result.origins,
        ...(commuting ? { commuting } : {}),
        ...(result.koladaCatalogue ? { koladaCatalogue: result.koladaCatalogue } : {}),
      });
    }
    const stored = flags['no-imports'] ? [] : store.list();
    if (stored.length > 0) {
      const imported = importsToSource(stored, context.municipalities);
      sources.push({ name: `imports (${stored.map((s) => s.name).join(', ')})`, ...imported });
    }
    return sources;
  };
  return plan;
}
