import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importFile } from '../../scripts/ingest/import/import-commands';
import { ImportStore, importName } from '../../scripts/ingest/import/import-store';
import type { ImportKind, ImportPreview } from '../../data/contract/imports';
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
      return 'imports are turned off on this server (ATLAS_IMPORTS=off); previews still work';
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

  preview(bytes: Uint8Array, kind: ImportKind): ImportPreviewResponse {
    return toResponse(this.validate(bytes, kind));
  }

  async save(bytes: Uint8Array, kind: ImportKind, fileName: string): Promise<SavedImport> {
    const preview = this.validate(bytes, kind);
    if (preview.accepted.length === 0)
      throw new ApiError(422, 'nothing_to_import', 'no row of the file could be used; nothing was saved');
    return this.serialise(async () => {
      // importFile is the CLI's own path (validation, name, sha256, store): it reads a file, so hand it one.
      const dir = mkdtempSync(path.join(tmpdir(), 'atlas-upload-'));
      try {
        const file = path.join(dir, fileName);
        writeFileSync(file, bytes);
        const outcome = importFile(file, this.store, { kind, municipalityCodes: this.codes() });
        if (!outcome.stored) throw new ApiError(422, 'nothing_to_import', 'no row could be used');
        const buildId = await this.rebuild();
        return { import: summarise(outcome.stored), preview: toResponse(outcome.preview), buildId };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  async remove(name: string): Promise<RemovedImport> {
    return this.serialise(async () => {
      if (!this.store.remove(name)) throw new ApiError(404, 'not_found', `no import named "${name}"`, 'name');
      return { removed: importName(name), buildId: await this.rebuild() };
    });
  }

  private validate(bytes: Uint8Array, kind: ImportKind): ImportPreview {
    if (bytes.byteLength === 0) throw new ApiError(400, 'empty_file', 'the file is empty', 'body');
    try {
      return previewImport(bytes, kind, { municipalityCodes: this.codes() });
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unreadable';
      throw new ApiError(400, 'unreadable_file', `the file could not be read as CSV: ${reason}`, 'body');
    }
  }

  private codes(): ReadonlySet<string> {
    return new Set(this.options.currentBuild().municipalityByCode.keys());
  }

  private async rebuild(): Promise<string> {
    const { buildDir, rawDir } = this.options;
    if (!buildDir) throw new ApiError(403, 'imports_disabled', this.readOnlyReason() ?? 'read-only');
    const build = await rebuildWithImports({ rawDir, buildDir, importsDir: this.options.importsDir });
    this.options.onRebuilt(build);
    return build.manifest.buildId;
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
