import { z } from 'zod';
import { Workshop } from './workshop';
import { WorkshopComment } from './workshop-comment';
import { Outcome } from './workshop-outcomes';
import { WorkshopWeighting } from './workshop-weightings';

/**
 * A workshop's whole life: one JSON file that another atlas can import (new ids and secrets there; the frozen
 * figures of its indicator links stay exactly as they were), and the permanent removal of every row.
 * Outcomes and weightings were added to version 1 without raising it: a file from before them reads as having
 * none, and an older importer ignores them. Votes travel as each entry's count: the dots of each device do not
 * (docs/workshops.md says why).
 */
export const WORKSHOP_EXPORT_FORMAT = 'kompetensatlas-workshop';

export const WorkshopExport = z
  .object({
    /** Names the file's kind, so an import can refuse anything else with a clear reason. */
    format: z.literal(WORKSHOP_EXPORT_FORMAT),
    /** Goes up when the shape changes in a way an older importer cannot read. */
    version: z.literal(1),
    exportedAt: z.iso.datetime(),
    /** The data build the exporting atlas served; each link keeps the build its figure came from. */
    buildId: z.string().min(1),
    workshop: Workshop,
    comments: z.array(WorkshopComment),
    /** The outcomes register, evidence frozen as it was linked. */
    outcomes: z.array(Outcome).default([]),
    /** Stakeholder weightings with the build id and ranks they were saved with. */
    weightings: z.array(WorkshopWeighting).default([]),
  })
  .meta({ id: 'WorkshopExport' });
export type WorkshopExport = z.infer<typeof WorkshopExport>;

/** Permanent removal asks for the facilitator's secret typed (pasted) again, on top of the Authorization header. */
export const EraseWorkshopRequest = z
  .object({ confirm: z.string().min(1).max(200) })
  .meta({ id: 'EraseWorkshopRequest' });
export type EraseWorkshopRequest = z.infer<typeof EraseWorkshopRequest>;
