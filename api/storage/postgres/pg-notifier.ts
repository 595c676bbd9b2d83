import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { PgDatabase } from './pg-database';

type Handler = (payload: string) => void;

const CHANNEL = /^[a-z][a-z0-9_]{0,40}$/;
const RECONNECT_MS = 1_000;

/**
 * Publish/subscribe per channel across every process on one PostgreSQL database (LISTEN/NOTIFY): what instance A
 * publishes reaches subscribers on instance B. Subscribers in this process are called directly, so delivery here
 * does not depend on the listening connection. NOTIFY is fire-and-forget: while the listening connection is down
 * messages are missed, so callers re-read their state in `onReconnect` (the event log, the current build id).
 */
export class PgNotifier {
  private readonly id = randomUUID();
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly reconnectHandlers = new Set<() => void>();
  private listener: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  private readonly pendingListens = new Set<Promise<void>>();

  constructor(private readonly database: PgDatabase) {}

  async publish(channel: string, payload: string): Promise<void> {
    checkChannel(channel);
    for (const handler of [...(this.handlers.get(channel) ?? [])]) safely(handler, payload);
    await this.database.query('SELECT pg_notify($1, $2)', [
      pgChannel(channel),
      JSON.stringify({ origin: this.id, payload }),
    ]);
  }

  subscribe(channel: string, handler: Handler): () => void {
    checkChannel(channel);
    const set = this.handlers.get(channel) ?? new Set();
    const isNew = set.size === 0;
    set.add(handler);
    this.handlers.set(channel, set);
    if (isNew) {
      const listening = this.listen(channel).finally(() => this.pendingListens.delete(listening));
      this.pendingListens.add(listening);
    }
    return () => {
      set.delete(handler);
      if (set.size === 0) {
        this.handlers.delete(channel);
        void this.listener
          ?.query(`UNLISTEN ${pg.escapeIdentifier(pgChannel(channel))}`)
          .catch(() => undefined);
      }
    };
  }

  /** Called after the listening connection came back, when messages may have been missed. */
  onReconnect(handler: () => void): () => void {
    this.reconnectHandlers.add(handler);
    return () => this.reconnectHandlers.delete(handler);
  }

  /** Resolves once this process listens on every subscribed channel (tests wait for it before publishing). */
  async ready(): Promise<void> {
    await this.connect();
    await Promise.all([...this.pendingListens]);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.handlers.clear();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  private async listen(channel: string): Promise<void> {
    try {
      await this.connect();
      await this.listener?.query(`LISTEN ${pg.escapeIdentifier(pgChannel(channel))}`);
    } catch {
      // connect() schedules the retry, which listens on every channel again.
    }
  }

  private connect(): Promise<void> {
    if (this.listener) return Promise.resolve();
    if (!this.connecting) {
      this.connecting = this.openListener().finally(() => (this.connecting = null));
    }
    return this.connecting;
  }

  private async openListener(): Promise<void> {
    const client = new pg.Client({ connectionString: this.database.url, connectionTimeoutMillis: 5_000 });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => this.deliver(message));
    try {
      await client.connect();
      for (const channel of this.handlers.keys()) {
        await client.query(`LISTEN ${pg.escapeIdentifier(pgChannel(channel))}`);
      }
    } catch (error) {
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
      throw error;
    }
    this.listener = client;
  }

  private lost(client: pg.Client): void {
    if (this.listener !== client) return;
    this.listener = null;
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connect()
        .then(() => {
          for (const handler of [...this.reconnectHandlers]) safely(handler, undefined);
        })
        .catch(() => undefined);
    }, RECONNECT_MS);
    this.retry.unref();
  }

  private deliver(message: pg.Notification): void {
    const channel = message.channel.replace(/^atlas_/, '');
    let parsed: { origin?: unknown; payload?: unknown };
    try {
      parsed = JSON.parse(message.payload ?? '{}') as typeof parsed;
    } catch {
      return;
    }
    // Our own messages were delivered locally in publish().
    if (parsed.origin === this.id || typeof parsed.payload !== 'string') return;
    for (const handler of [...(this.handlers.get(channel) ?? [])]) safely(handler, parsed.payload);
  }
}

function pgChannel(channel: string): string {
  return `atlas_${channel}`;
}

function checkChannel(channel: string): void {
  if (!CHANNEL.test(channel)) throw new Error(`notifier channel "${channel}" must match ${CHANNEL.source}`);
}

function safely<A>(handler: (argument: A) => void, argument: A): void {
  try {
    handler(argument);
  } catch (error) {
    // One failing subscriber must not stop delivery to the others.
    console.error('[atlas] notification handler failed:', error);
  }
}
