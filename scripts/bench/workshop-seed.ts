import { newId } from '../../api/storage/secrets';
import type { WorkshopStore } from '../../api/storage/workshop-store';

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
