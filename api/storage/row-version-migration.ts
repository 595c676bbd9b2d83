/**
 * Migration 6, the same SQL in SQLite and PostgreSQL: a version per workshop, organisation and cycle row, so
 * their PATCHes can be refused when based on an old read (entries have had one since migration 1).
 */
const VERSIONED_TABLES = ['workshops', 'organisations', 'cycles'] as const;

export const ROW_VERSION_MIGRATION = {
  version: 6,
  name: 'versions on workshops, organisations and cycles (optimistic concurrency of their PATCHes)',
  sql: VERSIONED_TABLES.map(
    (table) => `ALTER TABLE ${table} ADD COLUMN version integer NOT NULL DEFAULT 1;`,
  ).join('\n'),
} as const;
