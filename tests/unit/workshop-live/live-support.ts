import type { CreateWorkshopResponse, JoinWorkshopResponse, Workshop } from '../../../data/contract';
import { createGnosjoWorkshop, type workshopApp } from '../workshop/support';

type App = ReturnType<typeof workshopApp>['app'];

export interface CallOptions {
  body?: unknown;
  token?: string;
  voterKey?: string;
  idempotencyKey?: string;
}

/** One request with the headers the live room uses (Bearer secret, X-Voter-Key, Idempotency-Key). */
export async function call(app: App, method: string, url: string, options: CallOptions = {}) {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.voterKey) headers['x-voter-key'] = options.voterKey;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  const response = await app.request(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  const json: unknown =
    text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
  return { status: response.status, json, text, headers: response.headers };
}

export interface Room {
  created: CreateWorkshopResponse;
  workshop: Workshop;
  base: string;
  facilitator: string;
  participantToken: string;
  cycleId: string;
}

export async function openRoom(app: App): Promise<Room> {
  const created = await createGnosjoWorkshop(app);
  const cycle = created.workshop.cycles[0];
  if (!cycle) throw new Error('the workshop has no cycle');
  return {
    created,
    workshop: created.workshop,
    base: `/api/workshops/${created.workshop.id}`,
    facilitator: created.editToken,
    participantToken: created.participantToken,
    cycleId: cycle.id,
  };
}

export async function join(app: App, room: Room, organisationId: string | null = null) {
  const response = await call(app, 'POST', `${room.base}/participants`, {
    token: room.participantToken,
    body: { organisationId },
  });
  if (response.status !== 201) throw new Error(`join failed: ${response.status} ${response.text}`);
  return response.json as JoinWorkshopResponse;
}
