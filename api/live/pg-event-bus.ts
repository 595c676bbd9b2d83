import type { PgNotifier } from '../storage/postgres/pg-notifier';
import type { WorkshopEventBus } from './event-bus';
import { InProcessEventBus } from './in-process-event-bus';

const CHANNEL = 'workshop_events';

/**
 * The event bus for several API instances: "workshop X has events up to seq N" travels through PostgreSQL
 * LISTEN/NOTIFY, so a change written through instance A wakes the live connections of instance B. After the
 * listening connection was lost, every subscriber is woken with the latest seq so it re-reads what it missed.
 */
export class PgEventBus implements WorkshopEventBus {
  /** This process's listeners; PostgreSQL only carries the news between processes. */
  private readonly local = new InProcessEventBus();
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
    return this.local.subscribe(workshopId, (seq) => listener(seq));
  }

  subscriberCount(): number {
    return this.local.subscriberCount();
  }

  async close(): Promise<void> {
    this.stopNotifier();
    this.stopReconnect();
    await this.local.close();
  }

  private deliver(payload: string): void {
    let message: { workshopId?: unknown; seq?: unknown };
    try {
      message = JSON.parse(payload) as typeof message;
    } catch {
      return;
    }
    if (typeof message.workshopId !== 'string' || typeof message.seq !== 'number') return;
    void this.local.notify(message.workshopId, message.seq);
  }

  private async wakeAll(): Promise<void> {
    for (const workshopId of this.local.subscribedWorkshops()) {
      const seq = await this.latestSeq(workshopId).catch(() => null);
      if (seq !== null) void this.local.notify(workshopId, seq);
    }
  }
}
