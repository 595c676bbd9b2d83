import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Cycle, type DecisionInput, type MeetingRecordRequest, type Workshop } from '../../data/contract';
import { api, readJson } from './api-client';
import { workshopKey } from './workshop-queries';

const workshops = api.workshops;

/**
 * Facilitator writes of a cycle's meeting record; each refreshes the workshop (the live board does too). A record
 * write sends `version` (the cycle's recordVersion as read): a stale one is answered 409.
 */
export function useMeetingWrites(id: string, editToken: string) {
  const client = useQueryClient();
  const auth = { headers: { authorization: `Bearer ${editToken}` } };
  const onSettled = () => client.invalidateQueries({ queryKey: workshopKey(id) });
  return {
    setRecord: useMutation({
      mutationFn: async ({ cycleId, record }: { cycleId: string; record: MeetingRecordRequest }) =>
        Cycle.parse(
          await readJson(
            await workshops[':workshopId'].cycles[':cycleId'].record.$put(
              { param: { workshopId: id, cycleId }, json: record },
              auth,
            ),
          ),
        ),
      // The answer carries the record's new version: the next write (a tick right after) sends it, not the old one.
      onSuccess: (cycle) =>
        client.setQueryData(workshopKey(id), (workshop: Workshop | undefined) =>
          workshop
            ? { ...workshop, cycles: workshop.cycles.map((c) => (c.id === cycle.id ? cycle : c)) }
            : workshop,
        ),
      onSettled,
    }),
    addDecision: useMutation({
      mutationFn: async ({ cycleId, decision }: { cycleId: string; decision: DecisionInput }) =>
        Cycle.parse(
          await readJson(
            await workshops[':workshopId'].cycles[':cycleId'].decisions.$post(
              { param: { workshopId: id, cycleId }, json: decision },
              auth,
            ),
          ),
        ),
      onSettled,
    }),
  };
}
