import type pg from 'pg';
import { ROW_VERSION_MIGRATION } from '../row-version-migration';
import { MEETING_VERSION_MIGRATION } from '../meeting-version-migration';
import { WEIGHTING_MIGRATION } from '../weighting-migration';
import { BUILD_SERVERS_MIGRATION } from './build-servers-migration';

/**
 * PostgreSQL schema changes in order; a released migration is never edited, a new one is added. Each runs in its
 * own transaction together with its row in schema_migrations, under an advisory lock so that instances starting
 * at the same moment do not race. Timestamps are ISO text, as in SQLite, so both stores return identical documents.
 */
export const PG_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'workshops, organisations, cycles, entries, indicator links, votes (with versions and soft delete)',
    sql: `
      CREATE TABLE workshops (
        id text PRIMARY KEY,
        title text NOT NULL,
        municipalities_json text NOT NULL,
        recommendations text NOT NULL DEFAULT '',
        edit_token_hash bytea NOT NULL,
        created_at text NOT NULL,
        updated_at text NOT NULL,
        deleted_at text
      );
      CREATE TABLE organisations (
        id text PRIMARY KEY,
        workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('firm', 'municipality', 'region', 'school', 'other')),
        seq integer NOT NULL,
        removed_at text
      );
      CREATE INDEX organisations_by_workshop ON organisations(workshop_id, seq);
      CREATE TABLE cycles (
        id text PRIMARY KEY,
        workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        number integer NOT NULL,
        date text NOT NULL,
        title text,
        deleted_at text,
        UNIQUE (workshop_id, number)
      );
      CREATE TABLE entries (
        id text PRIMARY KEY,
        seq bigserial NOT NULL,
        workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        cycle_id text NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        kind text NOT NULL
          CHECK (kind IN ('activity', 'challenge', 'obstacle', 'opportunity', 'solution', 'action')),
        text text NOT NULL,
        organisation_id text REFERENCES organisations(id) ON DELETE SET NULL,
        theme text,
        action_owner_id text REFERENCES organisations(id),
        action_due_date text,
        action_status text CHECK (action_status IN ('planned', 'in_progress', 'done', 'dropped')),
        build_id text NOT NULL,
        created_at text NOT NULL,
        updated_at text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK ((kind = 'action') = (action_owner_id IS NOT NULL AND action_status IS NOT NULL))
      );
      CREATE INDEX entries_by_workshop ON entries(workshop_id, created_at, seq);
      CREATE INDEX entries_by_cycle ON entries(cycle_id);
      CREATE INDEX entries_by_owner ON entries(action_owner_id);
      CREATE INDEX entries_by_organisation ON entries(organisation_id);
      CREATE TABLE indicator_links (
        entry_id text NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        indicator_id text NOT NULL,
        municipality text NOT NULL,
        value double precision NOT NULL,
        year integer NOT NULL,
        source_json text NOT NULL,
        build_id text NOT NULL,
        linked_at text NOT NULL,
        PRIMARY KEY (entry_id, indicator_id, municipality)
      );
      CREATE TABLE votes (
        id text PRIMARY KEY,
        entry_id text NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        created_at text NOT NULL
      );
      CREATE INDEX votes_by_entry ON votes(entry_id);
    `,
  },
  {
    version: 2,
    name: 'shared rate-limit buckets',
    sql: `
      CREATE TABLE rate_buckets (
        key text PRIMARY KEY,
        tokens double precision NOT NULL,
        at_ms bigint NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'workshop event log for the live board',
    sql: `
      CREATE TABLE workshop_events (
        workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        seq integer NOT NULL CHECK (seq > 0),
        type text NOT NULL,
        subject_id text,
        data_json text,
        at text NOT NULL,
        PRIMARY KEY (workshop_id, seq)
      );
    `,
  },
  {
    version: 4,
    name: 'live room: participant link, participants, dots, entry authors, idempotency, meeting records',
    sql: `
      ALTER TABLE workshops ADD COLUMN participant_token_hash bytea;
      ALTER TABLE workshops ADD COLUMN dots_per_participant integer NOT NULL DEFAULT 5;
      CREATE TABLE participants (
        id text PRIMARY KEY,
        workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        voter_key_hash bytea NOT NULL,
        organisation_id text REFERENCES organisations(id) ON DELETE SET NULL,
        joined_at text NOT NULL,
        UNIQUE (workshop_id, voter_key_hash)
      );
      ALTER TABLE entries ADD COLUMN author_participant_id text;
      ALTER TABLE votes ADD COLUMN participant_id text;
      CREATE INDEX votes_by_participant ON votes(participant_id);
      CREATE TABLE idempotent_responses (
        workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        key text NOT NULL,
        status integer NOT NULL,
        body text NOT NULL,
        at text NOT NULL,
        PRIMARY KEY (workshop_id, key)
      );
      CREATE TABLE cycle_records (
        cycle_id text PRIMARY KEY REFERENCES cycles(id) ON DELETE CASCADE,
        workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        attendance_json text NOT NULL DEFAULT '[]',
        minutes text NOT NULL DEFAULT ''
      );
      CREATE TABLE decisions (
        id text PRIMARY KEY,
        seq bigserial,
        workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        cycle_id text NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        text text NOT NULL,
        owner_id text REFERENCES organisations(id) ON DELETE SET NULL,
        review_date text,
        created_at text NOT NULL,
        updated_at text NOT NULL
      );
      CREATE INDEX decisions_by_workshop ON decisions(workshop_id, created_at);
    `,
  },
  ROW_VERSION_MIGRATION,
  {
    version: 7,
    name: 'comments on entries; stakeholder weightings per organisation',
    sql: `
      CREATE TABLE entry_comments (
        id text PRIMARY KEY,
        seq bigserial,
        workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        entry_id text NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        text text NOT NULL,
        author_participant_id text,
        created_at text NOT NULL
      );
      CREATE INDEX entry_comments_by_workshop ON entry_comments(workshop_id, created_at);
      CREATE INDEX entry_comments_by_entry ON entry_comments(entry_id);
      CREATE TABLE workshop_weightings (
        workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        weight_set_json text NOT NULL,
        build_id text NOT NULL,
        ranks_json text NOT NULL,
        saved_at text NOT NULL,
        PRIMARY KEY (workshop_id, organisation_id)
      );
    `,
  },
  {
    version: 8,
    name: 'outcomes register: statement, contributing actions, evidence, status, version',
    sql: `
      CREATE TABLE outcomes (
        id text PRIMARY KEY,
        seq bigserial,
        workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        statement text NOT NULL,
        action_ids_json text NOT NULL DEFAULT '[]',
        evidence_json text NOT NULL,
        status text NOT NULL CHECK (status IN ('expected', 'partly_achieved', 'achieved', 'not_achieved')),
        version integer NOT NULL DEFAULT 1,
        created_at text NOT NULL,
        updated_at text NOT NULL
      );
      CREATE INDEX outcomes_by_workshop ON outcomes(workshop_id, created_at, seq);
    `,
  },
  {
    version: 9,
    name: "users' CSV imports (the stored import document per name)",
    sql: `
      CREATE TABLE user_imports (
        name text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('indicator', 'firms')),
        imported_at text NOT NULL,
        document text NOT NULL
      );
    `,
  },
  {
    version: 10,
    name: 'a saved planner map view per entry (JSON, null when none)',
    sql: `ALTER TABLE entries ADD COLUMN map_view_json text;`,
  },
  WEIGHTING_MIGRATION,
  MEETING_VERSION_MIGRATION,
  BUILD_SERVERS_MIGRATION,
];

/** Arbitrary constant: the advisory lock id that serialises migrations between instances. */
const MIGRATION_LOCK = 741_016_001;

export async function runPgMigrations(client: pg.PoolClient): Promise<number[]> {
  const ran: number[] = [];
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of PG_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      ran.push(migration.version);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
  return ran;
}
