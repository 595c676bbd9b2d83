import type {
  ActionStatus,
  Cycle,
  EntryKind,
  EntryTheme,
  IndicatorLink,
  SavedMapView,
  Organisation,
  OrganisationKind,
  NewWorkshopEvent,
  Workshop,
  WorkshopEvent,
  WorkshopRole,
} from '../../data/contract';
import type { CommentStore } from './comment-store';
import type { WorkshopLifeStore } from './workshop-life-store';
import type { OutcomeStore } from './outcome-store';
import type { WeightingStore } from './weighting-store';

/**
 * Persistence of workshops behind one small interface, so that a deployment running several API instances can
 * swap the embedded SQLite file for PostgreSQL. The contract every implementation keeps:
 * - Records arrive complete (ids, timestamps, resolved indicator links): the store invents nothing.
 * - Every method that changes more than one row does so in one transaction (all or nothing).
 * - Child records are always addressed together with their workshop id, so a token for one workshop can never
 *   reach another workshop's rows.
 * - A write is durable when its promise resolves (the API acknowledges only then).
 * - `null`/`false` results mean "no such row in this workshop"; the API turns them into 404.
 */
export interface WorkshopStore extends CommentStore, WorkshopLifeStore, OutcomeStore, WeightingStore {
  createWorkshop(record: NewWorkshopRecord): Promise<void>;
  /** A soft-deleted workshop reads as null; its soft-deleted cycles are left out. */
  getWorkshop(id: string): Promise<Workshop | null>;
  /**
   * What a new entry is checked against, without reading the entries: the live cycles and every organisation
   * (removed ones with their removedAt). Null like getWorkshop.
   */
  getWorkshopOutline(id: string): Promise<WorkshopOutline | null>;
  /** Also for a soft-deleted workshop, so its facilitator can restore it. */
  getEditTokenHash(id: string): Promise<Buffer | null>;
  /** Null when the workshop is unknown or has no participant link (made before roles existed). */
  getParticipantTokenHash(id: string): Promise<Buffer | null>;
  /** Replaces one link's hash: the old link stops working with this write. */
  setTokenHash(id: string, role: WorkshopRole, hash: Buffer, at: string): Promise<boolean>;

  addParticipant(workshopId: string, participant: ParticipantRecord): Promise<boolean>;
  findParticipantByKey(workshopId: string, voterKeyHash: Buffer): Promise<ParticipantRecord | null>;
  /** Dots per cycle id and per entry id that this participant has given. */
  participantVotes(
    workshopId: string,
    participantId: string,
  ): Promise<{ byCycle: Record<string, number>; byEntry: Record<string, number> }>;
  /**
   * Changes the workshop's own fields and bumps its version; with `expectedVersion`, only if the stored version
   * is still that one ('stale' otherwise, nothing changed).
   */
  updateWorkshop(
    id: string,
    patch: WorkshopPatch,
    updatedAt: string,
    expectedVersion?: number,
  ): Promise<UpdateOutcome>;
  /** Soft delete: the workshop is hidden until restored or purged. */
  deleteWorkshop(id: string, at: string): Promise<boolean>;
  /** Undoes a soft delete made at or after `deletedSince`; false when there is none that recent. */
  restoreWorkshop(id: string, deletedSince: string, at: string): Promise<boolean>;

  addOrganisation(workshopId: string, organisation: OrganisationRecord, at: string): Promise<boolean>;
  /** Bumps the organisation's version; `expectedVersion` as for updateWorkshop. */
  updateOrganisation(
    workshopId: string,
    organisation: OrganisationRecord,
    at: string,
    expectedVersion?: number,
  ): Promise<UpdateOutcome>;
  /**
   * Marks the organisation removed; its entries keep their attribution. "in_use" when it still owns actions:
   * those must be reassigned first.
   */
  deleteOrganisation(
    workshopId: string,
    organisationId: string,
    at: string,
  ): Promise<'deleted' | 'not_found' | 'in_use'>;

  /** Numbers the cycle after the highest number ever used in the workshop, in the same transaction. */
  addCycle(workshopId: string, cycle: NewCycleRecord, at: string): Promise<number | 'not_found' | 'conflict'>;
  /** Bumps the cycle's version; `expectedVersion` as for updateWorkshop. */
  updateCycle(
    workshopId: string,
    cycle: CycleRecord,
    at: string,
    expectedVersion?: number,
  ): Promise<UpdateOutcome>;
  /** Soft delete, restorable like a workshop. */
  deleteCycle(workshopId: string, cycleId: string, at: string): Promise<boolean>;
  restoreCycle(workshopId: string, cycleId: string, deletedSince: string, at: string): Promise<boolean>;
  /** Removes for good what was soft-deleted before `deletedBefore`; returns how many workshops and cycles. */
  purgeDeleted(deletedBefore: string): Promise<number>;

