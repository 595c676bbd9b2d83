import type pg from 'pg';
import type {
  Cycle,
  NewWorkshopEvent,
  Organisation,
  Outcome,
  Workshop,
  WorkshopEvent,
  WorkshopRole,
} from '../../../data/contract';
import {
  assembleWorkshop,
  entryColumns,
  type EntryRow,
  type LinkRow,
  type WorkshopRow,
} from '../workshop-rows';
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
import type { OutcomeRecord } from '../outcome-store';
import { PgDatabase, type Queryable } from './pg-database';
import { latestPgEventSeq, readPgEventsAfter, recordPgEvent } from './pg-event-log';
import * as live from './pg-live-room';
import * as outcomes from './pg-outcomes';

const LIVE_ENTRY = `id = $1 AND workshop_id = $2
  AND cycle_id IN (SELECT id FROM cycles WHERE deleted_at IS NULL)`;

/**
 * Workshops in PostgreSQL, for several API instances on one database. Every change that touches more than one
 * row runs in one transaction, and every change of a workshop first locks the workshop's row, so changes of one
 * workshop are applied one after the other on every instance (cycle numbers cannot collide, votes cannot be lost).
 */
export class PostgresWorkshopStore implements WorkshopStore {
  readonly database: PgDatabase;

  constructor(urlOrDatabase: string | PgDatabase) {
    this.database = typeof urlOrDatabase === 'string' ? new PgDatabase(urlOrDatabase) : urlOrDatabase;
  }

  async createWorkshop(record: NewWorkshopRecord): Promise<void> {
    await this.database.transaction(async (client) => {
      await client.query(
        `INSERT INTO workshops (id, title, municipalities_json, recommendations, edit_token_hash, created_at,
           updated_at, participant_token_hash) VALUES ($1, $2, $3, '', $4, $5, $5, $6)`,
        [
          record.id,
          record.title,
          JSON.stringify(record.municipalities),
          record.editTokenHash,
          record.createdAt,
          record.participantTokenHash,
        ],
      );
      for (const [seq, organisation] of record.organisations.entries()) {
        await insertOrganisation(client, record.id, organisation, seq);
      }
      for (const cycle of record.cycles) await insertCycle(client, record.id, cycle);
    });
  }

