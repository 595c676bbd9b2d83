/**
 * Migration 12, the same SQL in SQLite and PostgreSQL: a version per meeting record and per decision, so the
 * record's PUT and a decision's PATCH can be refused when based on an old read. A record written before has
 * version 1; a cycle without a record row reads as version 0 (nothing written yet).
 */
export const MEETING_VERSION_MIGRATION = {
  version: 12,
  name: 'versions on meeting records and decisions (optimistic concurrency of the record PUT and decision PATCH)',
  sql: `
    ALTER TABLE cycle_records ADD COLUMN version integer NOT NULL DEFAULT 1;
    ALTER TABLE decisions ADD COLUMN version integer NOT NULL DEFAULT 1;
  `,
} as const;
