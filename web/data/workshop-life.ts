import { useMutation } from '@tanstack/react-query';
import { CreateWorkshopResponse, WorkshopExport } from '../../data/contract';
import { api, ApiError, readJson } from './api-client';

const workshops = api.workshops;

/** Imports an exported workshop file: the answer holds the new workshop's links, shown once like at creation. */
export function useImportWorkshop() {
  return useMutation({
    mutationFn: async (fileText: string) => {
      // Checked here before it is sent, with the codes the server would use, so the page can say it in its language.
      let json: unknown;
      try {
        json = JSON.parse(fileText);
      } catch {
        throw new ApiError(400, 'the file is not JSON', 'unreadable_file');
      }
      const parsed = WorkshopExport.safeParse(json);
      if (!parsed.success) {
        const field = parsed.error.issues[0]?.path.join('.') || null;
        throw new ApiError(400, 'not a workshop export', 'invalid_parameter', field);
      }
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
