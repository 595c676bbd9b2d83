import type { WorkshopEvent } from '../../data/contract';
import type { WorkshopEventBus } from './event-bus';

/** The bus for a single API process: listeners per workshop in memory, called synchronously on notify. */
export class InProcessEventBus implements WorkshopEventBus {
  private readonly listeners = new Map<string, Set<(seq: number, event?: WorkshopEvent) => void>>();

  async notify(workshopId: string, seq: number, event?: WorkshopEvent): Promise<void> {
    for (const listener of [...(this.listeners.get(workshopId) ?? [])]) {
      try {
        listener(seq, event);
      } catch {
        // One broken connection must not stop delivery to the others; it is closed by its own error handling.
      }
    }
  }

  subscribe(workshopId: string, listener: (seq: number, event?: WorkshopEvent) => void): () => void {
    const set = this.listeners.get(workshopId) ?? new Set();
    set.add(listener);
    this.listeners.set(workshopId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(workshopId);
    };
  }

  /** The workshops that have a listener now (a reconnecting shared bus wakes exactly these). */
  subscribedWorkshops(): string[] {
    return [...this.listeners.keys()];
  }

  subscriberCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
