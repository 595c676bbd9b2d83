import type {
  Cycle,
  DecisionInput,
  MeetingRecordRequest,
  UpdateDecisionRequest,
  Workshop,
} from '../../data/contract';
import { newId } from '../storage/secrets';
import { requireVersion } from './if-match';
import { invalidField, StaleVersionError, unknownChild } from './workshop-errors';
import type { WorkshopService } from './workshop-service';

/** The meeting record of a cycle (attendance, minutes, decisions); facilitator only (route guards). */
export class MeetingService {
  constructor(private readonly workshops: WorkshopService) {}

  private get store() {
    return this.workshops.deps.store;
  }

  /**
   * `version` (body or If-Match): the cycle's recordVersion last read, 0 for a record not written yet; without it
   * 428, and a stale one gets 409 with the cycle as it is now.
   */
  async setRecord(
    workshopId: string,
    cycleId: string,
    { version, ...request }: MeetingRecordRequest,
  ): Promise<Cycle> {
    const workshop = await this.workshops.get(workshopId);
    if (!workshop.cycles.some((c) => c.id === cycleId))
      throw unknownChild('cycleId', 'cycle in this workshop');
    const expected = requireVersion(version, 'meeting record');
    const attendance = request.attendance;
    attendance?.forEach((organisationId, index) =>
      this.checkOrganisation(workshop, organisationId, `attendance.${index}`),
    );
    if (attendance && new Set(attendance).size !== attendance.length) {
      throw invalidField('attendance', 'an organisation is listed twice');
    }
    const outcome = await this.store.setMeetingRecord(
      workshopId,
      cycleId,
      { attendance, minutes: request.minutes },
      this.workshops.timestamp(),
      expected,
    );
    if (outcome === 'stale') {
      const now = await this.cycle(workshopId, cycleId);
      throw new StaleVersionError(now, 'meeting record', now.recordVersion);
    }
    if (outcome === 'not_found') throw unknownChild('cycleId', 'cycle in this workshop');
    await this.workshops.publish(workshopId, 'meeting_record_updated', cycleId);
    return this.cycle(workshopId, cycleId);
  }

  async addDecision(workshopId: string, cycleId: string, input: DecisionInput): Promise<Cycle> {
    const workshop = await this.workshops.get(workshopId);
    const owner = input.ownerOrganisationId ?? null;
    if (owner) this.checkOrganisation(workshop, owner, 'ownerOrganisationId');
    const at = this.workshops.timestamp();
    const decision = {
      id: newId(),
      text: input.text,
      ownerOrganisationId: owner,
      reviewDate: input.reviewDate ?? null,
      createdAt: at,
      updatedAt: at,
    };
    if (!(await this.store.addDecision(workshopId, cycleId, decision))) {
      throw unknownChild('cycleId', 'cycle in this workshop');
    }
    await this.workshops.publish(workshopId, 'meeting_record_updated', cycleId, { decisionId: decision.id });
    return this.cycle(workshopId, cycleId);
  }

  /** `version` (body or If-Match): the decision's version last read; 428 without, 409 with the decision when stale. */
  async updateDecision(
    workshopId: string,
    decisionId: string,
    { version, ...patch }: UpdateDecisionRequest,
  ): Promise<Cycle> {
    const find = (workshop: Workshop) => {
      const cycle = workshop.cycles.find((c) => c.decisions.some((d) => d.id === decisionId));
      return { cycle, decision: cycle?.decisions.find((d) => d.id === decisionId) };
    };
    const workshop = await this.workshops.get(workshopId);
    const { cycle, decision: current } = find(workshop);
    if (!cycle || !current) throw unknownChild('decisionId', 'decision in this workshop');
    const expected = requireVersion(version, 'decision');
    if (patch.ownerOrganisationId)
      this.checkOrganisation(workshop, patch.ownerOrganisationId, 'ownerOrganisationId');
    const outcome = await this.store.updateDecision(
      workshopId,
      {
        ...current,
        text: patch.text ?? current.text,
        ownerOrganisationId:
          patch.ownerOrganisationId === undefined ? current.ownerOrganisationId : patch.ownerOrganisationId,
        reviewDate: patch.reviewDate === undefined ? current.reviewDate : patch.reviewDate,
        updatedAt: this.workshops.timestamp(),
      },
      expected,
    );
    if (outcome === 'stale') {
      const now = find(await this.workshops.get(workshopId)).decision;
      if (now) throw new StaleVersionError(now, 'decision');
    }
    if (outcome !== 'updated') throw unknownChild('decisionId', 'decision in this workshop');
    await this.workshops.publish(workshopId, 'meeting_record_updated', cycle.id, { decisionId });
    return this.cycle(workshopId, cycle.id);
  }

  async removeDecision(workshopId: string, decisionId: string): Promise<void> {
    if (!(await this.store.deleteDecision(workshopId, decisionId, this.workshops.timestamp()))) {
      throw unknownChild('decisionId', 'decision in this workshop');
    }
    await this.workshops.publish(workshopId, 'meeting_record_updated', null, { decisionId });
  }

  private async cycle(workshopId: string, cycleId: string): Promise<Cycle> {
    const cycle = (await this.workshops.get(workshopId)).cycles.find((c) => c.id === cycleId);
    if (!cycle) throw unknownChild('cycleId', 'cycle in this workshop');
    return cycle;
  }

  private checkOrganisation(workshop: Workshop, organisationId: string, field: string): void {
    if (!workshop.organisations.some((o) => o.id === organisationId)) {
      throw invalidField(field, 'not an organisation of this workshop');
    }
  }
}
