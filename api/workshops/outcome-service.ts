import type {
  CreateOutcomeRequest,
  Outcome,
  OutcomeEvidence,
  OutcomeEvidenceRequest,
  StaleOutcomeBody,
  UpdateOutcomeRequest,
  Workshop,
} from '../../data/contract';
import { CreateOutcomeRequest as CreateOutcomeSchema } from '../../data/contract';
import { ApiError } from '../http/api-error';
import type { OutcomeRecord } from '../storage/outcome-store';
import { newId } from '../storage/secrets';
import { checkNoDuplicateLinks, resolveIndicatorLink } from './resolve-links';
import { fromZodError, invalidField, unknownChild, unknownWorkshop } from './workshop-errors';
import type { WorkshopService } from './workshop-service';

/** 409 for a change based on an old version of an outcome; the body carries the outcome as it is now. */
export class StaleOutcomeError extends ApiError {
  constructor(readonly current: Outcome) {
    super(
      409,
      'stale_version',
      `the outcome was changed meanwhile (now version ${current.version}): merge and retry`,
      'version',
    );
  }

  override toBody(): StaleOutcomeBody {
    return {
      error: { code: 'stale_version', message: this.message, field: 'version' },
      current: this.current,
    };
  }
}

/** The outcomes register: read by everyone, written by the facilitator (route guards). */
export class OutcomeService {
  constructor(private readonly workshops: WorkshopService) {}

  private get store() {
    return this.workshops.deps.store;
  }

  /** Only actions that still exist in a live cycle are listed as contributing. */
  async list(workshopId: string): Promise<Outcome[]> {
    const workshop = await this.workshops.get(workshopId);
    const outcomes = await this.store.listOutcomes(workshopId);
    if (!outcomes) throw unknownWorkshop();
    const actions = actionIds(workshop);
    return outcomes.map((outcome) => ({
      ...outcome,
      actionIds: outcome.actionIds.filter((id) => actions.has(id)),
    }));
  }

  async create(workshopId: string, input: CreateOutcomeRequest): Promise<Outcome> {
    const parsed = CreateOutcomeSchema.safeParse(input);
    if (!parsed.success) throw fromZodError(parsed.error);
    const request = parsed.data;
    const workshop = await this.workshops.get(workshopId);
    const at = this.workshops.timestamp();
    const record: OutcomeRecord = {
      id: newId(),
      statement: request.statement,
      actionIds: this.checkActions(workshop, request.actionIds),
      evidence: await this.resolveEvidence(request.evidence, [], at),
      status: request.status,
      createdAt: at,
      updatedAt: at,
    };
    if (!(await this.store.addOutcome(workshopId, record))) throw unknownWorkshop();
    await this.workshops.publish(workshopId, 'outcome_added', record.id);
    return this.find(workshopId, record.id);
  }

  async update(workshopId: string, outcomeId: string, patch: UpdateOutcomeRequest): Promise<Outcome> {
    const workshop = await this.workshops.get(workshopId);
    const current = await this.find(workshopId, outcomeId);
    if (patch.version !== current.version) throw new StaleOutcomeError(current);
    const at = this.workshops.timestamp();
    const result = await this.store.updateOutcome(
      workshopId,
      {
        id: outcomeId,
        statement: patch.statement ?? current.statement,
        actionIds: patch.actionIds ? this.checkActions(workshop, patch.actionIds) : current.actionIds,
        evidence: patch.evidence
          ? await this.resolveEvidence(patch.evidence, current.evidence, at)
          : current.evidence,
        status: patch.status ?? current.status,
        createdAt: current.createdAt,
        updatedAt: at,
      },
      patch.version,
    );
    // Someone else's change landed between our read and our write: answer with theirs.
    if (result === 'stale') throw new StaleOutcomeError(await this.find(workshopId, outcomeId));
    if (result === 'not_found') throw unknownChild('outcomeId', 'outcome in this workshop');
    await this.workshops.publish(workshopId, 'outcome_updated', outcomeId);
    return this.find(workshopId, outcomeId);
  }

  async remove(workshopId: string, outcomeId: string): Promise<void> {
    await this.workshops.get(workshopId);
    if (!(await this.store.deleteOutcome(workshopId, outcomeId, this.workshops.timestamp()))) {
      throw unknownChild('outcomeId', 'outcome in this workshop');
    }
    await this.workshops.publish(workshopId, 'outcome_removed', outcomeId);
  }

  private async find(workshopId: string, outcomeId: string): Promise<Outcome> {
    const outcome = (await this.list(workshopId)).find((candidate) => candidate.id === outcomeId);
    if (!outcome) throw unknownChild('outcomeId', 'outcome in this workshop');
    return outcome;
  }

  private checkActions(workshop: Workshop, ids: readonly string[]): string[] {
    const actions = actionIds(workshop);
    ids.forEach((id, index) => {
      if (!actions.has(id)) throw invalidField(`actionIds.${index}`, 'not an action entry of this workshop');
    });
    if (new Set(ids).size !== ids.length) throw invalidField('actionIds', 'an action is listed twice');
    return [...ids];
  }

  /** Indicator evidence is frozen from the current build (kept as it was when it is already there). */
  private async resolveEvidence(
    requests: readonly OutcomeEvidenceRequest[],
    existing: readonly OutcomeEvidence[],
    at: string,
  ): Promise<OutcomeEvidence[]> {
    const build = this.workshops.deps.build;
    const indicators = requests.flatMap((request, index) =>
      request.kind === 'indicator' ? [{ request, index }] : [],
    );
    checkNoDuplicateLinks(indicators, 'evidence');
    await build.kolada.ensure(indicators.map(({ request }) => request.indicatorId));
    const frozen = existing.flatMap((evidence) => (evidence.kind === 'indicator' ? [evidence] : []));
    return requests.map((request, index): OutcomeEvidence => {
      if (request.kind === 'source') {
        return { kind: 'source', citation: request.citation, url: request.url ?? null };
      }
      const link = resolveIndicatorLink(build, request, frozen, at, `evidence.${index}`);
      return {
        kind: 'indicator',
        indicatorId: link.indicatorId,
        municipality: link.municipality,
        value: link.value,
        year: link.year,
        source: link.source,
        buildId: link.buildId,
        linkedAt: link.linkedAt,
      };
    });
  }
}

function actionIds(workshop: Workshop): Set<string> {
  return new Set(
    workshop.cycles.flatMap((cycle) => cycle.entries.filter((e) => e.kind === 'action').map((e) => e.id)),
  );
}