  /**
   * Sets attendance and/or minutes of a cycle's meeting record (created on first write, as version 1), only if
   * its version is still `expectedVersion` when one is given (0: no record written yet); the version then goes
   * up by one. 'not_found': no such live cycle in this workshop.
   */
  setMeetingRecord(
    workshopId: string,
    cycleId: string,
    record: { attendance?: string[]; minutes?: string },
    at: string,
    expectedVersion?: number,
  ): Promise<UpdateOutcome>;
  /** False when the cycle is not in this workshop. */
  addDecision(workshopId: string, cycleId: string, decision: DecisionRecord): Promise<boolean>;
  /** Only from `expectedVersion` when one is given; bumps the decision's version. */
  updateDecision(
    workshopId: string,
    decision: DecisionRecord,
    expectedVersion?: number,
  ): Promise<UpdateOutcome>;
  deleteDecision(workshopId: string, decisionId: string, at: string): Promise<boolean>;

  addEntry(workshopId: string, entry: EntryRecord): Promise<boolean>;
  /**
   * Replaces the entry's fields and its indicator links in one transaction, only if the stored version is still
   * `expectedVersion` (optimistic concurrency); the version then goes up by one.
   */
  updateEntry(workshopId: string, entry: EntryRecord, expectedVersion: number): Promise<EntryUpdateOutcome>;
  deleteEntry(workshopId: string, entryId: string, at: string): Promise<boolean>;

  /** Adds one dot; returns the entry's new tally, or null for an unknown entry. */
  addVote(workshopId: string, entryId: string, voteId: string, at: string): Promise<number | null>;
  /** Removes one dot if there is any; returns the new tally, or null for an unknown entry. */
  removeVote(workshopId: string, entryId: string, at: string): Promise<number | null>;
  /**
   * One participant's dot, counted against `dotsPerCycle` for the entry's cycle in the same transaction, so
   * concurrent votes can neither exceed the dots nor get lost. "no_dots_left" when the participant has used them.
   */
  addParticipantVote(
    workshopId: string,
    entryId: string,
    vote: { id: string; participantId: string; dotsPerCycle: number },
    at: string,
  ): Promise<number | 'no_dots_left' | null>;
  /** Takes back one of this participant's own dots on the entry (none: tally unchanged). */
  removeParticipantVote(
    workshopId: string,
    entryId: string,
    participantId: string,
    at: string,
  ): Promise<number | null>;

  getIdempotentResponse(workshopId: string, key: string): Promise<StoredResponse | null>;
  /** Keeps the first answer for a key; a second save with the same key is ignored. */
  saveIdempotentResponse(
    workshopId: string,
    key: string,
    response: StoredResponse,
    at: string,
  ): Promise<void>;

  /**
   * Appends one event to the workshop's log with the next seq (max + 1, starting at 1) in one transaction, and
   * returns it; null for an unknown workshop. Events go when the workshop is deleted.
   */
  recordEvent(workshopId: string, event: NewWorkshopEvent): Promise<WorkshopEvent | null>;
  /** Events with seq > afterSeq in seq order, at most `limit` of them (oldest first). */
  readEventsAfter(workshopId: string, afterSeq: number, limit: number): Promise<WorkshopEvent[]>;
  /** The highest seq in the workshop's log (0 before the first event), or null for an unknown workshop. */
  latestEventSeq(workshopId: string): Promise<number | null>;

  /** Finishes what is running, makes everything durable (SQLite: WAL checkpoint) and releases the database. */
  close(): Promise<void>;
}

/** A workshop's live cycles (by number) and organisations (in order), without entries, records or texts. */
export interface WorkshopOutline {
  cycles: Pick<Cycle, 'id' | 'number' | 'date'>[];
  organisations: Pick<Organisation, 'id' | 'removedAt'>[];
}

/** What a versioned update did: 'stale' when the stored version was no longer the expected one. */
export type UpdateOutcome = 'updated' | 'not_found' | 'stale';
export type EntryUpdateOutcome = UpdateOutcome;
export type OrganisationRecord = Pick<Organisation, 'id' | 'name' | 'kind'>;

export interface WorkshopPatch {
  title?: string;
  municipalities?: string[];
  recommendations?: string;
  dotsPerParticipant?: number;
}

export interface DecisionRecord {
  id: string;
  text: string;
  ownerOrganisationId: string | null;
  reviewDate: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ParticipantRecord {
  id: string;
  voterKeyHash: Buffer;
  organisationId: string | null;
  joinedAt: string;
}

export interface StoredResponse {
  status: number;
  body: string;
}

export interface CycleRecord {
  id: string;
  number: number;
  date: string;
  title: string | null;
}

export type NewCycleRecord = Omit<CycleRecord, 'number'>;

export interface EntryRecord {
  id: string;
  cycleId: string;
  kind: EntryKind;
  text: string;
  organisationId: string | null;
  theme: EntryTheme | null;
  links: IndicatorLink[];
  /** Checked against the build by the service; stored as JSON. Absent or null: none. */
  mapView?: SavedMapView | null;
  action: { ownerOrganisationId: string; dueDate: string | null; status: ActionStatus } | null;
  /** Null when the facilitator wrote it. */
  authorParticipantId: string | null;
  buildId: string;
  createdAt: string;
  updatedAt: string;
}

export interface NewWorkshopRecord {
  id: string;
  title: string;
  municipalities: string[];
  editTokenHash: Buffer;
  participantTokenHash: Buffer;
  organisations: { id: string; name: string; kind: OrganisationKind }[];
  cycles: CycleRecord[];
  createdAt: string;
}
