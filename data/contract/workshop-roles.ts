import { z } from 'zod';
import { WorkshopId } from './workshop';

/**
 * Roles without accounts. The facilitator holds the edit link; participants share a second secret link (shown as
 * a QR code) and each device joins once to get its own voter key, which it sends with every write.
 */
export const WorkshopRole = z.enum(['facilitator', 'participant']);
export type WorkshopRole = z.infer<typeof WorkshopRole>;

/** Secret a device keeps (localStorage) and sends as `X-Voter-Key`; the server stores only its hash. */
export const VoterKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{32,100}$/, 'a voter key is 32-100 url-safe characters');

export const JoinWorkshopRequest = z
  .object({ organisationId: WorkshopId.nullable().optional() })
  .meta({ id: 'JoinWorkshopRequest' });
export type JoinWorkshopRequest = z.infer<typeof JoinWorkshopRequest>;

export const JoinWorkshopResponse = z
  .object({ participantId: WorkshopId, voterKey: z.string() })
  .meta({ id: 'JoinWorkshopResponse' });
export type JoinWorkshopResponse = z.infer<typeof JoinWorkshopResponse>;

/** What a participant's device needs to show its remaining dots. */
export const ParticipantSelf = z
  .object({
    participantId: WorkshopId,
    organisationId: WorkshopId.nullable(),
    dotsPerParticipant: z.number().int().nonnegative(),
    /** Dots this participant has given, per cycle id. */
    dotsUsed: z.record(z.string(), z.number().int().nonnegative()),
    /** Entry ids this participant has given at least one dot, with how many. */
    votedEntries: z.record(z.string(), z.number().int().positive()),
  })
  .meta({ id: 'WorkshopParticipantSelf' });
export type ParticipantSelf = z.infer<typeof ParticipantSelf>;

export const RotateLinkRequest = z.object({ role: WorkshopRole }).meta({ id: 'RotateWorkshopLinkRequest' });
export type RotateLinkRequest = z.infer<typeof RotateLinkRequest>;

export const RotateLinkResponse = z
  .object({ role: WorkshopRole, token: z.string(), link: z.string() })
  .meta({ id: 'RotateWorkshopLinkResponse' });
export type RotateLinkResponse = z.infer<typeof RotateLinkResponse>;

/** Idempotency-Key header: a phone retrying a write on a bad connection sends the same key and writes once. */
export const IdempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, 'an idempotency key is 8-100 url-safe characters');
