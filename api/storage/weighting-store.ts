import type { WorkshopWeighting } from '../../data/contract';

/** A weighting as the service hands it to a store: complete and frozen; the store keeps the version. */
export type WeightingRecord = Omit<WorkshopWeighting, 'version' | 'n'>;

/** 'stale': the stored version is not the expected one (or one exists and none was expected). */
export type WeightingSaveResult = 'saved' | 'not_found' | 'stale';

/**
 * Stakeholder weightings' part of the workshop store (both implementations keep it, the contract suite runs it
 * against both): at most one per organisation, each save bumps its version and the workshop's updated_at.
 */
export interface WeightingStore {
  /** In the order of the workshop's organisations; null for an unknown (or soft-deleted) workshop. */
  listWeightings(workshopId: string): Promise<WorkshopWeighting[] | null>;
  /**
   * Inserts (`expectedVersion` null: none may exist yet) or replaces the stored one if its version is still
   * `expectedVersion`. 'not_found': no such workshop or live organisation, or nothing to replace.
   */
  saveWeighting(
    workshopId: string,
    weighting: WeightingRecord,
    expectedVersion: number | null,
  ): Promise<WeightingSaveResult>;
  deleteWeighting(workshopId: string, organisationId: string, at: string): Promise<boolean>;
}
