/**
 * Migration 11, the same SQL in SQLite and PostgreSQL: migration 7 made workshop_weightings; saving one per
 * organisation also needs a version (a save over an old read is refused), who saved it, and what the index
 * produced besides the ranks (pillar shares and the indicators it combined), frozen with them.
 */
export const WEIGHTING_MIGRATION = {
  version: 11,
  name: 'stakeholder weightings: version, saved by, pillar shares and indicators frozen with the ranks',
  sql: `
    ALTER TABLE workshop_weightings ADD COLUMN version integer NOT NULL DEFAULT 1;
    ALTER TABLE workshop_weightings ADD COLUMN saved_by_participant_id text;
    ALTER TABLE workshop_weightings ADD COLUMN pillars_json text NOT NULL DEFAULT '[]';
    ALTER TABLE workshop_weightings ADD COLUMN indicators_json text NOT NULL DEFAULT '[]';
  `,
} as const;
