import type Database from 'better-sqlite3';
import type {
  NewWorkshopEvent,
  Outcome,
  Workshop,
  WorkshopWeighting,
  WorkshopEvent,
  WorkshopRole,
} from '../../../data/contract';
import type {
  CycleRecord,
  DecisionRecord,
  EntryRecord,
  EntryUpdateOutcome,
  NewCycleRecord,
  NewWorkshopRecord,
  OrganisationRecord,
  ParticipantRecord,
  StoredResponse,
  UpdateOutcome,
  WorkshopPatch,
  WorkshopStore,
} from '../workshop-store';
import type { CommentRecord } from '../comment-store';
import * as comments from './comments';
import * as cycles from './cycles';
import * as entries from './entries';
import { eraseWorkshop } from './erase-workshop';
import { latestEventSeq, readEventsAfter, recordEvent } from './event-log';
import type { OutcomeRecord } from '../outcome-store';
import type { WeightingRecord } from '../weighting-store';
import * as meetings from './meeting-records';
import * as outcomes from './outcomes';
import { openWorkshopDatabase } from './open-database';
import * as organisations from './organisations';
import * as roles from './participants';
import { readWorkshop, readWorkshopOutline } from './read-workshop';
import * as weightings from './weightings';
import * as workshops from './workshops';

/**
 * The embedded default: one SQLite file in WAL mode, used by one process (a second one is refused).
 * better-sqlite3 is synchronous, so each method finishes its transaction (and, with synchronous=FULL, its fsync)
 * before the returned promise resolves. Each aggregate's statements live in their own module; this class only
 * composes them (a new aggregate: a new module and delegation lines here).
 */
export class SqliteWorkshopStore implements WorkshopStore {
  readonly db: Database.Database;
  private readonly lock: Database.Database | null;

  constructor(file: string) {
    const opened = openWorkshopDatabase(file);
    this.db = opened.db;
    this.lock = opened.lock;
  }

  async createWorkshop(record: NewWorkshopRecord): Promise<void> {
    workshops.createWorkshop(this.db, record);
  }

  async getWorkshop(id: string): Promise<Workshop | null> {
    return readWorkshop(this.db, id);
  }

  async getWorkshopOutline(id: string) {
    return readWorkshopOutline(this.db, id);
  }

  async getEditTokenHash(id: string): Promise<Buffer | null> {
    return workshops.getEditTokenHash(this.db, id);
  }

  async updateWorkshop(id: string, patch: WorkshopPatch, updatedAt: string, expectedVersion?: number) {
    return workshops.updateWorkshop(this.db, id, patch, updatedAt, expectedVersion);
  }

  async deleteWorkshop(id: string, at: string): Promise<boolean> {
    return workshops.deleteWorkshop(this.db, id, at);
  }

  async restoreWorkshop(id: string, deletedSince: string, at: string): Promise<boolean> {
    return workshops.restoreWorkshop(this.db, id, deletedSince, at);
  }

  async purgeDeleted(deletedBefore: string): Promise<number> {
    return workshops.purgeDeleted(this.db, deletedBefore);
  }

  async addOrganisation(workshopId: string, organisation: OrganisationRecord, at: string): Promise<boolean> {
    return organisations.addOrganisation(this.db, workshopId, organisation, at);
  }

  async updateOrganisation(
    workshopId: string,
    organisation: OrganisationRecord,
    at: string,
    expectedVersion?: number,
  ) {
    return organisations.updateOrganisation(this.db, workshopId, organisation, at, expectedVersion);
  }

  async deleteOrganisation(workshopId: string, organisationId: string, at: string) {
    return organisations.deleteOrganisation(this.db, workshopId, organisationId, at);
  }

  async addCycle(workshopId: string, cycle: NewCycleRecord, at: string) {
    return cycles.addCycle(this.db, workshopId, cycle, at);
  }

  async updateCycle(workshopId: string, cycle: CycleRecord, at: string, expectedVersion?: number) {
    return cycles.updateCycle(this.db, workshopId, cycle, at, expectedVersion);
  }

  async deleteCycle(workshopId: string, cycleId: string, at: string): Promise<boolean> {
    return cycles.deleteCycle(this.db, workshopId, cycleId, at);
  }

  async restoreCycle(
    workshopId: string,
    cycleId: string,
    deletedSince: string,
    at: string,
  ): Promise<boolean> {
    return cycles.restoreCycle(this.db, workshopId, cycleId, deletedSince, at);
  }

  async addEntry(workshopId: string, entry: EntryRecord): Promise<boolean> {
    return entries.addEntry(this.db, workshopId, entry);
  }

  async updateEntry(
    workshopId: string,
    entry: EntryRecord,
    expectedVersion: number,
  ): Promise<EntryUpdateOutcome> {
    return entries.updateEntry(this.db, workshopId, entry, expectedVersion);
  }

  async deleteEntry(workshopId: string, entryId: string, at: string): Promise<boolean> {
    return entries.deleteEntry(this.db, workshopId, entryId, at);
  }

  async addVote(workshopId: string, entryId: string, voteId: string, at: string): Promise<number | null> {
    return entries.addVote(this.db, workshopId, entryId, voteId, at);
  }

