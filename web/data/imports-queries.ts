import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ImportList,
  ImportPreviewResponse,
  RemovedImport,
  SavedImport,
  type ImportKind,
  type ImportSummary,
} from '../../data/contract/imports';
import { readJson } from './api-client';

/** The import routes' answers, checked on arrival against the contract the server validates them with. */
export type PreviewResult = ImportPreviewResponse;
export type { ImportKind, ImportSummary };

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

/** Sent with the file's name, so a file's own earlier version (which a save would replace) is no collision. */
export const usePreview = () =>
  useMutation({
    mutationFn: async ({ file, kind }: { file: File; kind: ImportKind }) =>
      ImportPreviewResponse.parse(
        await send(`/api/imports/preview?kind=${kind}&name=${encodeURIComponent(file.name)}`, csv(file, '')),
      ),
  });

/** `replace` is the user's explicit choice: without it a save of an existing name answers 409. */
export interface SaveRequest {
  file: File;
  kind: ImportKind;
  token: string;
  replace: boolean;
}

/** Saving or removing rebuilds the atlas: every cached answer (catalogue, values, firms) is stale after it. */
export function useSaveImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, kind, token, replace }: SaveRequest) =>
      SavedImport.parse(
        await send(
          `/api/imports?kind=${kind}&name=${encodeURIComponent(file.name)}${replace ? '&replace=true' : ''}`,
          csv(file, token),
        ),
      ),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useRemoveImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ name, token }: { name: string; token: string }) =>
      RemovedImport.parse(
        await send(`/api/imports/${encodeURIComponent(name)}`, {
          method: 'DELETE',
          headers: token ? { authorization: `Bearer ${token}` } : {},
        }),
      ),
    onSuccess: () => client.invalidateQueries(),
  });
}
