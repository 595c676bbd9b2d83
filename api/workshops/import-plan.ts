import type { WorkshopExport } from '../../data/contract';
import { newId } from '../storage/secrets';
import type { CommentRecord } from '../storage/comment-store';
import type { OutcomeRecord } from '../storage/outcome-store';
import type { WeightingRecord } from '../storage/weighting-store';
import type { CycleRecord, DecisionRecord, EntryRecord } from '../storage/workshop-store';
import { invalidField } from './workshop-errors';

/** Everything an imported workshop is written from, with new ids and every cross-reference checked. */
export interface ImportPlan {
  id: string;
  organisations: {
    id: string;
    name: string;
    kind: WorkshopExport['workshop']['organisations'][number]['kind'];
  }[];
  removedOrganisations: { id: string; removedAt: string }[];
  cycles: CycleRecord[];
  entries: { record: EntryRecord; votes: number }[];
  records: { cycleId: string; attendance: string[]; minutes: string }[];
  decisions: { cycleId: string; decision: DecisionRecord }[];
  comments: CommentRecord[];
  outcomes: OutcomeRecord[];
  weightings: WeightingRecord[];
}

/**
 * Gives every organisation, cycle, entry, decision, comment and participant a new id (participants stay apart
 * from each other under new ids; their devices and voter keys do not travel). Indicator links are copied as they
 * are: the value, year, source and build they were frozen with. A reference to an id the file does not hold is a
 * 400 naming its path.
 */
export function planImport(file: WorkshopExport): ImportPlan {
  const { workshop } = file;
  const ids = new Map<string, string>();
  const fresh = (old: string) => {
    const known = ids.get(old);
    if (known) return known;
    const made = newId();
    ids.set(old, made);
    return made;
  };
  const organisationIds = new Map(workshop.organisations.map((o) => [o.id, fresh(o.id)]));
  const participants = new Map<string, string>();
  const participant = (old: string | null) => {
    if (old === null) return null;
    const known = participants.get(old) ?? newId();
    participants.set(old, known);
    return known;
  };
  const organisation = (old: string | null, field: string) => {
    if (old === null) return null;
    const mapped = organisationIds.get(old);
    if (!mapped) throw invalidField(field, 'names an organisation the file does not hold');
    return mapped;
  };
  const entryIds = new Map<string, string>();
  const plan: ImportPlan = {
    id: newId(),
    organisations: workshop.organisations.map((o) => ({ id: fresh(o.id), name: o.name, kind: o.kind })),
    removedOrganisations: workshop.organisations.flatMap((o) =>
      o.removedAt ? [{ id: fresh(o.id), removedAt: o.removedAt }] : [],
    ),
    cycles: [],
    entries: [],
    records: [],
    decisions: [],
    comments: [],
    outcomes: [],
    weightings: [],
  };
  workshop.cycles.forEach((cycle, c) => {
    const cycleId = fresh(cycle.id);
    plan.cycles.push({ id: cycleId, number: cycle.number, date: cycle.date, title: cycle.title });
    const at = `workshop.cycles.${c}`;
    cycle.entries.forEach((entry, e) => {
      const path = `${at}.entries.${e}`;
      const entryId = fresh(entry.id);
      entryIds.set(entry.id, entryId);
      plan.entries.push({
        votes: entry.votes,
        record: {
          id: entryId,
          cycleId,
          kind: entry.kind,
          text: entry.text,
          organisationId: organisation(entry.organisationId, `${path}.organisationId`),
          theme: entry.theme,
          links: entry.links,
          mapView: entry.mapView,
          action: entry.action
            ? {
                ...entry.action,
                ownerOrganisationId:
                  organisation(entry.action.ownerOrganisationId, `${path}.action.ownerOrganisationId`) ?? '',
              }
            : null,
          authorParticipantId: participant(entry.author.participantId),
          buildId: entry.buildId,
          createdAt: entry.createdAt,
          updatedAt: entry.updatedAt,
        },
      });
    });
    plan.records.push({
      cycleId,
      attendance: cycle.attendance.map((o, i) => organisation(o, `${at}.attendance.${i}`) ?? ''),
      minutes: cycle.minutes,
    });
    cycle.decisions.forEach((decision, d) =>
      plan.decisions.push({
        cycleId,
        decision: {
          ...decision,
          id: newId(),
          ownerOrganisationId: organisation(
            decision.ownerOrganisationId,
            `${at}.decisions.${d}.ownerOrganisationId`,
          ),
        },
      }),
    );
  });
  file.comments.forEach((comment, i) => {
    const entryId = entryIds.get(comment.entryId);
    if (!entryId) throw invalidField(`comments.${i}.entryId`, 'names an entry the file does not hold');
    plan.comments.push({
      id: newId(),
      entryId,
      text: comment.text,
      authorParticipantId: participant(comment.author.participantId),
      createdAt: comment.createdAt,
    });
  });
  file.outcomes.forEach((outcome, i) => {
    plan.outcomes.push({
      id: newId(),
      statement: outcome.statement,
      actionIds: outcome.actionIds.map((old, a) => {
        const mapped = entryIds.get(old);
        if (!mapped)
          throw invalidField(`outcomes.${i}.actionIds.${a}`, 'names an entry the file does not hold');
        return mapped;
      }),
      evidence: outcome.evidence,
      status: outcome.status,
      createdAt: outcome.createdAt,
      updatedAt: outcome.updatedAt,
    });
  });
  file.weightings.forEach((weighting, i) => {
    const { version: _version, n: _n, ...record } = weighting;
    plan.weightings.push({
      ...record,
      organisationId: organisation(weighting.organisationId, `weightings.${i}.organisationId`) ?? '',
      savedByParticipantId: participant(weighting.savedByParticipantId),
    });
  });
  return plan;
}
