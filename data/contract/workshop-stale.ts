import { z } from 'zod';
import { Cycle, Decision, Organisation, Workshop } from './workshop';
import { WorkshopWeighting } from './workshop-weightings';

/**
 * 409 answers to a change sent with an old version of a workshop, cycle or organisation: the row as it is now,
 * so the client can show what changed and retry on top of it (entries have their own StaleEntryBody).
 */
const staleBody = <S extends z.ZodType>(current: S, id: string) =>
  z
    .object({
      error: z.object({ code: z.literal('stale_version'), message: z.string(), field: z.literal('version') }),
      current,
    })
    .meta({ id });

export const StaleWorkshopBody = staleBody(Workshop, 'StaleWorkshop');
export type StaleWorkshopBody = z.infer<typeof StaleWorkshopBody>;
export const StaleCycleBody = staleBody(Cycle, 'StaleWorkshopCycle');
export type StaleCycleBody = z.infer<typeof StaleCycleBody>;
export const StaleOrganisationBody = staleBody(Organisation, 'StaleWorkshopOrganisation');
export type StaleOrganisationBody = z.infer<typeof StaleOrganisationBody>;
/** A weighting saved over an old version (or without one over an existing weighting). */
export const StaleWeightingBody = staleBody(WorkshopWeighting, 'WorkshopStaleWeighting');
export type StaleWeightingBody = z.infer<typeof StaleWeightingBody>;
/** A decision changed over an old version: the decision as it is now. */
export const StaleDecisionBody = staleBody(Decision, 'StaleWorkshopDecision');
export type StaleDecisionBody = z.infer<typeof StaleDecisionBody>;
/** A meeting record written over an old version: the cycle as it is now (its recordVersion, attendance, minutes). */
export const StaleMeetingRecordBody = staleBody(Cycle, 'StaleWorkshopMeetingRecord');
export type StaleMeetingRecordBody = z.infer<typeof StaleMeetingRecordBody>;
