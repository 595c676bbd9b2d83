import type {
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  CycleInput,
  OrganisationInput,
  UpdateCycleRequest,
  UpdateOrganisationRequest,
  UpdateWorkshopRequest,
  Workshop,
} from '../../data/contract';
import { hashEditToken, newEditToken, newId } from '../storage/secrets';
import type { WorkshopOutline, WorkshopStore } from '../storage/workshop-store';
import { ApiError } from '../http/api-error';
import type { WorkshopEventPublisher } from '../live/event-publisher';
import type { WorkshopBuildView } from './indicator-readings';
import { requireVersion } from './if-match';
import {
  conflict,
  invalidField,
  RESTORE_WINDOW_DAYS,
  StaleVersionError,
  unknownChild,
  unknownWorkshop,
} from './workshop-errors';

export interface WorkshopDeps {
  store: WorkshopStore;
  build: WorkshopBuildView;
  events: WorkshopEventPublisher;
  now?: () => Date;
}

/** Workshops, their organisations and cycles; every method that writes expects a route guard to have passed. */
export class WorkshopService {
  constructor(readonly deps: WorkshopDeps) {}

  timestamp(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }

  async get(id: string): Promise<Workshop> {
    const workshop = await this.deps.store.getWorkshop(id);
    if (!workshop) throw unknownWorkshop();
    return workshop;
  }

  /** The cycles and organisations a new entry is checked against, without reading the workshop's entries. */
  async outline(id: string): Promise<WorkshopOutline> {
    const outline = await this.deps.store.getWorkshopOutline(id);
    if (!outline) throw unknownWorkshop();
    return outline;
  }

  get publish(): WorkshopEventPublisher['publish'] {
    return this.deps.events.publish.bind(this.deps.events);
  }

  async create(request: CreateWorkshopRequest): Promise<CreateWorkshopResponse> {
    this.checkMunicipalities(request.municipalities, 'municipalities');
    const id = newId();
    const editToken = newEditToken();
    const participantToken = newEditToken();
    await this.deps.store.createWorkshop({
      id,
      title: request.title,
      municipalities: request.municipalities,
      editTokenHash: hashEditToken(editToken),
      participantTokenHash: hashEditToken(participantToken),
      organisations: (request.organisations ?? []).map((organisation) => ({ id: newId(), ...organisation })),
      cycles: request.cycles.map((cycle, index) => ({
        id: newId(),
        number: index + 1,
        date: cycle.date,
        title: cycle.title ?? null,
      })),
      createdAt: this.timestamp(),
    });
    return {
      workshop: await this.get(id),
      editToken,
      participantToken,
      links: {
        read: `/workshop/${id}`,
        edit: `/workshop/${id}#edit=${editToken}`,
        participant: `/workshop/${id}#join=${participantToken}`,
      },
    };
  }

  /** `version` (from the body or If-Match): the one last read; a stale one gets 409 with the workshop now. */
  async update(id: string, { version, ...patch }: UpdateWorkshopRequest): Promise<Workshop> {
    // A deleted workshop still has its secrets (for restore): 404 before 428 for it too.
    if (version === undefined) await this.get(id);
    const expected = requireVersion(version, 'workshop');
    if (patch.municipalities) this.checkMunicipalities(patch.municipalities, 'municipalities');
    const outcome = await this.deps.store.updateWorkshop(id, patch, this.timestamp(), expected);
    if (outcome === 'not_found') throw unknownWorkshop();
    if (outcome === 'stale') throw new StaleVersionError(await this.get(id), 'workshop');
    await this.publish(
      id,
      patch.dotsPerParticipant === undefined ? 'workshop_updated' : 'settings_updated',
      null,
    );
    return this.get(id);
  }

  /** Soft delete: restorable for RESTORE_WINDOW_DAYS; what is older than that is purged now. */
  async remove(id: string): Promise<void> {
    if (!(await this.deps.store.deleteWorkshop(id, this.timestamp()))) throw unknownWorkshop();
    await this.deps.store.purgeDeleted(this.restoreWindowStart());
    await this.publish(id, 'workshop_deleted', null);
  }

  async restore(id: string): Promise<Workshop> {
    if (!(await this.deps.store.restoreWorkshop(id, this.restoreWindowStart(), this.timestamp()))) {
      throw nothingToRestore('workshopId', 'workshop');
    }
    return this.get(id);
  }

  async addOrganisation(id: string, input: OrganisationInput): Promise<Workshop> {
    const added = await this.deps.store.addOrganisation(id, { id: newId(), ...input }, this.timestamp());
    if (!added) throw unknownWorkshop();
    await this.publish(id, 'organisation_added', null);
    return this.get(id);
  }

