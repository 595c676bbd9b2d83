import { z } from 'zod';
import { WeightSet } from './attractiveness';
import { IndicatorId } from './codes';
import { LocalisedText } from './indicator';
import { WorkshopId } from './workshop';

/**
 * Stakeholder weightings (issue 15 §8): each organisation of a workshop saves one WeightSet of the attractiveness
 * index. The server computes the index from its build with the same model as /api/index and stores what it
 * produced frozen (build id, pillar shares, every municipality's rank), so a later build never rewrites what a
 * group saw when it chose its weights.
 */

export const WeightingPillar = z.object({
  id: z.string(),
  title: LocalisedText,
  /** Share of the whole index (0..1), after normalising the weights. */
  share: z.number().min(0).max(1),
});
export type WeightingPillar = z.infer<typeof WeightingPillar>;

export const WorkshopWeighting = z
  .object({
    organisationId: WorkshopId,
    weightSet: WeightSet,
    /** The build the ranks were computed from. */
    buildId: z.string().min(1),
    pillars: z.array(WeightingPillar).min(1),
    /** Every indicator the weighting combined, in pillar order. */
    indicators: z.array(IndicatorId).min(1),
    /** Municipalities with an index under this weighting (the "of N" of a rank). */
    n: z.number().int().min(0),
    /** Municipality code -> rank (1 = best); null when the municipality had no index (missing, never last). */
    ranks: z.record(z.string(), z.number().int().positive().nullable()),
    /** Goes up by one with every save: send it back with the next save (409 when it is not current). */
    version: z.number().int().positive(),
    /** Null when the facilitator saved it. */
    savedByParticipantId: WorkshopId.nullable(),
    savedAt: z.iso.datetime(),
  })
  .meta({ id: 'WorkshopWeighting' });
export type WorkshopWeighting = z.infer<typeof WorkshopWeighting>;

/** A saved weighting as read back against the build the atlas serves now. */
export const WorkshopWeightingView = WorkshopWeighting.extend({
  /** Indicators of the weighting that the current build no longer has. */
  unavailable: z.array(IndicatorId),
}).meta({ id: 'WorkshopWeightingView' });
export type WorkshopWeightingView = z.infer<typeof WorkshopWeightingView>;

export const WorkshopWeightings = z
  .object({
    /** The build the atlas serves now: a weighting with another build id was saved with an older build. */
    buildId: z.string(),
    /** In the order of the workshop's organisations. */
    weightings: z.array(WorkshopWeightingView),
  })
  .meta({ id: 'WorkshopWeightings' });
export type WorkshopWeightings = z.infer<typeof WorkshopWeightings>;

export const SaveWeightingRequest = z
  .object({
    weightSet: WeightSet,
    /** The version last read; leave it out only when the organisation has no weighting yet. */
    version: z.number().int().positive().optional(),
  })
  .meta({ id: 'SaveWorkshopWeightingRequest' });
export type SaveWeightingRequest = z.input<typeof SaveWeightingRequest>;
