import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importFile } from '../../scripts/ingest/import/import-commands';
import { ImportStore, importName, type StoredImport } from '../../scripts/ingest/import/import-store';
import type { ImportKind, ImportPreview } from '../../data/contract/imports';
import type { PreviewOptions, TakenIndicator } from '../../scripts/ingest/import/import-types';
import { importedIndicatorId } from '../../scripts/ingest/import/imports-to-source';
import { previewImport } from '../../scripts/ingest/import/preview-import';
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
import { rebuildWithImports } from './rebuild';

export interface ImportServiceOptions extends ImportsConfig {
  /** The server's build directory; without one (an app over an in-memory build) nothing can be saved. */
  buildDir: string | null;
  /** The build the server answers from now: previews check codes against it. */
  currentBuild: () => AtlasBuild;
  /** Called with the rebuilt build, so every route answers from it. */
  onRebuilt: (build: AtlasBuild) => void;
}

/** The ingest is CPU-heavy and two runs would race on the build directory. */
const queues = new Map<string, Promise<unknown>>();

/** Preview, keep and remove users' CSV imports; every change rebuilds the atlas and swaps the build in. */
export class ImportService {
  private readonly store: ImportStore;

  constructor(private readonly options: ImportServiceOptions) {
    this.store = new ImportStore(options.importsDir);
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

  list(): ImportList {
    const reason = this.readOnlyReason();
    return {
      imports: this.store.list().map(summarise),
      writable: reason === null,
      readOnlyReason: reason,
      tokenRequired: this.tokenRequired(),
    };
  }

  /** `fileName`, when given, is the file a save would keep: its own earlier version is no collision. */
  preview(bytes: Uint8Array, kind: ImportKind, fileName?: string): ImportPreviewResponse {
    return toResponse(this.validate(bytes, kind, fileName === undefined ? undefined : importName(fileName)));
  }

  async save(bytes: Uint8Array, kind: ImportKind, fileName: string, replace = false): Promise<SavedImport> {
    const name = importName(fileName);
    return this.serialise(async () => {
      const previous = this.store.list().find((entry) => entry.name === name);
      if (previous && !replace)
        throw new ApiError(
          409,
          'conflict',
          `an import named "${name}" exists (from ${previous.originalFile}, ${previous.importedAt.slice(0, 10)}); ` +
            'send replace=true to replace it, or rename the file',
          'name',
        );
      const preview = this.validate(bytes, kind, name);
      if (preview.accepted.length === 0)
        throw new ApiError(422, 'nothing_to_import', 'no row of the file could be used; nothing was saved');
      // importFile is the CLI's own path (validation, name, sha256, store): it reads a file, so hand it one,
      // under a fixed name: the user's file name never reaches the file system.
      const dir = mkdtempSync(path.join(tmpdir(), 'atlas-upload-'));
      try {
        const file = path.join(dir, 'upload.csv');
        writeFileSync(file, bytes);
        const outcome = importFile(file, this.store, {
          ...this.previewOptions(name),
          kind,
          originalName: fileName,
        });
        if (!outcome.stored) throw new ApiError(422, 'nothing_to_import', 'no row could be used');
        const build = await this.rebuild();
        const missing = rowsMissingFrom(build, outcome.stored);
        if (missing > 0) {
          // Never report rows the build does not hold: put the imports back as they were.
          if (previous) this.store.save(previous);
          else this.store.remove(name);
          await this.rebuild();
          throw new ApiError(
            409,
            'conflict',
            `${missing} of the file's accepted rows would not reach the atlas (a collision with another import, ` +
              'or a site outside every municipality); nothing was saved',
            'body',
          );
        }
        return {
          import: summarise(outcome.stored),
          preview: toResponse(outcome.preview),
          buildId: build.manifest.buildId,
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  async remove(name: string): Promise<RemovedImport> {
    return this.serialise(async () => {
      if (!this.store.remove(name)) throw new ApiError(404, 'not_found', `no import named "${name}"`, 'name');
      return { removed: importName(name), buildId: (await this.rebuild()).manifest.buildId };
    });
  }

  /** Checks against the current municipalities and against the indicators of every other stored import. */
  private previewOptions(ownName: string | undefined): PreviewOptions {
    const existingIndicators = new Map<string, TakenIndicator>();
    for (const entry of this.store.list()) {
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

  private validate(bytes: Uint8Array, kind: ImportKind, ownName: string | undefined): ImportPreview {
    if (bytes.byteLength === 0) throw new ApiError(400, 'empty_file', 'the file is empty', 'body');
    try {
      return previewImport(bytes, kind, this.previewOptions(ownName));
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unreadable';
      throw new ApiError(400, 'unreadable_file', `the file could not be read as CSV: ${reason}`, 'body');
    }
  }

  private codes(): ReadonlySet<string> {
    return new Set(this.options.currentBuild().municipalityByCode.keys());
  }

  private async rebuild(): Promise<AtlasBuild> {
    const { buildDir, rawDir } = this.options;
    if (!buildDir) throw new ApiError(403, 'imports_disabled', this.readOnlyReason() ?? 'read-only');
    const build = await rebuildWithImports({ rawDir, buildDir, stored: this.store.list() });
    this.options.onRebuilt(build);
    return build;
  }

  /** One change at a time per build directory (also across the services made for each new build). */
  private serialise<T>(task: () => Promise<T>): Promise<T> {
    const key = this.options.buildDir ?? '';
    const run = (queues.get(key) ?? Promise.resolve()).then(task, task);
    queues.set(
      key,
      run.catch(() => undefined),
    );
    return run;
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
