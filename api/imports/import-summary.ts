import { z } from 'zod';
import type { StoredImport } from '../../scripts/ingest/import/import-store';
import { importedIndicatorId } from '../../scripts/ingest/import/imports-to-source';
import { ImportKind, RejectedRow } from '../../scripts/ingest/import/import-types';

/** An import as the dashboard lists it: its provenance, not its rows. */
export const ImportSummary = z
  .object({
    name: z.string(),
    kind: ImportKind,
    originalFile: z.string(),
    importedAt: z.string(),
    sha256: z.string(),
    rows: z.number().int().nonnegative(),
    rejectedRows: z.number().int().nonnegative(),
    indicatorIds: z.array(z.string()),
  })
  .openapi('ImportSummary');
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportList = z
  .object({
    imports: z.array(ImportSummary),
    writable: z.boolean(),
    /** Why saving is off, when it is. */
    readOnlyReason: z.string().nullable(),
    tokenRequired: z.boolean(),
  })
  .openapi('ImportList');
export type ImportList = z.infer<typeof ImportList>;

/** Rows shown in a preview; the counts cover the whole file. */
export const PREVIEW_ROW_LIMIT = 100;

export const ImportPreviewResponse = z
  .object({
    kind: ImportKind,
    acceptedCount: z.number().int().nonnegative(),
    rejectedCount: z.number().int().nonnegative(),
    accepted: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
    rejected: z.array(RejectedRow),
    notes: z.array(z.string()),
    indicatorIds: z.array(z.string()),
  })
  .openapi('ImportPreview');
export type ImportPreviewResponse = z.infer<typeof ImportPreviewResponse>;

export const SavedImport = z
  .object({ import: ImportSummary, preview: ImportPreviewResponse, buildId: z.string() })
  .openapi('SavedImport');
export type SavedImport = z.infer<typeof SavedImport>;

export const RemovedImport = z.object({ removed: z.string(), buildId: z.string() }).openapi('RemovedImport');
export type RemovedImport = z.infer<typeof RemovedImport>;

export function indicatorIdsOf(titles: readonly string[]): string[] {
  return [...new Set(titles.map(importedIndicatorId))];
}

export function summarise(entry: StoredImport): ImportSummary {
  return {
    name: entry.name,
    kind: entry.kind,
    originalFile: entry.originalFile,
    importedAt: entry.importedAt,
    sha256: entry.sha256,
    rows: entry.kind === 'indicator' ? entry.indicatorRows.length : entry.firmRows.length,
    rejectedRows: entry.rejectedRows,
    indicatorIds: indicatorIdsOf(entry.indicatorRows.map((row) => row.title)),
  };
}