  async removeVote(workshopId: string, entryId: string, at: string): Promise<number | null> {
    return entries.removeVote(this.db, workshopId, entryId, at);
  }

  async getParticipantTokenHash(id: string): Promise<Buffer | null> {
    return roles.getParticipantTokenHash(this.db, id);
  }

  async setTokenHash(id: string, role: WorkshopRole, hash: Buffer, at: string): Promise<boolean> {
    return roles.setTokenHash(this.db, id, role, hash, at);
  }

  async addParticipant(workshopId: string, participant: ParticipantRecord): Promise<boolean> {
    return roles.addParticipant(this.db, workshopId, participant);
  }

  async findParticipantByKey(workshopId: string, voterKeyHash: Buffer): Promise<ParticipantRecord | null> {
    return roles.findParticipantByKey(this.db, workshopId, voterKeyHash);
  }

  async participantVotes(workshopId: string, participantId: string) {
    return roles.participantVotes(this.db, workshopId, participantId);
  }

  async addParticipantVote(
    workshopId: string,
    entryId: string,
    vote: { id: string; participantId: string; dotsPerCycle: number },
    at: string,
  ): Promise<number | 'no_dots_left' | null> {
    return roles.addParticipantVote(this.db, workshopId, entryId, vote, at);
  }

  async removeParticipantVote(workshopId: string, entryId: string, participantId: string, at: string) {
    return roles.removeParticipantVote(this.db, workshopId, entryId, participantId, at);
  }

  async getIdempotentResponse(workshopId: string, key: string): Promise<StoredResponse | null> {
    return roles.getIdempotentResponse(this.db, workshopId, key);
  }

  async saveIdempotentResponse(workshopId: string, key: string, response: StoredResponse, at: string) {
    roles.saveIdempotentResponse(this.db, workshopId, key, response, at);
  }

  async setMeetingRecord(
    workshopId: string,
    cycleId: string,
    record: { attendance?: string[]; minutes?: string },
    at: string,
    expectedVersion?: number,
  ): Promise<UpdateOutcome> {
    return meetings.setMeetingRecord(this.db, workshopId, cycleId, record, at, expectedVersion);
  }

  async listOutcomes(workshopId: string): Promise<Outcome[] | null> {
    return outcomes.listOutcomes(this.db, workshopId);
  }

  async addOutcome(workshopId: string, outcome: OutcomeRecord): Promise<boolean> {
    return outcomes.addOutcome(this.db, workshopId, outcome);
  }

  async updateOutcome(workshopId: string, outcome: OutcomeRecord, expectedVersion: number) {
    return outcomes.updateOutcome(this.db, workshopId, outcome, expectedVersion);
  }

  async deleteOutcome(workshopId: string, outcomeId: string, at: string): Promise<boolean> {
    return outcomes.deleteOutcome(this.db, workshopId, outcomeId, at);
  }

  async listWeightings(workshopId: string): Promise<WorkshopWeighting[] | null> {
    return weightings.listWeightings(this.db, workshopId);
  }

  async saveWeighting(workshopId: string, weighting: WeightingRecord, expectedVersion: number | null) {
    return weightings.saveWeighting(this.db, workshopId, weighting, expectedVersion);
  }

  async deleteWeighting(workshopId: string, organisationId: string, at: string): Promise<boolean> {
    return weightings.deleteWeighting(this.db, workshopId, organisationId, at);
  }

  async addDecision(workshopId: string, cycleId: string, decision: DecisionRecord): Promise<boolean> {
    return meetings.addDecision(this.db, workshopId, cycleId, decision);
  }

  async updateDecision(
    workshopId: string,
    decision: DecisionRecord,
    expectedVersion?: number,
  ): Promise<UpdateOutcome> {
    return meetings.updateDecision(this.db, workshopId, decision, expectedVersion);
  }

  async deleteDecision(workshopId: string, decisionId: string, at: string): Promise<boolean> {
    return meetings.deleteDecision(this.db, workshopId, decisionId, at);
  }

  async recordEvent(workshopId: string, event: NewWorkshopEvent): Promise<WorkshopEvent | null> {
    return recordEvent(this.db, workshopId, event);
  }

  async readEventsAfter(workshopId: string, afterSeq: number, limit: number): Promise<WorkshopEvent[]> {
    return readEventsAfter(this.db, workshopId, afterSeq, limit);
  }

  async latestEventSeq(workshopId: string): Promise<number | null> {
    return latestEventSeq(this.db, workshopId);
  }

  async addComment(workshopId: string, comment: CommentRecord): Promise<boolean> {
    return comments.addComment(this.db, workshopId, comment);
  }

  async listComments(workshopId: string) {
    return comments.listComments(this.db, workshopId);
  }

  async deleteComment(workshopId: string, commentId: string, at: string): Promise<boolean> {
    return comments.deleteComment(this.db, workshopId, commentId, at);
  }

  async eraseWorkshop(id: string): Promise<boolean> {
    return eraseWorkshop(this.db, id);
  }

  async close(): Promise<void> {
    if (this.db.open) {
      // Fold the WAL into the main file, so a plain copy of atlas.sqlite afterwards holds every write.
      if (this.db.name !== ':memory:') this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.close();
    }
    if (this.lock?.open) this.lock.close();
  }
}
