import {
  type ActionStatus,
  type CreateEntryRequest,
  CreateEntryRequest as CreateEntrySchema,
  type Entry,
  type IndicatorLink,
  type IndicatorLinkRequest,
  type UpdateEntryRequest,
  UpdateEntryRequest as UpdateEntrySchema,
  VOTABLE_KINDS,
  type VoteTally,
  type Workshop,
} from '../../data/contract';
import type { z } from 'zod';
import type { EntryRecord } from '../storage/workshop-store';
import { newId } from '../storage/secrets';
import { currentReading } from './indicator-readings';
import { fromZodError, invalidField, StaleEntryError, unknownChild } from './workshop-errors';
import type { WorkshopService } from './workshop-service';

/** Entries of a cycle, their indicator links, votes and action status. */
export class EntryService {
  constructor(private readonly workshops: WorkshopService) {}

  private get store() {
    return this.workshops.deps.store;
  }

  async create(workshopId: string, cycleId: string, input: CreateEntryRequest): Promise<Entry> {
    const request = parseOrThrow(CreateEntrySchema, input);
    const workshop = await this.workshops.get(workshopId);
    const cycle = workshop.cycles.find((candidate) => candidate.id === cycleId);
    if (!cycle) throw unknownChild('cycleId', 'cycle in this workshop');
    const at = this.workshops.timestamp();
    const record: EntryRecord = {
      id: newId(),
      cycleId,
      kind: request.kind,
      text: request.text,
      organisationId: this.organisation(workshop, request.organisationId ?? null, 'organisationId'),
      theme: request.theme ?? null,
      links: this.resolveLinks(request.links, [], at),
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
      buildId: this.workshops.deps.build.manifest.buildId,
      createdAt: at,
      updatedAt: at,
    };
    if (!(await this.store.addEntry(workshopId, record)))
      throw unknownChild('cycleId', 'cycle in this workshop');
    return this.find(await this.workshops.get(workshopId), record.id);
  }

  async update(workshopId: string, entryId: string, input: UpdateEntryRequest): Promise<Entry> {
    const patch = parseOrThrow(UpdateEntrySchema, input);
    const workshop = await this.workshops.get(workshopId);
    const current = this.find(workshop, entryId);
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
        action,
        updatedAt: at,
      },
      patch.version,
    );
    // Someone else's change landed between our read and our write: answer with theirs, as above.
    if (outcome === 'stale')
      throw new StaleEntryError(this.find(await this.workshops.get(workshopId), entryId));
    if (outcome === 'not_found') throw unknownChild('entryId', 'entry in this workshop');
    return this.find(await this.workshops.get(workshopId), entryId);
  }

  async setStatus(
    workshopId: string,
    entryId: string,
    status: ActionStatus,
    version: number,
  ): Promise<Entry> {
    const entry = this.find(await this.workshops.get(workshopId), entryId);
    if (entry.kind !== 'action') throw invalidField('status', 'only actions have a status');
    return this.update(workshopId, entryId, { action: { status }, version });
  }

  async remove(workshopId: string, entryId: string): Promise<void> {
    if (!(await this.store.deleteEntry(workshopId, entryId, this.workshops.timestamp()))) {
      throw unknownChild('entryId', 'entry in this workshop');
    }
  }

  async vote(workshopId: string, entryId: string, direction: 'add' | 'remove'): Promise<VoteTally> {
    const entry = this.find(await this.workshops.get(workshopId), entryId);
    if (!VOTABLE_KINDS.includes(entry.kind)) {
      throw invalidField('entryId', `only ${VOTABLE_KINDS.join(' and ')} entries are prioritised by votes`);
    }
    const at = this.workshops.timestamp();
    const votes =
      direction === 'add'
        ? await this.store.addVote(workshopId, entryId, newId(), at)
        : await this.store.removeVote(workshopId, entryId, at);
    if (votes === null) throw unknownChild('entryId', 'entry in this workshop');
    return { entryId, votes };
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
    const build = this.workshops.deps.build;
    const seen = new Set<string>();
    return requests.map((request, index) => {
      const key = `${request.indicatorId}|${request.municipality}`;
      if (seen.has(key))
        throw invalidField(`links.${index}`, 'this indicator and municipality are linked twice');
      seen.add(key);
      const kept = existing.find((link) => `${link.indicatorId}|${link.municipality}` === key);
      if (kept) return kept;
      if (!build.indicatorById.has(request.indicatorId)) {
        throw invalidField(`links.${index}.indicatorId`, `unknown indicator ${request.indicatorId}`);
      }
      if (!build.municipalityByCode.has(request.municipality)) {
        throw invalidField(
          `links.${index}.municipality`,
          `${request.municipality} is not a municipality code`,
        );
      }
      const reading = currentReading(build, request.indicatorId, request.municipality);
      if (!reading) {
        throw invalidField(
          `links.${index}.indicatorId`,
          `the atlas has no value of this indicator for ${request.municipality}`,
        );
      }
      return {
        indicatorId: request.indicatorId,
        municipality: request.municipality,
        value: reading.value,
        year: reading.year,
        source: reading.source,
        buildId: reading.buildId,
        linkedAt: at,
      };
    });
  }

  private organisation(workshop: Workshop, id: string | null, field: string): string | null {
    if (id === null) return null;
    if (!workshop.organisations.some((organisation) => organisation.id === id && !organisation.removedAt)) {
      throw invalidField(field, 'not an organisation of this workshop (or one that was removed)');
    }
    return id;
  }

  private requireOrganisation(workshop: Workshop, id: string): string {
    return this.organisation(workshop, id, 'action.ownerOrganisationId') ?? id;
  }
}

function nextCycleDate(workshop: Workshop, number: number): string | null {
  const later = workshop.cycles.filter((cycle) => cycle.number > number).sort((a, b) => a.number - b.number);
  return later[0]?.date ?? null;
}

function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}
