import { vi } from 'vitest';
import { createApp } from '../../../api/app';
import { type AtlasBuild, withLookups } from '../../../api/build/atlas-build';
import { loadBuildCached } from '../../../api/build/load-build';
import { ParquetReader } from '../../../api/kolada/parquet-reader';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import { koladaParquetOf } from '../../../data/contract';
import { TEST_BUILD_DIR } from '../../support/paths';

export const base = loadBuildCached(TEST_BUILD_DIR);

/** The real test build with a series cache of its own, over a reader whose Parquet queries are counted. */
export function countedBuild(buildId = base.manifest.buildId): { build: AtlasBuild; reads: () => number } {
  const reader = new ParquetReader(TEST_BUILD_DIR, koladaParquetOf(base.manifest.outputs));
  const rows = vi.spyOn(reader, 'rows');
  const build = withLookups({ ...base, manifest: { ...base.manifest, buildId } }, base.geometry, reader);
  return { build, reads: () => rows.mock.calls.length };
}

/** An app over one build; `follow` receives the swap a shared builds root would call. */
export function appOver(
  build: AtlasBuild,
  follow?: (swap: (next: AtlasBuild) => void) => void,
  onBuildSwap?: (next: AtlasBuild) => void,
) {
  return createApp({
    build,
    workshopStore: new SqliteWorkshopStore(':memory:'),
    onBuildSwap,
    sharedBuilds: follow && {
      follow,
      exclusive: () => Promise.reject(new Error('no rebuilds in this test')),
      rebuild: () => Promise.reject(new Error('no rebuilds in this test')),
    },
  });
}
