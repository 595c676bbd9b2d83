import { z } from 'zod';
import { Direction, Theme, Unit } from '../../../data/contract';

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
export const IndicatorImportPreview = z.object({
  kind: z.literal('indicator'),
  accepted: z.array(IndicatorImportRow),
  rejected: z.array(RejectedRow),
  notes: z.array(z.string()),
});
export type IndicatorImportPreview = z.infer<typeof IndicatorImportPreview>;
export const FirmImportPreview = z.object({
  kind: z.literal('firms'),
  accepted: z.array(FirmImportRow),
  rejected: z.array(RejectedRow),
  notes: z.array(z.string()),
});
export type FirmImportPreview = z.infer<typeof FirmImportPreview>;
export const ImportPreview = z.discriminatedUnion('kind', [IndicatorImportPreview, FirmImportPreview]);
export type ImportPreview = z.infer<typeof ImportPreview>;

/** An indicator another stored import already defines: a new title making the same id would collide. */
export interface TakenIndicator {
  importName: string;
  title: string;
  unit: Unit;
}

export interface PreviewOptions {
  /** The 290 municipality codes; when given, other codes are rejected. */
  municipalityCodes?: ReadonlySet<string>;
  /** Indicator ids of the other stored imports (not of the one being replaced). */
  existingIndicators?: ReadonlyMap<string, TakenIndicator>;
}
