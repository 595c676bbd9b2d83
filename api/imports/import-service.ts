import { createHash } from 'node:crypto';
import type { ImportKind, ImportPreview, StoredImport } from '../../data/contract/imports';
import { importedIndicatorId } from '../../data/imports/imported-indicator-id';
import { previewImport } from '../../data/imports/preview-import';
import type { PreviewOptions, TakenIndicator } from '../../data/imports/preview-options';
import { importName, storedImportOf } from '../../data/imports/stored-import';
import type { AtlasBuild } from '../build/atlas-build';
import { ApiError } from '../http/api-error';
import {
  type ImportList,
  type ImportPreviewResponse,
  indicatorIdsOf,
  PREVIEW_ROW_LIMIT,
  type RemovedImport,
  type SavedImport,
  summarise,
} from './import-summary';
import type { ImportsConfig } from './imports-config';
import type { ImportStore } from './import-store';
import { type BuildRebuilder, inPlaceRebuilder, queued } from './build-rebuilder';

export interface ImportServiceOptions extends ImportsConfig {
  /** The server's build directory; without one (an app over an in-memory build) nothing can be saved. */
  buildDir: string | null;
  /** Where saved imports are kept (files, or PostgreSQL); it outlives every rebuild. */
  store: ImportStore;
  /** The build the server answers from now: previews check codes against it. */
  currentBuild: () => AtlasBuild;
  /** Called with the rebuilt build, so every route answers from it. */
  onRebuilt: (build: AtlasBuild) => void;
  /** Who rebuilds (default: the ingest rewrites `buildDir` in place; several instances share a builds root). */
  rebuilder?: BuildRebuilder;
}

/** Preview, keep and remove users' CSV imports; every change rebuilds the atlas and swaps the build in. */
export class ImportService {
  private readonly store: ImportStore;
  private readonly rebuilder: BuildRebuilder | null;

  constructor(private readonly options: ImportServiceOptions) {
    this.store = options.store;
    this.rebuilder =
      options.rebuilder ?? (options.buildDir ? inPlaceRebuilder(options.rawDir, options.buildDir) : null);
  }

  readOnlyReason(): string | null {
    if (!this.options.writesEnabled)
      return (
        this.options.offReason ??
        'imports are turned off on this server (ATLAS_IMPORTS=off); previews still work'
      );
    if (!this.options.buildDir) return 'this server has no build directory to rebuild';
    return null;
  }

  tokenRequired(): boolean {
    return this.options.token !== null;
  }

  token(): string | null {
    return this.options.token;
  }

  async list(): Promise<ImportList> {
    // A read-only builds root is not a 403 (another instance behind the same address takes the change) but the
    // list still says that this instance cannot.
    const reason = this.readOnlyReason() ?? this.rebuilder?.readOnlyReason?.() ?? null;
    return {
      imports: (await this.store.list()).map(summarise),
      writable: reason === null,
      readOnlyReason: reason,
      tokenRequired: this.tokenRequired(),
    };
  }

  /** `fileName`, when given, is the file a save would keep: its own earlier version is no collision. */
  async preview(bytes: Uint8Array, kind: ImportKind, fileName?: string): Promise<ImportPreviewResponse> {
    const ownName = fileName === undefined ? undefined : importName(fileName);
    return toResponse(this.validate(bytes, kind, await this.previewOptions(ownName)));
  }

  async save(bytes: Uint8Array, kind: ImportKind, fileName: string, replace = false): Promise<SavedImport> {
    const name = importName(fileName);
    return this.serialise(async () => {
      const stored = await this.store.list();
      const previous = stored.find((entry) => entry.name === name);
      if (previous && !replace)
        throw new ApiError(
          409,
          'conflict',
          `an import named "${name}" exists (from ${previous.originalFile}, ${previous.importedAt.slice(0, 10)}); ` +
            'send replace=true to replace it, or rename the file',
          'name',
        );
      const preview = this.validate(bytes, kind, this.optionsOver(stored, name));
      const entry = storedImportOf(preview, {
        originalFile: fileName,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        importedAt: new Date(),
      });
      if (!entry)
        throw new ApiError(422, 'nothing_to_import', 'no row of the file could be used; nothing was saved');
      await this.store.save(entry);
      // Never keep an import the build does not hold: on failure, put the imports back as they were.
      const restore = async () => {
        if (previous) await this.store.save(previous);
        else await this.store.remove(name);
      };
      const build = await this.rebuild().catch(async (error: unknown) => {
        // A failed ingest leaves the served build untouched, so only the store needs putting back.
        await restore();
        throw error;
      });
      const missing = rowsMissingFrom(build, entry);
      if (missing > 0) {
        await restore();
        await this.rebuild();
        throw new ApiError(
          409,
          'conflict',
          `${missing} of the file's accepted rows would not reach the atlas (a collision with another import, ` +
            'or a site outside every municipality); nothing was saved',
          'body',
        );
      }
      return { import: summarise(entry), preview: toResponse(preview), buildId: build.manifest.buildId };
    });
  }

