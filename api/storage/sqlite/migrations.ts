import type Database from 'better-sqlite3';
import { ROW_VERSION_MIGRATION } from '../row-version-migration';
import { MEETING_VERSION_MIGRATION } from '../meeting-version-migration';
import { WEIGHTING_MIGRATION } from '../weighting-migration';

/**
 * Schema changes in order. A migration is never edited once released: add a new one. Each runs in its own
 * transaction together with its row in schema_migrations, so a crash leaves either the old or the new schema.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'workshops, organisations, cycles, entries, indicator links, votes',
    sql: `
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        municipalities_json TEXT NOT NULL,
        recommendations TEXT NOT NULL DEFAULT '',
        edit_token_hash BLOB NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('firm', 'municipality', 'region', 'school', 'other')),
        seq INTEGER NOT NULL
      );
      CREATE INDEX organisations_by_workshop ON organisations(workshop_id, seq);
      CREATE TABLE cycles (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        date TEXT NOT NULL,
        title TEXT,
        UNIQUE (workshop_id, number)
      );
      CREATE TABLE entries (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        cycle_id TEXT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL
          CHECK (kind IN ('activity', 'challenge', 'obstacle', 'opportunity', 'solution', 'action')),
        text TEXT NOT NULL,
        organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
        theme TEXT,
        action_owner_id TEXT REFERENCES organisations(id) ON DELETE RESTRICT,
        action_due_date TEXT,
        action_status TEXT CHECK (action_status IN ('planned', 'in_progress', 'done', 'dropped')),
        build_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((kind = 'action') = (action_owner_id IS NOT NULL AND action_status IS NOT NULL))
      );
      CREATE INDEX entries_by_workshop ON entries(workshop_id, created_at);
      CREATE INDEX entries_by_cycle ON entries(cycle_id);
      CREATE INDEX entries_by_owner ON entries(action_owner_id);
      CREATE INDEX entries_by_organisation ON entries(organisation_id);
      CREATE TABLE indicator_links (
        entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        indicator_id TEXT NOT NULL,
        municipality TEXT NOT NULL,
        value REAL NOT NULL,
        year INTEGER NOT NULL,
        source_json TEXT NOT NULL,
        build_id TEXT NOT NULL,
        linked_at TEXT NOT NULL,
        PRIMARY KEY (entry_id, indicator_id, municipality)
      );
      CREATE TABLE votes (
        id TEXT PRIMARY KEY,
        entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
      );
      CREATE INDEX votes_by_entry ON votes(entry_id);
    `,
  },
  {
    version: 2,
    name: 'workshop event log for the live board',
    sql: `
      CREATE TABLE workshop_events (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq > 0),
        type TEXT NOT NULL,
        subject_id TEXT,
        data_json TEXT,
        at TEXT NOT NULL,
        PRIMARY KEY (workshop_id, seq)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    name: 'entry versions, soft delete of workshops and cycles, removed organisations keep attribution',
    sql: `
      ALTER TABLE entries ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE workshops ADD COLUMN deleted_at TEXT;
      ALTER TABLE cycles ADD COLUMN deleted_at TEXT;
      ALTER TABLE organisations ADD COLUMN removed_at TEXT;
    `,
  },
  {
    version: 4,
    name: 'participant link, participants, dots per participant, entry authors, voter per vote, idempotency',
    sql: `
      ALTER TABLE workshops ADD COLUMN participant_token_hash BLOB;
      ALTER TABLE workshops ADD COLUMN dots_per_participant INTEGER NOT NULL DEFAULT 5;
      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        voter_key_hash BLOB NOT NULL,
        organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
        joined_at TEXT NOT NULL,
        UNIQUE (workshop_id, voter_key_hash)
      );
      ALTER TABLE entries ADD COLUMN author_participant_id TEXT;
      ALTER TABLE votes ADD COLUMN participant_id TEXT;
      CREATE INDEX votes_by_participant ON votes(participant_id);
      CREATE TABLE idempotent_responses (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (workshop_id, key)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 5,
    name: 'meeting record per cycle: attendance, minutes, decisions',
    sql: `
      CREATE TABLE cycle_records (
        cycle_id TEXT PRIMARY KEY REFERENCES cycles(id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        attendance_json TEXT NOT NULL DEFAULT '[]',
        minutes TEXT NOT NULL DEFAULT ''
      );
      CREATE TABLE decisions (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        cycle_id TEXT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        owner_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
        review_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
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
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        author_participant_id TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX entry_comments_by_workshop ON entry_comments(workshop_id, created_at);
      CREATE INDEX entry_comments_by_entry ON entry_comments(entry_id);
      CREATE TABLE workshop_weightings (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        weight_set_json TEXT NOT NULL,
        build_id TEXT NOT NULL,
        ranks_json TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (workshop_id, organisation_id)
      );
    `,
  },
  {
    version: 8,
    name: 'outcomes register: statement, contributing actions, evidence, status, version',
    sql: `
      CREATE TABLE outcomes (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        statement TEXT NOT NULL,
        action_ids_json TEXT NOT NULL DEFAULT '[]',
        evidence_json TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('expected', 'partly_achieved', 'achieved', 'not_achieved')),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX outcomes_by_workshop ON outcomes(workshop_id, created_at);
    `,
  },
  {
    version: 10,
    name: 'a saved planner map view per entry (JSON, null when none)',
    sql: `ALTER TABLE entries ADD COLUMN map_view_json TEXT;`,
  },
  WEIGHTING_MIGRATION,
  MEETING_VERSION_MIGRATION,
];

export function runMigrations(db: Database.Database): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .all()
      .map((row) => (row as { version: number }).version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const ran: number[] = [];
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
    ran.push(migration.version);
  }
  return ran;
}
