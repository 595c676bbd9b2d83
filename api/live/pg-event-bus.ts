import type { PgNotifier } from '../storage/postgres/pg-notifier';
import type { WorkshopEventBus } from './event-bus';

const CHANNEL = 'workshop_events';

/**
 * The event bus for several API instances: "workshop X has events up to seq N" travels through PostgreSQL
 * LISTEN/NOTIFY, so a change written through instance A wakes the live connections of instance B. After the
 * listening connection was lost, every subscriber is woken with the latest seq so it re-reads what it missed.
 */
export class PgEventBus implements WorkshopEventBus {
  private readonly listeners = new Map<string, Set<(seq: number) => void>>();
  private readonly stopNotifier: () => void;
  private readonly stopReconnect: () => void;

  constructor(
    private readonly notifier: PgNotifier,
    private readonly latestSeq: (workshopId: string) => Promise<number | null>,
  ) {
    this.stopNotifier = notifier.subscribe(CHANNEL, (payload) => this.deliver(payload));
    this.stopReconnect = notifier.onReconnect(() => void this.wakeAll());
  }

  async notify(workshopId: string, seq: number): Promise<void> {
    await this.notifier.publish(CHANNEL, JSON.stringify({ workshopId, seq }));
  }

  subscribe(workshopId: string, listener: (seq: number) => void): () => void {
    const set = this.listeners.get(workshopId) ?? new Set();
    set.add(listener);
    this.listeners.set(workshopId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(workshopId);
    };
  }

  subscriberCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  async close(): Promise<void> {
    this.stopNotifier();
    this.stopReconnect();
    this.listeners.clear();
  }

  private deliver(payload: string): void {
    let message: { workshopId?: unknown; seq?: unknown };
    try {
      message = JSON.parse(payload) as typeof message;
    } catch {
      return;
    }
    if (typeof message.workshopId !== 'string' || typeof message.seq !== 'number') return;
    this.call(message.workshopId, message.seq);
  }

  private call(workshopId: string, seq: number): void {
    for (const listener of [...(this.listeners.get(workshopId) ?? [])]) {
      try {
        listener(seq);
      } catch {
        // A broken connection is closed by its own error handling; the others still get the news.
      }
    }
  }

  private async wakeAll(): Promise<void> {
    for (const workshopId of [...this.listeners.keys()]) {
      const seq = await this.latestSeq(workshopId).catch(() => null);
      if (seq !== null) this.call(workshopId, seq);
    }
  }
}