  async remove(name: string): Promise<RemovedImport> {
    return this.serialise(async () => {
      if (!(await this.store.remove(name)))
        throw new ApiError(404, 'not_found', `no import named "${name}"`, 'name');
      return { removed: importName(name), buildId: (await this.rebuild()).manifest.buildId };
    });
  }

  /** Checks against the current municipalities and against the indicators of every other stored import. */
  private async previewOptions(ownName: string | undefined): Promise<PreviewOptions> {
    return this.optionsOver(await this.store.list(), ownName);
  }

  private optionsOver(stored: readonly StoredImport[], ownName: string | undefined): PreviewOptions {
    const existingIndicators = new Map<string, TakenIndicator>();
    for (const entry of stored) {
      if (entry.name === ownName) continue;
      for (const row of entry.indicatorRows)
        existingIndicators.set(importedIndicatorId(row.title), {
          importName: entry.name,
          title: row.title,
          unit: row.unit,
        });
    }
    return { municipalityCodes: this.codes(), existingIndicators };
  }

  private validate(bytes: Uint8Array, kind: ImportKind, options: PreviewOptions): ImportPreview {
    if (bytes.byteLength === 0) throw new ApiError(400, 'empty_file', 'the file is empty', 'body');
    try {
      return previewImport(bytes, kind, options);
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unreadable';
      throw new ApiError(400, 'unreadable_file', `the file could not be read as CSV: ${reason}`, 'body');
    }
  }

  private codes(): ReadonlySet<string> {
    return new Set(this.options.currentBuild().municipalityByCode.keys());
  }

  private async rebuild(): Promise<AtlasBuild> {
    if (!this.options.buildDir || !this.rebuilder)
      throw new ApiError(403, 'imports_disabled', this.readOnlyReason() ?? 'read-only');
    const input = await this.store.ingestInput();
    try {
      const build = await this.rebuilder.rebuild(input.dir);
      this.options.onRebuilt(build);
      return build;
    } finally {
      input.release();
    }
  }

  /** One change at a time: per build directory, or across every instance when they share a builds root. */
  private serialise<T>(task: () => Promise<T>): Promise<T> {
    return this.rebuilder ? this.rebuilder.exclusive(task) : queued('', task);
  }
}

/** Accepted rows of a stored import that the build does not hold (values of its indicators, firm sites). */
function rowsMissingFrom(build: AtlasBuild, stored: StoredImport): number {
  if (stored.kind === 'firms') {
    const origin = `import:${stored.name}`;
    const held = build.firms.features.filter((f) => f.properties.origin === origin).length;
    return Math.max(0, stored.firmRows.length - held);
  }
  return stored.indicatorRows.filter((row) => {
    const series = build.seriesByIndicator.get(importedIndicatorId(row.title))?.get(row.year);
    return series?.municipalities[row.municipalityCode] !== row.value;
  }).length;
}

function toResponse(preview: ImportPreview): ImportPreviewResponse {
  const titles = preview.kind === 'indicator' ? preview.accepted.map((row) => row.title) : [];
  return {
    kind: preview.kind,
    acceptedCount: preview.accepted.length,
    rejectedCount: preview.rejected.length,
    accepted: preview.accepted.slice(0, PREVIEW_ROW_LIMIT).map((row) => ({ ...row })),
    rejected: preview.rejected.slice(0, PREVIEW_ROW_LIMIT * 2),
    notes: preview.notes,
    indicatorIds: indicatorIdsOf(titles),
  };
}
