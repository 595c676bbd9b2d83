import type Database from 'better-sqlite3';
import type {
  NewWorkshopEvent,
  Organisation,
  Outcome,
  Workshop,
  WorkshopEvent,
  WorkshopRole,
} from '../../../data/contract';
import { entryColumns } from '../workshop-rows';
import type { OutcomeRecord } from '../outcome-store';
import type {
  CycleRecord,
  DecisionRecord,
  EntryRecord,
  EntryUpdateOutcome,
  NewCycleRecord,
  NewWorkshopRecord,
  ParticipantRecord,
  StoredResponse,
  WorkshopPatch,
  WorkshopStore,
} from '../workshop-store';
import * as meetings from './meeting-records';
import * as outcomes from './outcomes';
import * as roles from './participants';
import { latestEventSeq, readEventsAfter, recordEvent } from './event-log';
import { openWorkshopDatabase } from './open-database';
import { readWorkshop } from './read-workshop';

const LIVE_ENTRY = `id = ? AND workshop_id = ?
  AND cycle_id IN (SELECT id FROM cycles WHERE deleted_at IS NULL)`;

/**
 * The embedded default: one SQLite file in WAL mode, used by one process (a second one is refused).
 * better-sqlite3 is synchronous, so each method finishes its transaction (and, with synchronous=FULL, its fsync)
 * before the returned promise resolves.
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
    const db = this.db;
    db.transaction(() => {
      db.prepare(
        `INSERT INTO workshops (id, title, municipalities_json, recommendations, edit_token_hash,
           participant_token_hash, created_at, updated_at)
         VALUES (?, ?, ?, '', ?, ?, ?, ?)`,
      ).run(
        record.id,
        record.title,
        JSON.stringify(record.municipalities),
        record.editTokenHash,
        record.participantTokenHash,
        record.createdAt,
        record.createdAt,
      );
      record.organisations.forEach((organisation, seq) =>
        this.insertOrganisation(record.id, organisation, seq),
      );
      for (const cycle of record.cycles) this.insertCycle(record.id, cycle);
    }).immediate();
  }

  async getWorkshop(id: string): Promise<Workshop | null> {
    return readWorkshop(this.db, id);
  }

  async getEditTokenHash(id: string): Promise<Buffer | null> {
    const row = this.db.prepare('SELECT edit_token_hash FROM workshops WHERE id = ?').get(id) as
      { edit_token_hash: Buffer } | undefined;
    return row?.edit_token_hash ?? null;
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

  async removeParticipantVote(
    workshopId: string,
    entryId: string,
    participantId: string,
    at: string,
  ): Promise<number | null> {
    return roles.removeParticipantVote(this.db, workshopId, entryId, participantId, at);
  }

  async getIdempotentResponse(workshopId: string, key: string): Promise<StoredResponse | null> {
    return roles.getIdempotentResponse(this.db, workshopId, key);
  }

  async saveIdempotentResponse(
    workshopId: string,
    key: string,
    response: StoredResponse,
    at: string,
  ): Promise<void> {
    roles.saveIdempotentResponse(this.db, workshopId, key, response, at);
  }

  async updateWorkshop(id: string, patch: WorkshopPatch, updatedAt: string): Promise<boolean> {
    const result = this.db
      .prepare(
        `UPDATE workshops SET title = coalesce(?, title), municipalities_json = coalesce(?, municipalities_json),
           recommendations = coalesce(?, recommendations),
           dots_per_participant = coalesce(?, dots_per_participant), updated_at = ? WHERE id = ? AND deleted_at IS NULL`,
      )
      .run(
        patch.title ?? null,
        patch.municipalities ? JSON.stringify(patch.municipalities) : null,
        patch.recommendations ?? null,
        patch.dotsPerParticipant ?? null,
        updatedAt,
        id,
      );
    return result.changes === 1;
  }

  async deleteWorkshop(id: string, at: string): Promise<boolean> {
    return (
      this.db.prepare('UPDATE workshops SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(at, id)
        .changes === 1
    );
  }

  async restoreWorkshop(id: string, deletedSince: string, at: string): Promise<boolean> {
    return (
      this.db
        .prepare('UPDATE workshops SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at >= ?')
        .run(at, id, deletedSince).changes === 1
    );
  }

  async addOrganisation(workshopId: string, organisation: Organisation, at: string): Promise<boolean> {
    return this.changeWorkshop(workshopId, at, () => {
      const { next } = this.db
        .prepare('SELECT coalesce(max(seq), -1) + 1 AS next FROM organisations WHERE workshop_id = ?')
        .get(workshopId) as { next: number };
      this.insertOrganisation(workshopId, organisation, next);
      return true;
    });
  }

  async updateOrganisation(workshopId: string, organisation: Organisation, at: string): Promise<boolean> {
    return this.changeWorkshop(workshopId, at, () => {
      const result = this.db
        .prepare(
          'UPDATE organisations SET name = ?, kind = ? WHERE id = ? AND workshop_id = ? AND removed_at IS NULL',
        )
        .run(organisation.name, organisation.kind, organisation.id, workshopId);
      return result.changes === 1;
    });
  }

  async deleteOrganisation(
    workshopId: string,
    organisationId: string,
    at: string,
  ): Promise<'deleted' | 'not_found' | 'in_use'> {
    let outcome: 'deleted' | 'not_found' | 'in_use' = 'not_found';
    this.changeWorkshop(workshopId, at, () => {
      const owned = this.db
        .prepare('SELECT COUNT(*) AS n FROM entries WHERE action_owner_id = ? AND workshop_id = ?')
        .get(organisationId, workshopId) as { n: number };
      const result = this.db
        .prepare(
          `UPDATE organisations SET removed_at = ?
           WHERE id = ? AND workshop_id = ? AND removed_at IS NULL AND ? = 0`,
        )
        .run(at, organisationId, workshopId, owned.n);
      outcome = result.changes === 1 ? 'deleted' : owned.n > 0 ? 'in_use' : 'not_found';
      return result.changes === 1;
    });
    return outcome;
  }

  async addCycle(
    workshopId: string,
    cycle: NewCycleRecord,
    at: string,
  ): Promise<number | 'not_found' | 'conflict'> {
    let number = 0;
    const added = this.changeWorkshop(workshopId, at, () => {
      // Deleted cycles keep their number, so a restored one never collides with a newer one.
      number = (
        this.db
          .prepare('SELECT coalesce(max(number), 0) + 1 AS next FROM cycles WHERE workshop_id = ?')
          .get(workshopId) as { next: number }
      ).next;
      this.insertCycle(workshopId, { ...cycle, number });
      return true;
    });
    return added ? number : 'not_found';
  }

  async updateCycle(workshopId: string, cycle: CycleRecord, at: string): Promise<boolean> {
    return this.changeWorkshop(workshopId, at, () => {
      const result = this.db
        .prepare(
          'UPDATE cycles SET date = ?, title = ? WHERE id = ? AND workshop_id = ? AND deleted_at IS NULL',
        )
        .run(cycle.date, cycle.title, cycle.id, workshopId);
      return result.changes === 1;
    });
  }

  async deleteCycle(workshopId: string, cycleId: string, at: string): Promise<boolean> {
    return this.changeWorkshop(workshopId, at, () => {
      const result = this.db
        .prepare('UPDATE cycles SET deleted_at = ? WHERE id = ? AND workshop_id = ? AND deleted_at IS NULL')
        .run(at, cycleId, workshopId);
      return result.changes === 1;
    });
  }

  async setMeetingRecord(
    workshopId: string,
    cycleId: string,
    record: { attendance?: string[]; minutes?: string },
    at: string,
  ): Promise<boolean> {
    return meetings.setMeetingRecord(this.db, workshopId, cycleId, record, at);
  }

  async addDecision(workshopId: string, cycleId: string, decision: DecisionRecord): Promise<boolean> {
    return meetings.addDecision(this.db, workshopId, cycleId, decision);
  }

  async updateDecision(workshopId: string, decision: DecisionRecord): Promise<boolean> {
    return meetings.updateDecision(this.db, workshopId, decision);
  }

  async deleteDecision(workshopId: string, decisionId: string, at: string): Promise<boolean> {
    return meetings.deleteDecision(this.db, workshopId, decisionId, at);
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

  async restoreCycle(
    workshopId: string,
    cycleId: string,
    deletedSince: string,
    at: string,
  ): Promise<boolean> {
    return this.changeWorkshop(workshopId, at, () => {
      const result = this.db
        .prepare('UPDATE cycles SET deleted_at = NULL WHERE id = ? AND workshop_id = ? AND deleted_at >= ?')
        .run(cycleId, workshopId, deletedSince);
      return result.changes === 1;
    });
  }

  async purgeDeleted(deletedBefore: string): Promise<number> {
    return this.db
      .transaction(() => {
        // Entries first: an action's owner is RESTRICTed, and cascade order between siblings is not defined.
        this.db
          .prepare(
            `DELETE FROM entries WHERE cycle_id IN (SELECT id FROM cycles WHERE deleted_at < ?)
               OR workshop_id IN (SELECT id FROM workshops WHERE deleted_at < ?)`,
          )
          .run(deletedBefore, deletedBefore);
        const cycles = this.db.prepare('DELETE FROM cycles WHERE deleted_at < ?').run(deletedBefore).changes;
        const workshops = this.db
          .prepare('DELETE FROM workshops WHERE deleted_at < ?')
          .run(deletedBefore).changes;
        return cycles + workshops;
      })
      .immediate();
  }

  async addEntry(workshopId: string, entry: EntryRecord): Promise<boolean> {
    return this.changeWorkshop(workshopId, entry.updatedAt, () => {
      const cycle = this.db
        .prepare('SELECT 1 FROM cycles WHERE id = ? AND workshop_id = ? AND deleted_at IS NULL')
        .get(entry.cycleId, workshopId);
      if (!cycle) return false;
      this.db
        .prepare(
          `INSERT INTO entries (id, workshop_id, cycle_id, kind, text, organisation_id, theme, action_owner_id,
             action_due_date, action_status, author_participant_id, build_id, created_at, updated_at, version)
           VALUES (@id, @workshopId, @cycleId, @kind, @text, @organisationId, @theme, @owner, @due, @status,
             @author, @buildId, @createdAt, @updatedAt, 1)`,
        )
        .run({ ...entryColumns(entry), workshopId, author: entry.authorParticipantId });
      this.insertLinks(entry);
      return true;
    });
  }

  async updateEntry(
    workshopId: string,
    entry: EntryRecord,
    expectedVersion: number,
  ): Promise<EntryUpdateOutcome> {
    let outcome: EntryUpdateOutcome = 'not_found';
    this.changeWorkshop(workshopId, entry.updatedAt, () => {
      const { updatedAt, ...columns } = entryColumns(entry);
      const result = this.db
        .prepare(
          `UPDATE entries SET text = @text, organisation_id = @organisationId, theme = @theme,
             action_owner_id = @owner, action_due_date = @due, action_status = @status, updated_at = @updatedAt,
             version = version + 1
           WHERE id = @id AND workshop_id = @workshopId AND version = @expectedVersion
             AND cycle_id IN (SELECT id FROM cycles WHERE deleted_at IS NULL)`,
        )
        .run({ ...columns, updatedAt, workshopId, expectedVersion });
      if (result.changes !== 1) {
        const exists = this.db.prepare(`SELECT 1 FROM entries WHERE ${LIVE_ENTRY}`).get(entry.id, workshopId);
        outcome = exists ? 'stale' : 'not_found';
        return false;
      }
      this.db.prepare('DELETE FROM indicator_links WHERE entry_id = ?').run(entry.id);
      this.insertLinks(entry);
      outcome = 'updated';
      return true;
    });
    return outcome;
  }

  async deleteEntry(workshopId: string, entryId: string, at: string): Promise<boolean> {
    return this.changeWorkshop(workshopId, at, () => {
      const result = this.db.prepare(`DELETE FROM entries WHERE ${LIVE_ENTRY}`).run(entryId, workshopId);
      return result.changes === 1;
    });
  }

  async addVote(workshopId: string, entryId: string, voteId: string, at: string): Promise<number | null> {
    return this.changeVotes(workshopId, entryId, at, () => {
      this.db
        .prepare('INSERT INTO votes (id, entry_id, created_at) VALUES (?, ?, ?)')
        .run(voteId, entryId, at);
    });
  }

  async removeVote(workshopId: string, entryId: string, at: string): Promise<number | null> {
    return this.changeVotes(workshopId, entryId, at, () => {
      this.db
        .prepare(
          'DELETE FROM votes WHERE id = (SELECT id FROM votes WHERE entry_id = ? ORDER BY created_at DESC LIMIT 1)',
        )
        .run(entryId);
    });
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

  async close(): Promise<void> {
    if (this.db.open) {
      // Fold the WAL into the main file, so a plain copy of atlas.sqlite afterwards holds every write.
      if (this.db.name !== ':memory:') this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.close();
    }
    if (this.lock?.open) this.lock.close();
  }

  private changeVotes(workshopId: string, entryId: string, at: string, change: () => void): number | null {
    let tally: number | null = null;
    this.changeWorkshop(workshopId, at, () => {
      if (!this.db.prepare(`SELECT 1 FROM entries WHERE ${LIVE_ENTRY}`).get(entryId, workshopId))
        return false;
      change();
      tally = (
        this.db.prepare('SELECT COUNT(*) AS n FROM votes WHERE entry_id = ?').get(entryId) as { n: number }
      ).n;
      return true;
    });
    return tally;
  }

  /**
   * Runs a change of a workshop that is not deleted and bumps its updated_at, in one write transaction;
   * false rolls nothing back.
   */
  private changeWorkshop(workshopId: string, at: string, change: () => boolean): boolean {
    return this.db
      .transaction(() => {
        if (!this.db.prepare('SELECT 1 FROM workshops WHERE id = ? AND deleted_at IS NULL').get(workshopId)) {
          return false;
        }
        const done = change();
        if (done) this.db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(at, workshopId);
        return done;
      })
      .immediate();
  }

  private insertOrganisation(
    workshopId: string,
    organisation: Pick<Organisation, 'id' | 'name' | 'kind'>,
    seq: number,
  ): void {
    this.db
      .prepare('INSERT INTO organisations (id, workshop_id, name, kind, seq) VALUES (?, ?, ?, ?, ?)')
      .run(organisation.id, workshopId, organisation.name, organisation.kind, seq);
  }

  private insertCycle(workshopId: string, cycle: CycleRecord): void {
    this.db
      .prepare('INSERT INTO cycles (id, workshop_id, number, date, title) VALUES (?, ?, ?, ?, ?)')
      .run(cycle.id, workshopId, cycle.number, cycle.date, cycle.title);
  }

  private insertLinks(entry: EntryRecord): void {
    const insert = this.db.prepare(
      `INSERT INTO indicator_links (entry_id, seq, indicator_id, municipality, value, year, source_json, build_id,
         linked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    entry.links.forEach((link, seq) =>
      insert.run(
        entry.id,
        seq,
        link.indicatorId,
        link.municipality,
        link.value,
        link.year,
        JSON.stringify(link.source),
        link.buildId,
        link.linkedAt,
      ),
    );
  }
}
