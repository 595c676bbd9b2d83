import type { WorkshopEventData, WorkshopEventType } from '../../data/contract';
import type { WorkshopStore } from '../storage/workshop-store';
import type { WorkshopEventBus } from './event-bus';

/** Appends a change to the workshop's event log, then wakes the live connections of that workshop. */
export class WorkshopEventPublisher {
  constructor(
    private readonly store: WorkshopStore,
    readonly bus: WorkshopEventBus,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async publish(
    workshopId: string,
    type: WorkshopEventType,
    subjectId: string | null,
    data: WorkshopEventData | null = null,
  ): Promise<void> {
    const event = await this.store.recordEvent(workshopId, {
      type,
      subjectId,
      data,
      at: this.now().toISOString(),
    });
    // A deleted workshop has no log left; its open pages still need to hear about it.
    await this.bus.notify(workshopId, event?.seq ?? 0, event ?? undefined);
  }
}
