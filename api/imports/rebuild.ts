import type { StoredImport } from '../../scripts/ingest/import/import-store';
import { importsToSource } from '../../scripts/ingest/import/imports-to-source';
import type { AtlasBuild } from '../build/atlas-build';
import { loadBuild } from '../build/load-build';

export interface RebuildInput {
  rawDir: string;
  buildDir: string;
  stored: StoredImport[];
}

/**
 * The offline ingest with the stored imports as an extra source, written over the server's build directory
 * (the ingest swaps directories in with renames, so readers never see half a build), then loaded fresh.
 */
export async function rebuildWithImports(input: RebuildInput): Promise<AtlasBuild> {
  // Imported lazily: the ingest is large and only the first save or removal needs it.
  const { runIngest } = await import('../../scripts/ingest/run-ingest');
  await runIngest({
    rawDir: input.rawDir,
    outDir: input.buildDir,
    quiet: true,
    extraSources: (context) =>
      input.stored.length === 0
        ? []
        : [
            {
              name: `imports (${input.stored.map((s) => s.name).join(', ')})`,
              ...importsToSource(input.stored, context.municipalities),
            },
          ],
  });
  return loadBuild(input.buildDir);
}
