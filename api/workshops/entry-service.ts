import {
  type ActionStatus,
  type CreateEntryRequest,
  CreateEntryRequest as CreateEntrySchema,
  type Entry,
  type IndicatorLink,
  type IndicatorLinkRequest,
  type SavedMapView,
  type UpdateEntryRequest,
  UpdateEntryRequest as UpdateEntrySchema,
  VOTABLE_KINDS,
  type VoteTally,
  type Workshop,
} from '../../data/contract';
import type { z } from 'zod';
import type { EntryRecord, WorkshopOutline } from '../storage/workshop-store';
import { newId } from '../storage/secrets';
import { forbidden, requireParticipantId, type WorkshopActor } from './access';
import { checkMapView } from './map-view-check';
import { checkNoDuplicateLinks, resolveIndicatorLink } from './resolve-links';
import { conflict, fromZodError, invalidField, StaleEntryError, unknownChild } from './workshop-errors';
import type { WorkshopService } from './workshop-service';

/** Entries of a cycle, their indicator links, votes and action status. */
export class EntryService {
  constructor(private readonly workshops: WorkshopService) {}

  private get store() {
    return this.workshops.deps.store;
  }

  async create(
    workshopId: string,
    cycleId: string,
    input: CreateEntryRequest,
    actor: WorkshopActor,
  ): Promise<Entry> {
    const authorParticipantId = requireParticipantId(actor);
    const request = parseOrThrow(CreateEntrySchema, input);
    if (authorParticipantId && request.action && request.action.status !== 'planned') {
      throw forbidden('only the facilitator sets the status of an action', 'action.status');
    }
    // Cycles and organisations only: reading the whole workshop grew with every entry it held.
    const workshop = await this.workshops.outline(workshopId);
    const cycle = workshop.cycles.find((candidate) => candidate.id === cycleId);
    if (!cycle) throw unknownChild('cycleId', 'cycle in this workshop');
    const at = this.workshops.timestamp();
    await this.workshops.deps.build.kolada.ensure([
      ...request.links.map((link) => link.indicatorId),
      ...(request.mapView ? [request.mapView.indicatorId] : []),
    ]);
    const build = this.workshops.deps.build;
    const record: EntryRecord = {
      id: newId(),
      cycleId,
      kind: request.kind,
      text: request.text,
      organisationId: this.organisation(workshop, request.organisationId ?? null, 'organisationId'),
      theme: request.theme ?? null,
      links: this.resolveLinks(request.links, [], at),
      mapView: request.mapView ? checkMapView(build, request.mapView) : null,
      action: request.action
        ? {
            ownerOrganisationId: this.requireOrganisation(workshop, request.action.ownerOrganisationId),
            dueDate:
              request.action.dueDate === undefined
                ? nextCycleDate(workshop, cycle.number)
                : request.action.dueDate,
            status: request.action.status,
          }
        : null,
      authorParticipantId,
      buildId: this.workshops.deps.build.manifest.buildId,
      createdAt: at,
      updatedAt: at,
    };
    if (!(await this.store.addEntry(workshopId, record)))
      throw unknownChild('cycleId', 'cycle in this workshop');
    // The new entry as the store now holds it, without reading the whole workshop back: that re-read grew with
    // every entry and was most of a write's cost in the live-board bench.
    const entry = newEntry(record);
    await this.workshops.publish(workshopId, 'entry_added', entry.id, { cycleId, kind: entry.kind });
    return entry;
  }

  async update(
    workshopId: string,
    entryId: string,
    input: UpdateEntryRequest,
    actor: WorkshopActor,
  ): Promise<Entry> {
    const patch = parseOrThrow(UpdateEntrySchema, input);
    const workshop = await this.workshops.get(workshopId);
    const current = this.find(workshop, entryId);
    this.checkOwnEntry(current, actor, 'change');
    if (actor.role === 'participant' && patch.action?.status !== undefined) {
      throw forbidden('only the facilitator changes the status of an action', 'action.status');
    }
    if (patch.action && current.kind !== 'action') {
      throw invalidField('action', 'only entries of kind "action" have an owner');
    }
    const at = this.workshops.timestamp();
    if (patch.version !== current.version) throw new StaleEntryError(current);
    const action = current.action
      ? {
          ownerOrganisationId: patch.action?.ownerOrganisationId
            ? this.requireOrganisation(workshop, patch.action.ownerOrganisationId)
            : current.action.ownerOrganisationId,
          dueDate: patch.action?.dueDate === undefined ? current.action.dueDate : patch.action.dueDate,
          status: patch.action?.status ?? current.action.status,
        }
      : null;
    await this.workshops.deps.build.kolada.ensure([
      ...(patch.links ?? []).map((link) => link.indicatorId),
      ...(patch.mapView ? [patch.mapView.indicatorId] : []),
    ]);
    const outcome = await this.store.updateEntry(
      workshopId,
      {
        ...current,
        text: patch.text ?? current.text,
        organisationId:
          patch.organisationId === undefined || patch.organisationId === current.organisationId
            ? current.organisationId
            : this.organisation(workshop, patch.organisationId, 'organisationId'),
        theme: patch.theme === undefined ? current.theme : patch.theme,
        links: patch.links ? this.resolveLinks(patch.links, current.links, at) : current.links,
        mapView: patch.mapView === undefined ? current.mapView : this.mapView(patch.mapView, current.mapView),
        action,
        authorParticipantId: current.author.participantId,
        updatedAt: at,
      },
      patch.version,
    );
    // Someone else's change landed between our read and our write: answer with theirs, as above.
    if (outcome === 'stale')
      throw new StaleEntryError(this.find(await this.workshops.get(workshopId), entryId));
    if (outcome === 'not_found') throw unknownChild('entryId', 'entry in this workshop');
    const entry = this.find(await this.workshops.get(workshopId), entryId);
    const statusChanged = entry.action?.status !== current.action?.status;
    await this.workshops.publish(
      workshopId,
      statusChanged ? 'entry_status_changed' : 'entry_updated',
      entryId,
    );
    return entry;
  }

