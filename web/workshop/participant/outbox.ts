/**
 * Writes a phone could not send yet (no network, server away): kept in localStorage so a reload or a dead battery
 * does not lose them, and sent in order once the connection is back. Each write carries its idempotency key from
 * the moment it is queued, so a write that did reach the server before the connection dropped is not made twice.
 */
export interface QueuedWrite {
  key: string;
  method: 'POST' | 'DELETE';
  path: string;
  body: unknown;
}

export type SendResult = 'sent' | 'retry' | 'rejected';

export class Outbox {
  constructor(
    private readonly storageKey: string,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
  ) {}

  list(): QueuedWrite[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(this.storageKey) ?? '[]');
      return Array.isArray(parsed) ? (parsed as QueuedWrite[]) : [];
    } catch {
      return [];
    }
  }

  add(write: Omit<QueuedWrite, 'key'>): QueuedWrite {
    const queued = { ...write, key: randomKey() };
    this.save([...this.list(), queued]);
    return queued;
  }

  /**
   * Sends the queue front to back and stops at the first write that must wait; a write the server rejected (4xx)
   * is dropped, since sending it again would be rejected again. Returns how many were rejected.
   */
  async flush(send: (write: QueuedWrite) => Promise<SendResult>): Promise<{ rejected: number }> {
    let rejected = 0;
    for (const write of this.list()) {
      const result = await send(write);
      if (result === 'retry') break;
      if (result === 'rejected') rejected += 1;
      this.save(this.list().filter((queued) => queued.key !== write.key));
    }
    return { rejected };
  }

  private save(writes: QueuedWrite[]): void {
    this.storage.setItem(this.storageKey, JSON.stringify(writes));
  }
}

function randomKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
