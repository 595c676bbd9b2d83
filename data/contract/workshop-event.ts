import { z } from 'zod';
import { WorkshopId } from './workshop';

/**
 * The live board's event log: every change to a workshop appends one event with the next `seq` of that workshop
 * (1, 2, 3, ... without gaps, per workshop). A client that reconnects sends the last seq it saw (SSE
 * `Last-Event-ID`) and receives every later event, so nothing is lost between connections.
 */
export const WorkshopEventType = z.enum([
  'workshop_updated',
  'workshop_deleted',
  'links_rotated',
  'settings_updated',
  'organisation_added',
  'organisation_updated',
  'organisation_removed',
  'cycle_added',
  'cycle_updated',
  'cycle_removed',
  'entry_added',
  'entry_updated',
  'entry_removed',
  'entry_status_changed',
  'vote_changed',
  'comment_added',
  'comment_removed',
  'meeting_record_updated',
  'outcome_added',
  'outcome_updated',
  'outcome_removed',
  'weighting_saved',
  'weighting_removed',
]);
export type WorkshopEventType = z.infer<typeof WorkshopEventType>;

/** Small JSON payload an event may carry so open pages can patch what they show without a refetch. */
export const WorkshopEventData = z.record(z.string(), z.unknown());
export type WorkshopEventData = z.infer<typeof WorkshopEventData>;

export const WorkshopEvent = z
  .object({
    workshopId: WorkshopId,
    /** Per-workshop, monotonic, starts at 1, no gaps. */
    seq: z.number().int().positive(),
    type: WorkshopEventType,
    /** The entry, cycle, organisation, comment or outcome the event is about; null for the workshop itself. */
    subjectId: z.string().min(1).nullable(),
    data: WorkshopEventData.nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'WorkshopEvent' });
export type WorkshopEvent = z.infer<typeof WorkshopEvent>;

/** What a service hands the store to append; the store assigns workshopId and seq. */
export type NewWorkshopEvent = Omit<WorkshopEvent, 'workshopId' | 'seq'>;
