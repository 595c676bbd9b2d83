import { z } from 'zod';
import { Workshop } from './workshop';
import { WorkshopComment } from './workshop-comment';

/**
 * A workshop's whole life: one JSON file that another atlas can import (new ids and secrets there; the frozen
 * figures of its indicator links stay exactly as they were), and the permanent removal of every row.
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
  })
  .meta({ id: 'WorkshopExport' });
export type WorkshopExport = z.infer<typeof WorkshopExport>;

/** Permanent removal asks for the facilitator's secret typed (pasted) again, on top of the Authorization header. */
export const EraseWorkshopRequest = z
  .object({ confirm: z.string().min(1).max(200) })
  .meta({ id: 'EraseWorkshopRequest' });
export type EraseWorkshopRequest = z.infer<typeof EraseWorkshopRequest>;
