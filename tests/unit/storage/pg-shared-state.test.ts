/**
 * What several instances share through PostgreSQL, with two independent "instances" in this process (each its own
 * connection pool and listening connection on a real server): the write rate limit, live events, and which build
 * each instance serves (what the builder may prune).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../api/app';
import { openStorage, type Storage } from '../../../api/storage/open-storage';
import { PgBuildServers } from '../../../api/storage/postgres/pg-build-servers';
import { newId } from '../../../api/storage/secrets';
import { type PostgresCluster, startPostgresCluster } from '../../support/postgres-cluster';
import { createGnosjoWorkshop, send, testBuild } from '../workshop/support';

let cluster: PostgresCluster;
let url = '';
let one: Storage;
let two: Storage;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  url = await cluster.createDatabase('shared');
  one = openStorage(url);
  two = openStorage(url);
});

afterAll(async () => {
  await one?.close();
  await two?.close();
  await cluster?.destroy();
});

const waitFor = async (check: () => boolean, what: string, timeoutMs = 10_000) => {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('shared through PostgreSQL', () => {
  it('holds one write limit per client across both instances', async () => {
    const limit = { capacity: 6, refillPerSecond: 0.001 };
    const appOne = createApp({
      build: testBuild(),
      workshopStore: one.store,
      workshopRateLimit: { ...limit, buckets: one.writeBuckets },
    });
    const appTwo = createApp({
      build: testBuild(),
      workshopStore: two.store,
      workshopRateLimit: { ...limit, buckets: two.writeBuckets },
    });
    const { workshop, editToken } = await createGnosjoWorkshop(appOne); // the first of 6
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const app = i % 2 === 0 ? appTwo : appOne;
      const response = await send(
        app,
        'PATCH',
        `/api/workshops/${workshop.id}`,
        // Five succeed, one version up each; the rest never reach the row.
        { title: `T ${i}`, version: Math.min(i, 5) + 1 },
        editToken,
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429, 429, 429]);
  });

  it('delivers an event written through one instance to a subscriber of the other', async () => {
    const workshopId = await seededWorkshop();
    const seen: number[] = [];
    two.eventBus.subscribe(workshopId, (seq) => seen.push(seq));
    await two.notifier?.ready();
    const event = await one.store.recordEvent(workshopId, {
      type: 'entry_added',
      subjectId: null,
      data: null,
      at: new Date().toISOString(),
    });
    await one.eventBus.notify(workshopId, event?.seq ?? -1);
    await waitFor(() => seen.includes(1), 'the event on the other instance');
    expect(await two.store.readEventsAfter(workshopId, 0, 10)).toEqual([event]);
  });

  it('wakes subscribers with the latest seq after its listening connection was cut, so nothing is missed', async () => {
    const workshopId = await seededWorkshop();
    const seen: number[] = [];
    two.eventBus.subscribe(workshopId, (seq) => seen.push(seq));
    await two.notifier?.ready();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = 'shared' AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'`,
    );
    await admin.end();
    // Written while instance two cannot hear: its notification is lost, the reconnect makes up for it.
    const event = await one.store.recordEvent(workshopId, {
      type: 'vote_changed',
      subjectId: null,
      data: null,
      at: new Date().toISOString(),
    });
    await one.eventBus.notify(workshopId, event?.seq ?? -1);
    await waitFor(() => seen.includes(event?.seq ?? -1), 'the wake-up after reconnecting');
  });

  it('publishes and subscribes per channel', async () => {
    const got: string[] = [];
    const stop = two.notifier?.subscribe('builds', (payload) => got.push(payload));
    two.notifier?.subscribe('other', (payload) => got.push(`other:${payload}`));
    await two.notifier?.ready();
    await one.notifier?.publish('builds', 'b-123');
    await waitFor(() => got.includes('b-123'), 'the payload');
    stop?.();
    await expect(one.notifier?.publish('Bad channel!', 'x')).rejects.toThrow(/channel/);
    expect(got).toEqual(['b-123']);
  });

  it('lists the builds instances reported within the grace period; an old report, or one that left, is not', async () => {
    const [first, second] = [new PgBuildServers(one.database!), new PgBuildServers(two.database!)];
    expect(first.instanceId).not.toBe(second.instanceId);
    await first.report('aaaaaaaaaaaaaaaa');
    await second.report('bbbbbbbbbbbbbbbb');
    await first.report('cccccccccccccccc'); // a swap replaces the instance's row
    const ids = async (graceMs: number) =>
      (await first.servedWithin(graceMs)).map((served) => [served.instanceId, served.buildId]);
    expect(await ids(60_000)).toEqual([
      [first.instanceId, 'cccccccccccccccc'],
      [second.instanceId, 'bbbbbbbbbbbbbbbb'],
    ]);
    await one.database!.query(
      `UPDATE build_servers SET seen_at = now() - interval '5 minutes' WHERE instance_id = $1`,
      [second.instanceId],
    );
    expect(await ids(60_000)).toEqual([[first.instanceId, 'cccccccccccccccc']]);
    expect(await ids(600_000)).toHaveLength(2);
    await one.database!.query(
      `UPDATE build_servers SET seen_at = now() - interval '2 days' WHERE instance_id = $1`,
      [second.instanceId],
    );
    await first.servedWithin(60_000);
    const { rows } = await one.database!.query('SELECT instance_id FROM build_servers');
    expect(rows).toEqual([{ instance_id: first.instanceId }]);
    await first.leave();
    expect(await ids(600_000)).toEqual([]);
  });
});

async function seededWorkshop(): Promise<string> {
  const id = newId();
  await one.store.createWorkshop({
    id,
    title: 'Live',
    municipalities: ['0617'],
    editTokenHash: Buffer.alloc(32),
    participantTokenHash: Buffer.alloc(32, 7),
    organisations: [],
    cycles: [],
    createdAt: new Date().toISOString(),
  });
  return id;
}
