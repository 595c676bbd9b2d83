import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { PgDatabase } from './pg-database';

/** A build some live instance served recently: who, and how long ago it said so. */
export interface ServedBuild {
  buildId: string;
  instanceId: string;
  secondsAgo: number;
}

/** Rows of instances silent this long are deleted by the builder's prune (they have long stopped counting). */
const FORGET_AFTER = '1 day';

/**
 * Which build each instance of a shared builds root serves (table build_servers, migration 13). Every instance
 * reports its build on each poll and after each swap; the builder keeps every build reported within the grace
 * period, so an instance that is slow to swap, or still checking the new build, never has its files deleted.
 */
export class PgBuildServers {
  /** Host, pid and a random suffix: a pid reused on another host or after a restart is another instance. */
  readonly instanceId = `${os.hostname()} pid ${process.pid} ${randomBytes(3).toString('hex')}`;

  constructor(private readonly database: PgDatabase) {}

  async report(buildId: string): Promise<void> {
    await this.database.query(
      `INSERT INTO build_servers (instance_id, build_id, seen_at) VALUES ($1, $2, now())
       ON CONFLICT (instance_id) DO UPDATE SET build_id = EXCLUDED.build_id, seen_at = EXCLUDED.seen_at`,
      [this.instanceId, buildId],
    );
  }

  /** Builds reported within `graceMs` by any instance (this one included), newest report first. */
  async servedWithin(graceMs: number): Promise<ServedBuild[]> {
    await this.database.query(`DELETE FROM build_servers WHERE seen_at < now() - interval '${FORGET_AFTER}'`);
    const { rows } = await this.database.query<{ build_id: string; instance_id: string; ago: number }>(
      `SELECT build_id, instance_id, extract(epoch FROM now() - seen_at)::float8 AS ago FROM build_servers
       WHERE seen_at >= now() - make_interval(secs => $1::float8 / 1000) ORDER BY seen_at DESC`,
      [graceMs],
    );
    return rows.map((row) => ({ buildId: row.build_id, instanceId: row.instance_id, secondsAgo: row.ago }));
  }

  /** A clean shutdown: this instance serves nothing any more. */
  async leave(): Promise<void> {
    await this.database.query('DELETE FROM build_servers WHERE instance_id = $1', [this.instanceId]);
  }
}
