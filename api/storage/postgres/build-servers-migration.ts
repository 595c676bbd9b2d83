/**
 * Migration 13 (PostgreSQL only: one SQLite machine has no shared builds root): which build each instance serves,
 * refreshed by a heartbeat, so the builder prunes only builds that no live instance still reads.
 */
export const BUILD_SERVERS_MIGRATION = {
  version: 13,
  name: 'build_servers: the build each instance of a shared builds root serves, with a heartbeat',
  sql: `
    CREATE TABLE build_servers (
      instance_id text PRIMARY KEY,
      build_id text NOT NULL,
      seen_at timestamptz NOT NULL
    );
  `,
} as const;
