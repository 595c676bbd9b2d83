import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { readJson } from '../lib/api-client';

/** The shapes the import routes answer (api/imports/import-summary.ts), checked on arrival. */
export const PreviewResult = z.object({
  kind: z.enum(['indicator', 'firms']),
  acceptedCount: z.number(),
  rejectedCount: z.number(),
  accepted: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
  rejected: z.array(
    z.object({
      line: z.number(),
      column: z.number().optional(),
      columnName: z.string().optional(),
      reason: z.string(),
    }),
  ),
  notes: z.array(z.string()),
  indicatorIds: z.array(z.string()),
});
export type PreviewResult = z.infer<typeof PreviewResult>;
export type ImportKind = PreviewResult['kind'];

const Summary = z.object({
  name: z.string(),
  kind: z.enum(['indicator', 'firms']),
  originalFile: z.string(),
  importedAt: z.string(),
  rows: z.number(),
  rejectedRows: z.number(),
  indicatorIds: z.array(z.string()),
});
export type ImportSummary = z.infer<typeof Summary>;
const ImportList = z.object({
  imports: z.array(Summary),
  writable: z.boolean(),
  readOnlyReason: z.string().nullable(),
  tokenRequired: z.boolean(),
});
const Saved = z.object({ import: Summary, buildId: z.string() });

const importsKey = ['imports'] as const;

// Raw bodies (the file's own bytes, whatever its encoding): plain fetch, since hc sends JSON or forms.
const send = (url: string, init: RequestInit) => fetch(url, init).then(readJson);
const csv = (file: File, token: string): RequestInit => ({
  method: 'POST',
  body: file,
  headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
});

export const useImportList = () =>
  useQuery({ queryKey: importsKey, queryFn: async () => ImportList.parse(await send('/api/imports', {})) });

export const usePreview = () =>
  useMutation({
    mutationFn: async ({ file, kind }: { file: File; kind: ImportKind }) =>
      PreviewResult.parse(await send(`/api/imports/preview?kind=${kind}`, csv(file, ''))),
  });

/** Saving or removing rebuilds the atlas: every cached answer (catalogue, values, firms) is stale after it. */
export function useSaveImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, kind, token }: { file: File; kind: ImportKind; token: string }) =>
      Saved.parse(
        await send(`/api/imports?kind=${kind}&name=${encodeURIComponent(file.name)}`, csv(file, token)),
      ),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useRemoveImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ name, token }: { name: string; token: string }) =>
      send(`/api/imports/${encodeURIComponent(name)}`, {
        method: 'DELETE',
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
    onSuccess: () => client.invalidateQueries(),
  });
}
