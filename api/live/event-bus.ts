/**
 * Fan-out of "workshop X has new events up to seq N" to the open live connections. The event log itself lives in
 * the WorkshopStore (recordEvent / readEventsAfter); the bus only wakes listeners, which then read the log. So a
 * bus may drop or merge notifications without losing events: a listener always reads everything after the last
 * seq it delivered. One process uses the in-process bus; several API instances need a shared one (PostgreSQL
 * LISTEN/NOTIFY), behind the same interface.
 */
export interface WorkshopEventBus {
  /** Tells every subscriber of this workshop that events up to `seq` are in the log. */
  notify(workshopId: string, seq: number): Promise<void>;
  /** Calls `listener` for each notification of this workshop until the returned function is called. */
  subscribe(workshopId: string, listener: (seq: number) => void): () => void;
  /** Number of open subscriptions (for health and the benchmark). */
  subscriberCount(): number;
  close(): Promise<void>;
}
