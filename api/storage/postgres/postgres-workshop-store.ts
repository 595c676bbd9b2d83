import type {
  NewWorkshopEvent,
  Outcome,
  Workshop,
  WorkshopWeighting,
  WorkshopEvent,
  WorkshopRole,
} from '../../../data/contract';
import type { CommentRecord } from '../comment-store';
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
import * as cycles from './pg-cycles';
import { PgDatabase } from './pg-database';
import * as entries from './pg-entries';
import { latestPgEventSeq, readPgEventsAfter, recordPgEvent } from './pg-event-log';
import type { OutcomeRecord } from '../outcome-store';
import type { WeightingRecord } from '../weighting-store';
import * as live from './pg-live-room';
import * as meetings from './pg-meeting-records';
import { addPgComment, deletePgComment, listPgComments } from './pg-comments';
import { erasePgWorkshop } from './pg-erase-workshop';
import * as outcomes from './pg-outcomes';
import * as organisations from './pg-organisations';
import * as weightings from './pg-weightings';
import * as workshops from './pg-workshops';

/**
 * Workshops in PostgreSQL, for several API instances on one database. Every change that touches more than one
 * row runs in one transaction, and every change of a workshop first locks the workshop's row, so changes of one
 * workshop are applied one after the other on every instance (cycle numbers cannot collide, votes cannot be lost).
 * Each aggregate's statements live in their own pg-*.ts module; this class only composes them.
 */
export class PostgresWorkshopStore implements WorkshopStore {
  readonly database: PgDatabase;

  constructor(urlOrDatabase: string | PgDatabase) {
    this.database = typeof urlOrDatabase === 'string' ? new PgDatabase(urlOrDatabase) : urlOrDatabase;
  }

  async createWorkshop(record: NewWorkshopRecord): Promise<void> {
    await workshops.createWorkshop(this.database, record);
  }

  async getWorkshop(id: string): Promise<Workshop | null> {
    return workshops.getWorkshop(this.database, id);
  }

  async getWorkshopOutline(id: string) {
    return workshops.getWorkshopOutline(this.database, id);
  }

  async getEditTokenHash(id: string): Promise<Buffer | null> {
    return workshops.getEditTokenHash(this.database, id);
  }

  async updateWorkshop(id: string, patch: WorkshopPatch, updatedAt: string, expectedVersion?: number) {
    return workshops.updateWorkshop(this.database, id, patch, updatedAt, expectedVersion);
  }

  async deleteWorkshop(id: string, at: string): Promise<boolean> {
    return workshops.deleteWorkshop(this.database, id, at);
  }

  async restoreWorkshop(id: string, deletedSince: string, at: string): Promise<boolean> {
    return workshops.restoreWorkshop(this.database, id, deletedSince, at);
  }

  async purgeDeleted(deletedBefore: string): Promise<number> {
    return workshops.purgeDeleted(this.database, deletedBefore);
  }

  async addOrganisation(workshopId: string, organisation: OrganisationRecord, at: string): Promise<boolean> {
    return organisations.addOrganisation(this.database, workshopId, organisation, at);
  }

  async updateOrganisation(
    workshopId: string,
    organisation: OrganisationRecord,
    at: string,
    expectedVersion?: number,
  ) {
    return organisations.updateOrganisation(this.database, workshopId, organisation, at, expectedVersion);
  }

  async deleteOrganisation(workshopId: string, organisationId: string, at: string) {
    return organisations.deleteOrganisation(this.database, workshopId, organisationId, at);
  }

  async addCycle(workshopId: string, cycle: NewCycleRecord, at: string) {
    return cycles.addCycle(this.database, workshopId, cycle, at);
  }

  async updateCycle(workshopId: string, cycle: CycleRecord, at: string, expectedVersion?: number) {
    return cycles.updateCycle(this.database, workshopId, cycle, at, expectedVersion);
  }

  async deleteCycle(workshopId: string, cycleId: string, at: string): Promise<boolean> {
    return cycles.deleteCycle(this.database, workshopId, cycleId, at);
  }

  async restoreCycle(
    workshopId: string,
    cycleId: string,
    deletedSince: string,
    at: string,
  ): Promise<boolean> {
    return cycles.restoreCycle(this.database, workshopId, cycleId, deletedSince, at);
  }

  async addEntry(workshopId: string, entry: EntryRecord): Promise<boolean> {
    return entries.addEntry(this.database, workshopId, entry);
  }

  async updateEntry(
    workshopId: string,
    entry: EntryRecord,
    expectedVersion: number,
  ): Promise<EntryUpdateOutcome> {
    return entries.updateEntry(this.database, workshopId, entry, expectedVersion);
  }

  async deleteEntry(workshopId: string, entryId: string, at: string): Promise<boolean> {
    return entries.deleteEntry(this.database, workshopId, entryId, at);
  }

  async addVote(workshopId: string, entryId: string, voteId: string, at: string): Promise<number | null> {
    return entries.addVote(this.database, workshopId, entryId, voteId, at);
  }

