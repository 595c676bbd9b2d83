import { useMutation } from '@tanstack/react-query';
import { CreateWorkshopResponse, WorkshopExport } from '../../data/contract';
import { api, readJson } from './api-client';

const workshops = api.workshops;

/** Imports an exported workshop file: the answer holds the new workshop's links, shown once like at creation. */
export function useImportWorkshop() {
  return useMutation({
    mutationFn: async (fileText: string) => {
      const parsed = WorkshopExport.safeParse(JSON.parse(fileText));
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.path.join('.') || 'not a workshop export');
      return CreateWorkshopResponse.parse(
        await readJson(await workshops.import.$post({ json: parsed.data })),
      );
    },
  });
}

/** Removes a workshop for good; `confirm` is the facilitator secret typed (pasted) again. */
export function useEraseWorkshop(id: string, editToken: string) {
  return useMutation({
    mutationFn: async (confirm: string) => {
      const response = await workshops[':workshopId'].erase.$post(
        { param: { workshopId: id }, json: { confirm } },
        { headers: { authorization: `Bearer ${editToken}` } },
      );
      if (!response.ok) await readJson(response);
    },
  });
}
