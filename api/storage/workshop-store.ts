import type {
  ActionStatus,
  EntryKind,
  EntryTheme,
  IndicatorLink,
  Organisation,
  OrganisationKind,
  NewWorkshopEvent,
  Workshop,
  WorkshopEvent,
} from '../../data/contract';

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
export interface WorkshopStore {
  createWorkshop(record: NewWorkshopRecord): Promise<void>;
  getWorkshop(id: string): Promise<Workshop | null>;
  getEditTokenHash(id: string): Promise<Buffer | null>;
  updateWorkshop(id: string, patch: WorkshopPatch, updatedAt: string): Promise<boolean>;
  deleteWorkshop(id: string): Promise<boolean>;

  addOrganisation(workshopId: string, organisation: Organisation, at: string): Promise<boolean>;
  updateOrganisation(workshopId: string, organisation: Organisation, at: string): Promise<boolean>;
  /** "in_use" when the organisation still owns actions: those must be reassigned first. */
  deleteOrganisation(
    workshopId: string,
    organisationId: string,
    at: string,
  ): Promise<'deleted' | 'not_found' | 'in_use'>;

  addCycle(workshopId: string, cycle: CycleRecord, at: string): Promise<boolean>;
  updateCycle(workshopId: string, cycle: CycleRecord, at: string): Promise<boolean>;
  deleteCycle(workshopId: string, cycleId: string, at: string): Promise<boolean>;

  addEntry(workshopId: string, entry: EntryRecord): Promise<boolean>;
  /** Replaces the entry's fields and its indicator links in one transaction. */
  updateEntry(workshopId: string, entry: EntryRecord): Promise<boolean>;
  deleteEntry(workshopId: string, entryId: string, at: string): Promise<boolean>;

  /** Adds one dot; returns the entry's new tally, or null for an unknown entry. */
  addVote(workshopId: string, entryId: string, voteId: string, at: string): Promise<number | null>;
  /** Removes one dot if there is any; returns the new tally, or null for an unknown entry. */
  removeVote(workshopId: string, entryId: string, at: string): Promise<number | null>;

  /**
   * Appends one event to the workshop's log with the next seq (max + 1, starting at 1) in one transaction, and
   * returns it; null for an unknown workshop. Events go when the workshop is deleted.
   */
  recordEvent(workshopId: string, event: NewWorkshopEvent): Promise<WorkshopEvent | null>;
  /** Events with seq > afterSeq in seq order, at most `limit` of them (oldest first). */
  readEventsAfter(workshopId: string, afterSeq: number, limit: number): Promise<WorkshopEvent[]>;
  /** The highest seq in the workshop's log (0 before the first event), or null for an unknown workshop. */
  latestEventSeq(workshopId: string): Promise<number | null>;

  close(): Promise<void>;
}

export interface WorkshopPatch {
  title?: string;
  municipalities?: string[];
  recommendations?: string;
}

export interface CycleRecord {
  id: string;
  number: number;
  date: string;
  title: string | null;
}

export interface EntryRecord {
  id: string;
  cycleId: string;
  kind: EntryKind;
  text: string;
  organisationId: string | null;
  theme: EntryTheme | null;
  links: IndicatorLink[];
  action: { ownerOrganisationId: string; dueDate: string | null; status: ActionStatus } | null;
  buildId: string;
  createdAt: string;
  updatedAt: string;
}

export interface NewWorkshopRecord {
  id: string;
  title: string;
  municipalities: string[];
  editTokenHash: Buffer;
  organisations: { id: string; name: string; kind: OrganisationKind }[];
  cycles: CycleRecord[];
  createdAt: string;
}