  async removeVote(workshopId: string, entryId: string, at: string): Promise<number | null> {
    return entries.removeVote(this.database, workshopId, entryId, at);
  }

  async getParticipantTokenHash(id: string): Promise<Buffer | null> {
    return live.getParticipantTokenHash(this.database, id);
  }

  async setTokenHash(id: string, role: WorkshopRole, hash: Buffer, at: string): Promise<boolean> {
    return live.setTokenHash(this.database, id, role, hash, at);
  }

  async addParticipant(workshopId: string, participant: ParticipantRecord): Promise<boolean> {
    return live.addParticipant(this.database, workshopId, participant);
  }

  async findParticipantByKey(workshopId: string, voterKeyHash: Buffer): Promise<ParticipantRecord | null> {
    return live.findParticipantByKey(this.database, workshopId, voterKeyHash);
  }

  async participantVotes(workshopId: string, participantId: string) {
    return live.participantVotes(this.database, workshopId, participantId);
  }

  async addParticipantVote(
    workshopId: string,
    entryId: string,
    vote: { id: string; participantId: string; dotsPerCycle: number },
    at: string,
  ): Promise<number | 'no_dots_left' | null> {
    return live.addParticipantVote(this.database, workshopId, entryId, vote, at);
  }

  async removeParticipantVote(workshopId: string, entryId: string, participantId: string, at: string) {
    return live.removeParticipantVote(this.database, workshopId, entryId, participantId, at);
  }

  async getIdempotentResponse(workshopId: string, key: string): Promise<StoredResponse | null> {
    return live.getIdempotentResponse(this.database, workshopId, key);
  }

  async saveIdempotentResponse(workshopId: string, key: string, response: StoredResponse, at: string) {
    return live.saveIdempotentResponse(this.database, workshopId, key, response, at);
  }

  async setMeetingRecord(
    workshopId: string,
    cycleId: string,
    record: { attendance?: string[]; minutes?: string },
    at: string,
    expectedVersion?: number,
  ): Promise<UpdateOutcome> {
    return meetings.setMeetingRecord(this.database, workshopId, cycleId, record, at, expectedVersion);
  }

  listOutcomes(workshopId: string): Promise<Outcome[] | null> {
    return outcomes.listPgOutcomes(this.database, workshopId);
  }

  addOutcome(workshopId: string, outcome: OutcomeRecord): Promise<boolean> {
    return outcomes.addPgOutcome(this.database, workshopId, outcome);
  }

  updateOutcome(workshopId: string, outcome: OutcomeRecord, expectedVersion: number) {
    return outcomes.updatePgOutcome(this.database, workshopId, outcome, expectedVersion);
  }

  deleteOutcome(workshopId: string, outcomeId: string, at: string): Promise<boolean> {
    return outcomes.deletePgOutcome(this.database, workshopId, outcomeId, at);
  }

  listWeightings(workshopId: string): Promise<WorkshopWeighting[] | null> {
    return weightings.listPgWeightings(this.database, workshopId);
  }

  saveWeighting(workshopId: string, weighting: WeightingRecord, expectedVersion: number | null) {
    return weightings.savePgWeighting(this.database, workshopId, weighting, expectedVersion);
  }

  deleteWeighting(workshopId: string, organisationId: string, at: string): Promise<boolean> {
    return weightings.deletePgWeighting(this.database, workshopId, organisationId, at);
  }

  async addDecision(workshopId: string, cycleId: string, decision: DecisionRecord): Promise<boolean> {
    return meetings.addDecision(this.database, workshopId, cycleId, decision);
  }

  async updateDecision(
    workshopId: string,
    decision: DecisionRecord,
    expectedVersion?: number,
  ): Promise<UpdateOutcome> {
    return meetings.updateDecision(this.database, workshopId, decision, expectedVersion);
  }

  async deleteDecision(workshopId: string, decisionId: string, at: string): Promise<boolean> {
    return meetings.deleteDecision(this.database, workshopId, decisionId, at);
  }

  async recordEvent(workshopId: string, event: NewWorkshopEvent): Promise<WorkshopEvent | null> {
    return recordPgEvent(this.database, workshopId, event);
  }

  async readEventsAfter(workshopId: string, afterSeq: number, limit: number): Promise<WorkshopEvent[]> {
    return readPgEventsAfter(this.database, workshopId, afterSeq, limit);
  }

  async latestEventSeq(workshopId: string): Promise<number | null> {
    return latestPgEventSeq(this.database, workshopId);
  }

  async addComment(workshopId: string, comment: CommentRecord): Promise<boolean> {
    return addPgComment(this.database, workshopId, comment);
  }

  async listComments(workshopId: string) {
    return listPgComments(this.database, workshopId);
  }

  async deleteComment(workshopId: string, commentId: string, at: string): Promise<boolean> {
    return deletePgComment(this.database, workshopId, commentId, at);
  }

  async eraseWorkshop(id: string): Promise<boolean> {
    return erasePgWorkshop(this.database, id);
  }

  async close(): Promise<void> {
    await this.database.close();
  }
}
