import { randomBytes } from 'node:crypto';
import type { IndicatorLink } from '../../../data/contract';
import { hashEditToken, newId } from '../../../api/storage/secrets';
import type { EntryRecord, NewWorkshopRecord } from '../../../api/storage/workshop-store';

export const T0 = '2026-01-20T10:00:00.000Z';
export const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

export function newWorkshopRecord(): NewWorkshopRecord {
  return {
    id: newId(),
    title: 'Gnosjö kompetensverkstad',
    municipalities: ['0617', '0662'],
    editTokenHash: hashEditToken(randomBytes(8).toString('hex')),
    participantTokenHash: Buffer.alloc(32, 7),
    organisations: [
      { id: newId(), name: 'Gnosjö kommun', kind: 'municipality' },
      { id: newId(), name: 'Exempelgjuteriet AB', kind: 'firm' },
    ],
    cycles: [
      { id: newId(), number: 1, date: '2026-01-20', title: null },
      { id: newId(), number: 2, date: '2026-03-24', title: 'Andra träffen' },
    ],
    createdAt: T0,
  };
}

export const link = (indicatorId: string, value: number): IndicatorLink => ({
  indicatorId,
  municipality: '0617',
  value,
  year: 2024,
  source: { id: 'scb', publisher: 'SCB', table: 'BE0101', citation: 'SCB, BE0101 (2024)' },
  buildId: 'b1',
  linkedAt: T0,
});

export function entryRecord(cycleId: string, overrides: Partial<EntryRecord> = {}): EntryRecord {
  return {
    id: newId(),
    cycleId,
    kind: 'obstacle',
    text: 'Svårt att hitta bostad',
    organisationId: null,
    theme: 'housing',
    links: [link('population_total', 9500.5)],
    mapView: null,
    authorParticipantId: null,
    action: null,
    buildId: 'b1',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}