  async updateOrganisation(
    id: string,
    organisationId: string,
    { version, ...patch }: UpdateOrganisationRequest,
  ) {
    const find = (workshop: Workshop) =>
      workshop.organisations.find((o) => o.id === organisationId && !o.removedAt);
    const current = find(await this.get(id));
    if (!current) throw unknownChild('organisationId', 'organisation in this workshop');
    const outcome = await this.deps.store.updateOrganisation(
      id,
      { id: organisationId, name: patch.name ?? current.name, kind: patch.kind ?? current.kind },
      this.timestamp(),
      requireVersion(version, 'organisation'),
    );
    if (outcome === 'not_found') throw unknownChild('organisationId', 'organisation in this workshop');
    if (outcome === 'stale') {
      const now = find(await this.get(id));
      if (now) throw new StaleVersionError(now, 'organisation');
      throw unknownChild('organisationId', 'organisation in this workshop');
    }
    await this.publish(id, 'organisation_updated', organisationId);
    return this.get(id);
  }

  /** Asks first (409) when the organisation wrote entries: they keep its name, but the group should know. */
  async removeOrganisation(id: string, organisationId: string, confirmed: boolean): Promise<void> {
    const workshop = await this.get(id);
    const named = workshop.cycles
      .flatMap((cycle) => cycle.entries)
      .filter((entry) => entry.organisationId === organisationId).length;
    if (
      named > 0 &&
      !confirmed &&
      workshop.organisations.some((o) => o.id === organisationId && !o.removedAt)
    ) {
      throw conflict(
        'confirm',
        `this organisation is named on ${named} entries, which keep its name: repeat with confirm=true to remove it`,
      );
    }
    const outcome = await this.deps.store.deleteOrganisation(id, organisationId, this.timestamp());
    if (outcome === 'not_found') throw unknownChild('organisationId', 'organisation in this workshop');
    if (outcome === 'in_use') {
      throw conflict('organisationId', 'this organisation owns actions: give them another owner first');
    }
    await this.publish(id, 'organisation_removed', organisationId);
  }

  /** The store numbers the cycle inside its transaction, so two facilitators adding at once get 1+n and 2+n. */
  async addCycle(id: string, input: CycleInput): Promise<Workshop> {
    const outcome = await this.deps.store.addCycle(
      id,
      { id: newId(), date: input.date, title: input.title ?? null },
      this.timestamp(),
    );
    if (outcome === 'not_found') throw unknownWorkshop();
    if (outcome === 'conflict') {
      throw conflict('cycles', 'another cycle was added at the same moment: reload and try again');
    }
    await this.publish(id, 'cycle_added', null);
    return this.get(id);
  }

  async updateCycle(
    id: string,
    cycleId: string,
    { version, ...patch }: UpdateCycleRequest,
  ): Promise<Workshop> {
    const find = (workshop: Workshop) => workshop.cycles.find((cycle) => cycle.id === cycleId);
    const current = find(await this.get(id));
    if (!current) throw unknownChild('cycleId', 'cycle in this workshop');
    const expected = requireVersion(version, 'cycle');
    const next = {
      id: cycleId,
      number: current.number,
      date: patch.date ?? current.date,
      title: patch.title === undefined ? current.title : patch.title,
    };
    const outcome = await this.deps.store.updateCycle(id, next, this.timestamp(), expected);
    if (outcome !== 'updated') {
      const now = outcome === 'stale' ? find(await this.get(id)) : undefined;
      if (now) throw new StaleVersionError(now, 'cycle');
      throw unknownChild('cycleId', 'cycle in this workshop');
    }
    await this.publish(id, 'cycle_updated', cycleId);
    return this.get(id);
  }

  async removeCycle(id: string, cycleId: string): Promise<void> {
    if (!(await this.deps.store.deleteCycle(id, cycleId, this.timestamp()))) {
      throw unknownChild('cycleId', 'cycle in this workshop');
    }
    await this.publish(id, 'cycle_removed', cycleId);
  }

  async restoreCycle(id: string, cycleId: string): Promise<Workshop> {
    const restored = await this.deps.store.restoreCycle(
      id,
      cycleId,
      this.restoreWindowStart(),
      this.timestamp(),
    );
    if (!restored) throw nothingToRestore('cycleId', 'cycle');
    return this.get(id);
  }

  private restoreWindowStart(): string {
    const now = this.deps.now?.() ?? new Date();
    return new Date(now.getTime() - RESTORE_WINDOW_DAYS * 86_400_000).toISOString();
  }

  checkMunicipalities(codes: string[], field: string): void {
    codes.forEach((code, index) => {
      if (!this.deps.build.municipalityByCode.has(code)) {
        throw invalidField(`${field}.${index}`, `${code} is not one of Sweden's 290 municipality codes`);
      }
    });
    if (new Set(codes).size !== codes.length) throw invalidField(field, 'a municipality is listed twice');
  }
}

const nothingToRestore = (field: string, what: string) =>
  new ApiError(
    404,
    'not_found',
    `no ${what} deleted in the last ${RESTORE_WINDOW_DAYS} days with this id`,
    field,
  );
