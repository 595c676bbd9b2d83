/**
 * Users' own CSV files (indicators or firm sites): the rows an import yields, its preview and the answers of the
 * import routes. One definition for the ingest that parses them, the API that serves them and the dashboard.
 */
import { z } from 'zod';
import { Theme } from './codes';
import { Direction, Unit } from './indicator';

export const ImportKind = z.enum(['indicator', 'firms']);
export type ImportKind = z.infer<typeof ImportKind>;

/** Why a row was not taken: line and column as a spreadsheet shows them (column 1 = A). */
export const RejectedRow = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive().optional(),
  columnName: z.string().optional(),
  reason: z.string().min(1),
});
export type RejectedRow = z.infer<typeof RejectedRow>;

export const IndicatorImportRow = z.object({
  line: z.number().int().positive(),
  municipalityCode: z.string().regex(/^\d{4}$/),
  year: z.number().int().min(1990).max(2100),
  value: z.number(),
  title: z.string().min(1),
  unit: Unit,
  direction: Direction,
  source: z.string().min(1),
  theme: Theme,
});
export type IndicatorImportRow = z.infer<typeof IndicatorImportRow>;

export const FirmImportRow = z.object({
  line: z.number().int().positive(),
  company: z.string().min(1),
  site: z.string().min(1),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  municipalityCode: z
    .string()
    .regex(/^\d{4}$/)
    .nullable(),
  nace: z.string().regex(/^\d{2}(\.\d{1,2})?$/),
  activity: z.string(),
  employees: z.string().nullable(),
  source: z.string().min(1),
});
export type FirmImportRow = z.infer<typeof FirmImportRow>;

/** What an upload would add and what it would reject, before anything is saved. */
const previewOf = <K extends ImportKind, R extends z.ZodType>(kind: K, row: R) =>
  z.object({
    kind: z.literal(kind),
    accepted: z.array(row),
    rejected: z.array(RejectedRow),
    notes: z.array(z.string()),
  });
export const IndicatorImportPreview = previewOf('indicator', IndicatorImportRow);
export type IndicatorImportPreview = z.infer<typeof IndicatorImportPreview>;
export const FirmImportPreview = previewOf('firms', FirmImportRow);
export type FirmImportPreview = z.infer<typeof FirmImportPreview>;
export const ImportPreview = z.discriminatedUnion('kind', [IndicatorImportPreview, FirmImportPreview]);
export type ImportPreview = z.infer<typeof ImportPreview>;

/**
 * One accepted import as it is kept until removed: its accepted rows and provenance. The same document in every
 * store (a JSON file per import in data/local/imports, or a row of user_imports in PostgreSQL) and in the ingest.
 */
export const StoredImport = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  kind: ImportKind,
  originalFile: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: z.string().datetime(),
  rejectedRows: z.number().int().nonnegative(),
  indicatorRows: z.array(IndicatorImportRow),
  firmRows: z.array(FirmImportRow),
});
export type StoredImport = z.infer<typeof StoredImport>;

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
  .meta({ id: 'ImportSummary' });
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportList = z
  .object({
    imports: z.array(ImportSummary),
    writable: z.boolean(),
    /** Why saving is off, when it is. */
    readOnlyReason: z.string().nullable(),
    tokenRequired: z.boolean(),
  })
  .meta({ id: 'ImportList' });
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
  .meta({ id: 'ImportPreview' });
export type ImportPreviewResponse = z.infer<typeof ImportPreviewResponse>;

export const SavedImport = z
  .object({ import: ImportSummary, preview: ImportPreviewResponse, buildId: z.string() })
  .meta({ id: 'SavedImport' });
export type SavedImport = z.infer<typeof SavedImport>;

export const RemovedImport = z
  .object({ removed: z.string(), buildId: z.string() })
  .meta({ id: 'RemovedImport' });
export type RemovedImport = z.infer<typeof RemovedImport>;
