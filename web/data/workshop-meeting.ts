import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Cycle, type DecisionInput, type MeetingRecordRequest } from '../../data/contract';
import { api, readJson } from './api-client';
import { workshopKey } from './workshop-queries';

const workshops = api.workshops;

/** Facilitator writes of a cycle's meeting record; each refreshes the workshop (the live board does too). */
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
