import type { Outcome } from '../../data/contract';

/** An outcome as the service hands it to a store: complete, evidence already frozen; the store keeps the version. */
export type OutcomeRecord = Omit<Outcome, 'version'>;

export type OutcomeUpdateResult = 'updated' | 'not_found' | 'stale';

/**
 * The outcomes register's part of the workshop store (both implementations keep it, the contract suite runs it
 * against both). Outcomes belong to a workshop and go with it; each write bumps the workshop's updated_at.
 */
export interface OutcomeStore {
  /** In the order they were written; null for an unknown (or soft-deleted) workshop. */
  listOutcomes(workshopId: string): Promise<Outcome[] | null>;
  /** False for an unknown workshop. */
  addOutcome(workshopId: string, outcome: OutcomeRecord): Promise<boolean>;
  /** Replaces the outcome only if its stored version is still `expectedVersion`; the version then goes up by one. */
  updateOutcome(
    workshopId: string,
    outcome: OutcomeRecord,
    expectedVersion: number,
  ): Promise<OutcomeUpdateResult>;
  deleteOutcome(workshopId: string, outcomeId: string, at: string): Promise<boolean>;
}