  async setStatus(
    workshopId: string,
    entryId: string,
    status: ActionStatus,
    version: number,
  ): Promise<Entry> {
    const entry = this.find(await this.workshops.get(workshopId), entryId);
    if (entry.kind !== 'action') throw invalidField('status', 'only actions have a status');
    // Facilitator only (the route guard): a participant may not change a status.
    return this.update(workshopId, entryId, { action: { status }, version }, { role: 'facilitator' });
  }

  async remove(workshopId: string, entryId: string, actor: WorkshopActor): Promise<void> {
    this.checkOwnEntry(this.find(await this.workshops.get(workshopId), entryId), actor, 'delete');
    if (!(await this.store.deleteEntry(workshopId, entryId, this.workshops.timestamp()))) {
      throw unknownChild('entryId', 'entry in this workshop');
    }
    await this.workshops.publish(workshopId, 'entry_removed', entryId);
  }

  /** A participant's dots are counted per cycle against the workshop's dots per participant. */
  async vote(
    workshopId: string,
    entryId: string,
    direction: 'add' | 'remove',
    actor: WorkshopActor,
  ): Promise<VoteTally> {
    const participantId = requireParticipantId(actor);
    const workshop = await this.workshops.get(workshopId);
    const entry = this.find(workshop, entryId);
    if (!VOTABLE_KINDS.includes(entry.kind)) {
      throw invalidField('entryId', `only ${VOTABLE_KINDS.join(' and ')} entries are prioritised by votes`);
    }
    const at = this.workshops.timestamp();
    const votes = participantId
      ? direction === 'add'
        ? await this.store.addParticipantVote(
            workshopId,
            entryId,
            { id: newId(), participantId, dotsPerCycle: workshop.dotsPerParticipant },
            at,
          )
        : await this.store.removeParticipantVote(workshopId, entryId, participantId, at)
      : direction === 'add'
        ? await this.store.addVote(workshopId, entryId, newId(), at)
        : await this.store.removeVote(workshopId, entryId, at);
    if (votes === null) throw unknownChild('entryId', 'entry in this workshop');
    if (votes === 'no_dots_left') {
      throw conflict('votes', `all ${workshop.dotsPerParticipant} dots of this cycle are used`);
    }
    await this.workshops.publish(workshopId, 'vote_changed', entryId, { votes });
    return { entryId, votes };
  }

  /** Only the facilitator edits or deletes others' entries. */
  private checkOwnEntry(entry: Entry, actor: WorkshopActor, what: 'change' | 'delete'): void {
    if (actor.role === 'facilitator') return;
    if (!actor.participantId || entry.author.participantId !== actor.participantId) {
      throw forbidden(`only the facilitator may ${what} entries written by others`);
    }
  }

  find(workshop: Workshop, entryId: string): Entry {
    for (const cycle of workshop.cycles) {
      const entry = cycle.entries.find((candidate) => candidate.id === entryId);
      if (entry) return entry;
    }
    throw unknownChild('entryId', 'entry in this workshop');
  }

  /** A link that already existed keeps what it showed then; new links read the current build. */
  private resolveLinks(
    requests: IndicatorLinkRequest[],
    existing: IndicatorLink[],
    at: string,
  ): IndicatorLink[] {
    checkNoDuplicateLinks(
      requests.map((request, index) => ({ request, index })),
      'links',
    );
    const build = this.workshops.deps.build;
    return requests.map((request, index) =>
      resolveIndicatorLink(build, request, existing, at, `links.${index}`),
    );
  }

  /** A view sent back unchanged is kept as saved, even if the build has since lost its indicator or year. */
  private mapView(view: SavedMapView | null, current: SavedMapView | null): SavedMapView | null {
    if (view === null) return null;
    if (current && JSON.stringify(view) === JSON.stringify(current)) return current;
    return checkMapView(this.workshops.deps.build, view);
  }

  private organisation(workshop: WorkshopOutline, id: string | null, field: string): string | null {
    if (id === null) return null;
    if (!workshop.organisations.some((organisation) => organisation.id === id && !organisation.removedAt)) {
      throw invalidField(field, 'not an organisation of this workshop (or one that was removed)');
    }
    return id;
  }

  private requireOrganisation(workshop: WorkshopOutline, id: string): string {
    return this.organisation(workshop, id, 'action.ownerOrganisationId') ?? id;
  }
}

function nextCycleDate(workshop: WorkshopOutline, number: number): string | null {
  const later = workshop.cycles.filter((cycle) => cycle.number > number).sort((a, b) => a.number - b.number);
  return later[0]?.date ?? null;
}

function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

/** A just-added entry as a read of the store would give it: version 1, no dots yet. */
function newEntry(record: EntryRecord): Entry {
  const { authorParticipantId, mapView, ...fields } = record;
  return {
    ...fields,
    mapView: mapView ?? null,
    votes: 0,
    author: {
      role: authorParticipantId ? 'participant' : 'facilitator',
      participantId: authorParticipantId,
    },
    version: 1,
  };
}
