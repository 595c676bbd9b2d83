import type { Context, MiddlewareHandler } from 'hono';
import { VoterKey } from '../../data/contract';
import { ApiError } from '../http/api-error';
import { editTokenMatches, hashEditToken } from '../storage/secrets';
import type { WorkshopStore } from '../storage/workshop-store';
import { unknownWorkshop } from './workshop-errors';

/** Who is writing: the facilitator (edit link) or a participant (join link; participantId once the device joined). */
export type WorkshopActor =
  | { role: 'facilitator' }
  | { role: 'participant'; participantId: string | null; organisationId: string | null };

declare module 'hono' {
  interface ContextVariableMap {
    workshopActor: WorkshopActor;
  }
}

const forbidden = (message: string, field = 'authorization') =>
  new ApiError(403, 'forbidden', message, field);

/** The secret arrives only as `Authorization: Bearer <token>`, never in a URL. */
export function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization');
  const match = header ? /^Bearer\s+([A-Za-z0-9_-]{1,200})\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * Resolves the caller's role from the two link secrets (hash comparisons in constant time) and, for a participant,
 * the device's voter key. 404 before 403: an id is not a secret worth hiding.
 */
export async function resolveActor(
  store: WorkshopStore,
  workshopId: string,
  token: string | null,
  voterKey: string | undefined,
): Promise<WorkshopActor> {
  const editHash = await store.getEditTokenHash(workshopId);
  if (!editHash) throw unknownWorkshop();
  if (!token) throw forbidden('writing needs the edit or participant link of this workshop');
  if (editTokenMatches(token, editHash)) return { role: 'facilitator' };
  const participantHash = await store.getParticipantTokenHash(workshopId);
  if (!participantHash || !editTokenMatches(token, participantHash)) {
    throw forbidden('this link is not (or no longer) valid for this workshop');
  }
  if (voterKey === undefined) return { role: 'participant', participantId: null, organisationId: null };
  if (!VoterKey.safeParse(voterKey).success) throw forbidden('the voter key is malformed', 'x-voter-key');
  const participant = await store.findParticipantByKey(workshopId, hashEditToken(voterKey));
  if (!participant) throw forbidden('unknown voter key: join the workshop first', 'x-voter-key');
  return { role: 'participant', participantId: participant.id, organisationId: participant.organisationId };
}

/** Route guards: run before body validation, so a caller without a secret learns nothing about valid bodies. */
export function workshopGuards(store: WorkshopStore) {
  const guard =
    (allow: 'facilitator' | 'member'): MiddlewareHandler =>
    async (c, next) => {
      const actor = await resolveActor(
        store,
        c.req.param('workshopId') ?? '',
        bearerToken(c),
        c.req.header('x-voter-key'),
      );
      if (allow === 'facilitator' && actor.role !== 'facilitator') {
        throw forbidden('only the facilitator (edit link) may do this');
      }
      c.set('workshopActor', actor);
      await next();
    };
  return { facilitator: guard('facilitator'), member: guard('member') };
}

/** A participant's write that needs a voter identity (entries, votes): 403 until the device has joined. */
export function requireParticipantId(actor: WorkshopActor): string | null {
  if (actor.role === 'facilitator') return null;
  if (!actor.participantId) throw forbidden('join the workshop first (send X-Voter-Key)', 'x-voter-key');
  return actor.participantId;
}

export { forbidden };
