import type { SaveWeightingRequest, WorkshopWeighting, WorkshopWeightings } from '../../data/contract';
import { SaveWeightingRequest as SaveWeightingSchema } from '../../data/contract';
import { forbidden, type WorkshopActor } from './access';
import { weightingFromBuild } from './weighting-index';
import { fromZodError, StaleVersionError, unknownChild, unknownWorkshop } from './workshop-errors';
import type { WorkshopService } from './workshop-service';

/** Stakeholder weightings: read by everyone, saved by the facilitator or a participant of that organisation. */
export class WeightingService {
  constructor(private readonly workshops: WorkshopService) {}

  private get store() {
    return this.workshops.deps.store;
  }

  async list(workshopId: string): Promise<WorkshopWeightings> {
    const build = this.workshops.deps.build;
    const weightings = await this.store.listWeightings(workshopId);
    if (!weightings) throw unknownWorkshop();
    return {
      buildId: build.manifest.buildId,
      weightings: weightings.map((w) => ({
        ...w,
        unavailable: w.indicators.filter((id) => !build.indicatorById.has(id)),
      })),
    };
  }

  async save(
    workshopId: string,
    organisationId: string,
    input: SaveWeightingRequest,
    actor: WorkshopActor,
  ): Promise<WorkshopWeighting> {
    const workshop = await this.workshops.get(workshopId);
    const organisation = workshop.organisations.find((o) => o.id === organisationId && !o.removedAt);
    if (!organisation) throw unknownChild('organisationId', 'organisation in this workshop');
    if (actor.role === 'participant' && (!actor.participantId || actor.organisationId !== organisationId)) {
      throw forbidden('only the facilitator or a participant of this organisation may save its weighting');
    }
    const parsed = SaveWeightingSchema.safeParse(input);
    if (!parsed.success) throw fromZodError(parsed.error);
    const frozen = await weightingFromBuild(this.workshops.deps.build, parsed.data.weightSet);
    const expected = parsed.data.version ?? null;
    const result = await this.store.saveWeighting(
      workshopId,
      {
        ...frozen,
        organisationId,
        savedByParticipantId: actor.role === 'participant' ? actor.participantId : null,
        savedAt: this.workshops.timestamp(),
      },
      expected,
    );
    if (result === 'stale')
      throw new StaleVersionError(await this.find(workshopId, organisationId), 'weighting');
    if (result === 'not_found') {
      throw expected === null
        ? unknownChild('organisationId', 'organisation in this workshop')
        : unknownChild('version', 'saved weighting for this organisation: leave the version out to save one');
    }
    await this.workshops.publish(workshopId, 'weighting_saved', organisationId);
    return this.find(workshopId, organisationId);
  }

  async remove(workshopId: string, organisationId: string): Promise<void> {
    await this.workshops.get(workshopId);
    if (!(await this.store.deleteWeighting(workshopId, organisationId, this.workshops.timestamp()))) {
      throw unknownChild('organisationId', 'saved weighting of this organisation');
    }
    await this.workshops.publish(workshopId, 'weighting_removed', organisationId);
  }

  private async find(workshopId: string, organisationId: string): Promise<WorkshopWeighting> {
    const weighting = (await this.store.listWeightings(workshopId))?.find(
      (w) => w.organisationId === organisationId,
    );
    if (!weighting) throw unknownChild('organisationId', 'saved weighting of this organisation');
    return weighting;
  }
}