  async getWorkshop(id: string): Promise<Workshop | null> {
    return this.database.transaction(async (client) => {
      const workshop = (
        await client.query<WorkshopRow>('SELECT * FROM workshops WHERE id = $1 AND deleted_at IS NULL', [id])
      ).rows[0];
      if (!workshop) return null;
      const organisations = await client.query<Workshop['organisations'][number]>(
        `SELECT id, name, kind, removed_at AS "removedAt" FROM organisations WHERE workshop_id = $1 ORDER BY seq`,
        [id],
      );
      const cycles = await client.query<Omit<Cycle, 'entries'>>(
        `SELECT id, number, date, title FROM cycles WHERE workshop_id = $1 AND deleted_at IS NULL
         ORDER BY number`,
        [id],
      );
      const entries = await client.query<EntryRow>(
        `SELECT e.*, (SELECT COUNT(*) FROM votes v WHERE v.entry_id = e.id)::int AS votes
         FROM entries e WHERE e.workshop_id = $1 ORDER BY e.created_at, e.seq`,
        [id],
      );
      const links = await client.query<LinkRow>(
        `SELECT l.* FROM indicator_links l JOIN entries e ON e.id = l.entry_id
         WHERE e.workshop_id = $1 ORDER BY l.entry_id, l.seq`,
        [id],
      );
      return assembleWorkshop({
        workshop,
        organisations: organisations.rows,
        cycles: cycles.rows,
        entries: entries.rows,
        links: links.rows,
        meetings: await live.readPgMeetingRecords(client, id),
      });
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async getEditTokenHash(id: string): Promise<Buffer | null> {
    const { rows } = await this.database.query<{ edit_token_hash: Buffer }>(
      'SELECT edit_token_hash FROM workshops WHERE id = $1',
      [id],
    );
    return rows[0]?.edit_token_hash ?? null;
  }

  async updateWorkshop(id: string, patch: WorkshopPatch, updatedAt: string): Promise<boolean> {
    const result = await this.database.query(
      `UPDATE workshops SET title = coalesce($1, title), municipalities_json = coalesce($2, municipalities_json),
         recommendations = coalesce($3, recommendations), updated_at = $4,
         dots_per_participant = coalesce($6, dots_per_participant) WHERE id = $5 AND deleted_at IS NULL`,
      [
        patch.title ?? null,
        patch.municipalities ? JSON.stringify(patch.municipalities) : null,
        patch.recommendations ?? null,
        updatedAt,
        id,
        patch.dotsPerParticipant ?? null,
      ],
    );
    return result.rowCount === 1;
  }

  async deleteWorkshop(id: string, at: string): Promise<boolean> {
    const result = await this.database.query(
      'UPDATE workshops SET deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL',
      [at, id],
    );
    return result.rowCount === 1;
  }

  async restoreWorkshop(id: string, deletedSince: string, at: string): Promise<boolean> {
    const result = await this.database.query(
      'UPDATE workshops SET deleted_at = NULL, updated_at = $1 WHERE id = $2 AND deleted_at >= $3',
      [at, id, deletedSince],
    );
    return result.rowCount === 1;
  }

  async addOrganisation(workshopId: string, organisation: Organisation, at: string): Promise<boolean> {
    return this.changeWorkshop(workshopId, at, async (client) => {
      const { rows } = await client.query<{ next: number }>(
        'SELECT coalesce(max(seq), -1) + 1 AS next FROM organisations WHERE workshop_id = $1',
        [workshopId],
      );
      await insertOrganisation(client, workshopId, organisation, rows[0]?.next ?? 0);
      return true;
    });
  }

  async updateOrganisation(workshopId: string, organisation: Organisation, at: string): Promise<boolean> {
    return this.changeWorkshop(workshopId, at, async (client) => {
      const result = await client.query(
        `UPDATE organisations SET name = $1, kind = $2
         WHERE id = $3 AND workshop_id = $4 AND removed_at IS NULL`,
        [organisation.name, organisation.kind, organisation.id, workshopId],
      );
      return result.rowCount === 1;
    });
  }

  async deleteOrganisation(
    workshopId: string,
    organisationId: string,
    at: string,
  ): Promise<'deleted' | 'not_found' | 'in_use'> {
    let outcome: 'deleted' | 'not_found' | 'in_use' = 'not_found';
    await this.changeWorkshop(workshopId, at, async (client) => {
      const owned = await client.query(
        'SELECT 1 FROM entries WHERE action_owner_id = $1 AND workshop_id = $2 LIMIT 1',
        [organisationId, workshopId],
      );
      if (owned.rowCount) {
        const exists = await client.query(
          'SELECT 1 FROM organisations WHERE id = $1 AND removed_at IS NULL',
          [organisationId],
        );
        outcome = exists.rowCount ? 'in_use' : 'not_found';
        return false;
      }
      const result = await client.query(
        `UPDATE organisations SET removed_at = $1 WHERE id = $2 AND workshop_id = $3 AND removed_at IS NULL`,
        [at, organisationId, workshopId],
      );
      outcome = result.rowCount === 1 ? 'deleted' : 'not_found';
      return result.rowCount === 1;
    });
    return outcome;
  }

  async addCycle(
    workshopId: string,
    cycle: NewCycleRecord,
    at: string,
  ): Promise<number | 'not_found' | 'conflict'> {
    let number = 0;
    try {
      const added = await this.changeWorkshop(workshopId, at, async (client) => {
        const { rows } = await client.query<{ next: number }>(
          'SELECT coalesce(max(number), 0) + 1 AS next FROM cycles WHERE workshop_id = $1',
          [workshopId],
        );
        number = rows[0]?.next ?? 1;
        await insertCycle(client, workshopId, { ...cycle, number });
        return true;
      });
      return added ? number : 'not_found';
    } catch (error) {
      // The row lock makes this unreachable between instances of this code; an outside writer could still race.
      if ((error as { code?: unknown }).code === '23505') return 'conflict';
      throw error;
    }
  }

  async updateCycle(workshopId: string, cycle: CycleRecord, at: string): Promise<boolean> {
    return this.changeWorkshop(workshopId, at, async (client) => {
      const result = await client.query(
        'UPDATE cycles SET date = $1, title = $2 WHERE id = $3 AND workshop_id = $4 AND deleted_at IS NULL',
        [cycle.date, cycle.title, cycle.id, workshopId],
      );
      return result.rowCount === 1;
    });
  }

  async deleteCycle(workshopId: string, cycleId: string, at: string): Promise<boolean> {
    return this.changeWorkshop(workshopId, at, async (client) => {
      const result = await client.query(
        'UPDATE cycles SET deleted_at = $1 WHERE id = $2 AND workshop_id = $3 AND deleted_at IS NULL',
        [at, cycleId, workshopId],
      );
      return result.rowCount === 1;
    });
  }

  async restoreCycle(
    workshopId: string,
    cycleId: string,
    deletedSince: string,
    at: string,
  ): Promise<boolean> {
    return this.changeWorkshop(workshopId, at, async (client) => {
      const result = await client.query(
        'UPDATE cycles SET deleted_at = NULL WHERE id = $1 AND workshop_id = $2 AND deleted_at >= $3',
        [cycleId, workshopId, deletedSince],
      );
      return result.rowCount === 1;
    });
  }

  async purgeDeleted(deletedBefore: string): Promise<number> {
    return this.database.transaction(async (client) => {
      const cycles = await client.query('DELETE FROM cycles WHERE deleted_at < $1', [deletedBefore]);
      const workshops = await client.query('DELETE FROM workshops WHERE deleted_at < $1', [deletedBefore]);
      return (cycles.rowCount ?? 0) + (workshops.rowCount ?? 0);
    });
  }

  async addEntry(workshopId: string, entry: EntryRecord): Promise<boolean> {
    return this.changeWorkshop(workshopId, entry.updatedAt, async (client) => {
      const cycle = await client.query(
        'SELECT 1 FROM cycles WHERE id = $1 AND workshop_id = $2 AND deleted_at IS NULL',
        [entry.cycleId, workshopId],
      );
      if (!cycle.rowCount) return false;
      const c = entryColumns(entry);
      await client.query(
        `INSERT INTO entries (id, workshop_id, cycle_id, kind, text, organisation_id, theme, action_owner_id,
           action_due_date, action_status, build_id, created_at, updated_at, version, author_participant_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1, $14)`,
        [
          c.id,
          workshopId,
          c.cycleId,
          c.kind,
          c.text,
          c.organisationId,
          c.theme,
          c.owner,
          c.due,
          c.status,
          c.buildId,
          c.createdAt,
          c.updatedAt,
          entry.authorParticipantId,
        ],
      );
      await insertLinks(client, entry);
      return true;
    });
  }

  async updateEntry(
    workshopId: string,
    entry: EntryRecord,
    expectedVersion: number,
  ): Promise<EntryUpdateOutcome> {
    let outcome: EntryUpdateOutcome = 'not_found';
    await this.changeWorkshop(workshopId, entry.updatedAt, async (client) => {
      const c = entryColumns(entry);
      const result = await client.query(
        `UPDATE entries SET text = $3, organisation_id = $4, theme = $5, action_owner_id = $6,
           action_due_date = $7, action_status = $8, updated_at = $9, version = version + 1
         WHERE ${LIVE_ENTRY} AND version = $10`,
        [
          c.id,
          workshopId,
          c.text,
          c.organisationId,
          c.theme,
          c.owner,
          c.due,
          c.status,
          c.updatedAt,
          expectedVersion,
        ],
      );
      if (result.rowCount !== 1) {
        const exists = await client.query(`SELECT 1 FROM entries WHERE ${LIVE_ENTRY}`, [
          entry.id,
          workshopId,
        ]);
        outcome = exists.rowCount ? 'stale' : 'not_found';
        return false;
      }
      await client.query('DELETE FROM indicator_links WHERE entry_id = $1', [entry.id]);
      await insertLinks(client, entry);
      outcome = 'updated';
      return true;
    });
    return outcome;
  }

  async deleteEntry(workshopId: string, entryId: string, at: string): Promise<boolean> {
    return this.changeWorkshop(workshopId, at, async (client) => {
      const result = await client.query(`DELETE FROM entries WHERE ${LIVE_ENTRY}`, [entryId, workshopId]);
      return result.rowCount === 1;
    });
  }

  async addVote(workshopId: string, entryId: string, voteId: string, at: string): Promise<number | null> {
    return this.changeVotes(workshopId, entryId, at, (client) =>
      client.query('INSERT INTO votes (id, entry_id, created_at) VALUES ($1, $2, $3)', [voteId, entryId, at]),
    );
  }

  async removeVote(workshopId: string, entryId: string, at: string): Promise<number | null> {
    return this.changeVotes(workshopId, entryId, at, (client) =>
      client.query(
        `DELETE FROM votes WHERE id = (SELECT id FROM votes WHERE entry_id = $1
           ORDER BY created_at DESC LIMIT 1)`,
        [entryId],
      ),
    );
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

  getParticipantTokenHash(id: string): Promise<Buffer | null> {
    return live.getParticipantTokenHash(this.database, id);
  }

  setTokenHash(id: string, role: WorkshopRole, hash: Buffer, at: string): Promise<boolean> {
    return live.setTokenHash(this.database, id, role, hash, at);
  }

  addParticipant(workshopId: string, participant: ParticipantRecord): Promise<boolean> {
    return live.addParticipant(this.database, workshopId, participant);
  }

  findParticipantByKey(workshopId: string, voterKeyHash: Buffer): Promise<ParticipantRecord | null> {
    return live.findParticipantByKey(this.database, workshopId, voterKeyHash);
  }

  participantVotes(workshopId: string, participantId: string) {
    return live.participantVotes(this.database, workshopId, participantId);
  }

  addParticipantVote(
    workshopId: string,
    entryId: string,
    vote: { id: string; participantId: string; dotsPerCycle: number },
    at: string,
  ): Promise<number | 'no_dots_left' | null> {
    return live.addParticipantVote(this.database, workshopId, entryId, vote, at);
  }

  removeParticipantVote(workshopId: string, entryId: string, participantId: string, at: string) {
    return live.removeParticipantVote(this.database, workshopId, entryId, participantId, at);
  }

  getIdempotentResponse(workshopId: string, key: string): Promise<StoredResponse | null> {
    return live.getIdempotentResponse(this.database, workshopId, key);
  }

  saveIdempotentResponse(
    workshopId: string,
    key: string,
    response: StoredResponse,
    at: string,
  ): Promise<void> {
    return live.saveIdempotentResponse(this.database, workshopId, key, response, at);
  }

  setMeetingRecord(
    workshopId: string,
    cycleId: string,
    record: { attendance?: string[]; minutes?: string },
    at: string,
  ): Promise<boolean> {
    return live.setMeetingRecord(this.database, workshopId, cycleId, record, at);
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

  addDecision(workshopId: string, cycleId: string, decision: DecisionRecord): Promise<boolean> {
    return live.addDecision(this.database, workshopId, cycleId, decision);
  }

  updateDecision(workshopId: string, decision: DecisionRecord): Promise<boolean> {
    return live.updateDecision(this.database, workshopId, decision);
  }

  deleteDecision(workshopId: string, decisionId: string, at: string): Promise<boolean> {
    return live.deleteDecision(this.database, workshopId, decisionId, at);
  }

  async close(): Promise<void> {
    await this.database.close();
  }

  private async changeVotes(
    workshopId: string,
    entryId: string,
    at: string,
    change: (client: pg.PoolClient) => Promise<unknown>,
  ): Promise<number | null> {
    let tally: number | null = null;
    await this.changeWorkshop(workshopId, at, async (client) => {
      if (!(await client.query(`SELECT 1 FROM entries WHERE ${LIVE_ENTRY}`, [entryId, workshopId])).rowCount)
        return false;
      await change(client);
      const { rows } = await client.query<{ n: number }>(
        'SELECT COUNT(*)::int AS n FROM votes WHERE entry_id = $1',
        [entryId],
      );
      tally = rows[0]?.n ?? 0;
      return true;
    });
    return tally;
  }

  /** Locks the (not deleted) workshop's row, runs the change and bumps updated_at, all in one transaction. */
  private changeWorkshop(
    workshopId: string,
    at: string,
    change: (client: pg.PoolClient) => Promise<boolean>,
  ): Promise<boolean> {
    return this.database.transaction(async (client) => {
      const locked = await client.query(
        'SELECT 1 FROM workshops WHERE id = $1 AND deleted_at IS NULL FOR UPDATE',
        [workshopId],
      );
      if (!locked.rowCount) return false;
      const done = await change(client);
      if (done) await client.query('UPDATE workshops SET updated_at = $1 WHERE id = $2', [at, workshopId]);
      return done;
    });
  }
}

async function insertOrganisation(
  client: Queryable,
  workshopId: string,
  organisation: Pick<Organisation, 'id' | 'name' | 'kind'>,
  seq: number,
): Promise<void> {
  await client.query(
    'INSERT INTO organisations (id, workshop_id, name, kind, seq) VALUES ($1, $2, $3, $4, $5)',
    [organisation.id, workshopId, organisation.name, organisation.kind, seq],
  );
}

async function insertCycle(client: Queryable, workshopId: string, cycle: CycleRecord): Promise<void> {
  await client.query(
    'INSERT INTO cycles (id, workshop_id, number, date, title) VALUES ($1, $2, $3, $4, $5)',
    [cycle.id, workshopId, cycle.number, cycle.date, cycle.title],
  );
}

async function insertLinks(client: Queryable, entry: EntryRecord): Promise<void> {
  for (const [seq, link] of entry.links.entries()) {
    await client.query(
      `INSERT INTO indicator_links (entry_id, seq, indicator_id, municipality, value, year, source_json, build_id,
         linked_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        entry.id,
        seq,
        link.indicatorId,
        link.municipality,
        link.value,
        link.year,
        JSON.stringify(link.source),
        link.buildId,
        link.linkedAt,
      ],
    );
  }
}
