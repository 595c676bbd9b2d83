import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  JoinWorkshopResponse,
  ParticipantSelf,
  RotateLinkResponse,
  type WorkshopRole,
} from '../../data/contract';
import { api, readJson } from './api-client';
import { workshopKey } from './workshop-queries';

const workshops = api.workshops;

/** What a participant's device sends: the participant link's secret and, once joined, its own voter key. */
export interface ParticipantAuth {
  token: string;
  voterKey: string | null;
}

export const participantHeaders = (auth: ParticipantAuth): Record<string, string> => ({
  authorization: `Bearer ${auth.token}`,
  ...(auth.voterKey ? { 'x-voter-key': auth.voterKey } : {}),
});

export const participantSelfKey = (id: string) => [...workshopKey(id), 'participant-self'] as const;

/** Dots used by this device; under the workshop's key, so every live refresh of the workshop refreshes it too. */
export const participantSelfQuery = (id: string, auth: ParticipantAuth) =>
  queryOptions({
    queryKey: participantSelfKey(id),
    enabled: auth.voterKey !== null,
    queryFn: async () =>
      ParticipantSelf.parse(
        await readJson(
          await workshops[':workshopId'].participants.me.$get(
            { param: { workshopId: id } },
            { headers: participantHeaders(auth) },
          ),
        ),
      ),
  });

export function useJoinWorkshop(id: string, token: string) {
  return useMutation({
    mutationFn: async (organisationId: string | null) =>
      JoinWorkshopResponse.parse(
        await readJson(
          await workshops[':workshopId'].participants.$post(
            { param: { workshopId: id }, json: { organisationId } },
            { headers: participantHeaders({ token, voterKey: null }) },
          ),
        ),
      ),
  });
}

/** Facilitator: a new participant (or edit) link; the old one stops working at once. */
export function useRotateLink(id: string, editToken: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (role: WorkshopRole) =>
      RotateLinkResponse.parse(
        await readJson(
          await workshops[':workshopId'].links.rotate.$post(
            { param: { workshopId: id }, json: { role } },
            { headers: { authorization: `Bearer ${editToken}` } },
          ),
        ),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: workshopKey(id) }),
  });
}

/** One queued participant write as the outbox keeps it: the workshop-relative path, method, body and its key. */
export interface ParticipantWrite {
  path: string;
  method: string;
  body?: unknown;
  key: string;
}

/**
 * Sends one queued write with its idempotency key, so a retry after a lost answer never writes twice. "retry" for
 * what a later attempt may fix (offline, 429, 5xx), "rejected" for what it will not (4xx).
 */
export async function sendParticipantWrite(
  workshopId: string,
  auth: ParticipantAuth,
  write: ParticipantWrite,
): Promise<'sent' | 'retry' | 'rejected'> {
  try {
    const response = await fetch(`/api/workshops/${workshopId}${write.path}`, {
      method: write.method,
      headers: {
        ...participantHeaders(auth),
        'idempotency-key': write.key,
        ...(write.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: write.body === undefined ? undefined : JSON.stringify(write.body),
    });
    if (response.ok) return 'sent';
    return response.status === 429 || response.status >= 500 ? 'retry' : 'rejected';
  } catch {
    return 'retry';
  }
}
