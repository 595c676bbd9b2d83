import { WorkshopEventPublisher } from '../../api/live/event-publisher';
import { InProcessEventBus } from '../../api/live/in-process-event-bus';
import { newId } from '../../api/storage/secrets';
import type { WorkshopStore } from '../../api/storage/workshop-store';
import { EntryService } from '../../api/workshops/entry-service';
import type { WorkshopBuildView } from '../../api/workshops/indicator-readings';
import { WorkshopService } from '../../api/workshops/workshop-service';

/** The workshop and entries every workshop benchmark writes: one cycle, plain entries without links. */

export async function seedBenchWorkshop(
  store: WorkshopStore,
): Promise<{ workshopId: string; cycleId: string }> {
  const workshopId = newId();
  const cycleId = newId();
  await store.createWorkshop({
    id: workshopId,
    title: 'bench',
    municipalities: ['0617'],
    editTokenHash: Buffer.alloc(32),
    participantTokenHash: Buffer.alloc(32, 1),
    organisations: [],
    cycles: [{ id: cycleId, number: 1, date: '2026-01-20', title: null }],
    createdAt: new Date().toISOString(),
  });
  return { workshopId, cycleId };
}

export async function writeBenchEntry(store: WorkshopStore, workshopId: string, cycleId: string, n: number) {
  const at = new Date().toISOString();
  await store.addEntry(workshopId, {
    id: newId(),
    cycleId,
    kind: n % 2 === 0 ? 'obstacle' : 'solution',
    text: `entry ${n}`,
    organisationId: null,
    theme: null,
    links: [],
    action: null,
    authorParticipantId: null,
    buildId: 'bench',
    createdAt: at,
    updatedAt: at,
  });
}

/** No indicators: the bench's entries carry no links, so the service reads nothing of a build but its id. */
const NO_BUILD: WorkshopBuildView = {
  manifest: { buildId: 'bench', builtAt: '2026-01-01T00:00:00.000Z' },
  indicatorById: new Map(),
  seriesByIndicator: new Map(),
  municipalityByCode: new Map(),
  indicators: [],
  kolada: { ensure: async () => undefined },
};

/** The service a POST of an entry runs (checks, store write, event log), without HTTP. */
export function benchEntryService(store: WorkshopStore): EntryService {
  const events = new WorkshopEventPublisher(store, new InProcessEventBus());
  return new EntryService(new WorkshopService({ store, build: NO_BUILD, events }));
}

export const writeBenchEntryThroughService = (
  service: EntryService,
  workshopId: string,
  cycleId: string,
  n: number,
) =>
  service.create(
    workshopId,
    cycleId,
    { kind: n % 2 === 0 ? 'obstacle' : 'solution', text: `entry ${n}` },
    { role: 'facilitator' },
  );
