import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  CreateWorkshopResponse,
  Entry,
  IndicatorCurrent,
  SinceLastTime,
  VoteTally,
  Workshop,
  type CreateEntryRequest,
  type CreateWorkshopRequest,
  type CycleInput,
  type OrganisationInput,
  type UpdateEntryRequest,
  type UpdateWorkshopRequest,
} from '../../data/contract';
import { ValuesResponse } from '../../data/contract/api-values';
import { api, readJson } from './api-client';

const workshops = api.workshops;

/** The edit token goes only into this header: never into a URL, so it stays out of logs and Referer headers. */
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

export const workshopKey = (id: string) => ['workshop', id] as const;

export const workshopQuery = (id: string) =>
  queryOptions({
    queryKey: workshopKey(id),
    queryFn: async () =>
      Workshop.parse(await readJson(await workshops[':workshopId'].$get({ param: { workshopId: id } }))),
  });

export function useWorkshop(id: string) {
  return useQuery(workshopQuery(id));
}

export function useSinceLastTime(id: string, number: number, enabled: boolean) {
  return useQuery({
    queryKey: [...workshopKey(id), 'since', number],
    enabled,
    queryFn: async () =>
      SinceLastTime.parse(
        await readJson(
          await workshops[':workshopId'].cycles[':number']['since-last-time'].$get({
            param: { workshopId: id, number: String(number) },
          }),
        ),
      ),
  });
}

/** Current values for the workshop's municipalities; all indicators when `ids` is omitted. */
export function useCurrentIndicators(id: string, ids?: readonly string[]) {
  return useQuery({
    queryKey: [...workshopKey(id), 'indicators', ids?.join(',') ?? 'all'],
    staleTime: Infinity,
    queryFn: async () =>
      z.array(IndicatorCurrent).parse(
        await readJson(
          await workshops[':workshopId'].indicators.$get({
            param: { workshopId: id },
            query: ids ? { ids: ids.join(',') } : {},
          }),
        ),
      ),
  });
}

/** Names of all 290 municipalities, from the population ranking (every municipality has a population). */
export function useMunicipalityNames() {
  return useQuery({
    queryKey: ['workshop', 'municipality-names'],
    staleTime: Infinity,
    queryFn: async () => {
      const body = ValuesResponse.parse(
        await readJson(
          await api.indicators[':id'].values.$get({ param: { id: 'population_total' }, query: {} }),
        ),
      );
      return new Map(body.values.map((value) => [value.code, value.name]));
    },
  });
}

export function useCreateWorkshop() {
  return useMutation({
    mutationFn: async (request: CreateWorkshopRequest) =>
      CreateWorkshopResponse.parse(await readJson(await workshops.$post({ json: request }))),
  });
}

/** Every write refreshes the workshop (and its "since last time") from the server afterwards. */
function useWrite<A>(id: string, write: (args: A) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => client.invalidateQueries({ queryKey: workshopKey(id) }),
  });
}

export function useWorkshopWrites(id: string, token: string) {
  const param = { workshopId: id };
  const auth = bearer(token);
  return {
    updateWorkshop: useWrite(id, async (patch: UpdateWorkshopRequest & { version: number }) =>
      Workshop.parse(await readJson(await workshops[':workshopId'].$patch({ param, json: patch }, auth))),
    ),
    addOrganisation: useWrite(id, async (organisation: OrganisationInput) =>
      Workshop.parse(
        await readJson(
          await workshops[':workshopId'].organisations.$post({ param, json: organisation }, auth),
        ),
      ),
    ),
    addCycle: useWrite(id, async (cycle: CycleInput) =>
      Workshop.parse(
        await readJson(await workshops[':workshopId'].cycles.$post({ param, json: cycle }, auth)),
      ),
    ),
    addEntry: useWrite(id, async ({ cycleId, entry }: { cycleId: string; entry: CreateEntryRequest }) =>
      Entry.parse(
        await readJson(
          await workshops[':workshopId'].cycles[':cycleId'].entries.$post(
            { param: { ...param, cycleId }, json: entry },
            auth,
          ),
        ),
      ),
    ),
    updateEntry: useWrite(id, async ({ entryId, patch }: { entryId: string; patch: UpdateEntryRequest }) =>
      Entry.parse(
        await readJson(
          await workshops[':workshopId'].entries[':entryId'].$patch(
            { param: { ...param, entryId }, json: patch },
            auth,
          ),
        ),
      ),
    ),
    deleteEntry: useWrite(id, async (entryId: string) => {
      const response = await workshops[':workshopId'].entries[':entryId'].$delete(
        { param: { ...param, entryId } },
        auth,
      );
      if (!response.ok) await readJson(response);
    }),
    vote: useWrite(id, async ({ entryId, direction }: { entryId: string; direction: 'add' | 'remove' }) => {
      const endpoint = workshops[':workshopId'].entries[':entryId'].votes;
      const args = { param: { ...param, entryId } };
      const response =
        direction === 'add' ? await endpoint.$post(args, auth) : await endpoint.$delete(args, auth);
      return VoteTally.parse(await readJson(response));
    }),
  };
}

export type WorkshopWrites = ReturnType<typeof useWorkshopWrites>;

/** The workshop's downloads: JSON, CSV in either dialect (csv-sv for Swedish Excel) and XLSX. */
export const exportUrl = (id: string, format: 'json' | 'csv' | 'csv-sv' | 'xlsx') =>
  format === 'csv-sv'
    ? `/api/workshops/${id}/export.csv?format=csv-sv`
    : `/api/workshops/${id}/export.${format}`;
