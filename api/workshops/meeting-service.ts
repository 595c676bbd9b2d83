import type {
  Cycle,
  DecisionInput,
  MeetingRecordRequest,
  UpdateDecisionRequest,
  Workshop,
} from '../../data/contract';
import { newId } from '../storage/secrets';
import { invalidField, unknownChild } from './workshop-errors';
import type { WorkshopService } from './workshop-service';

/** The meeting record of a cycle (attendance, minutes, decisions); facilitator only (route guards). */
export class MeetingService {
  constructor(private readonly workshops: WorkshopService) {}

  private get store() {
    return this.workshops.deps.store;
  }

  async setRecord(workshopId: string, cycleId: string, request: MeetingRecordRequest): Promise<Cycle> {
    const workshop = await this.workshops.get(workshopId);
    const attendance = request.attendance;
    attendance?.forEach((organisationId, index) =>
      this.checkOrganisation(workshop, organisationId, `attendance.${index}`),
    );
    if (attendance && new Set(attendance).size !== attendance.length) {
      throw invalidField('attendance', 'an organisation is listed twice');
    }
    const saved = await this.store.setMeetingRecord(
      workshopId,
      cycleId,
      { attendance, minutes: request.minutes },
      this.workshops.timestamp(),
    );
    if (!saved) throw unknownChild('cycleId', 'cycle in this workshop');
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

  async updateDecision(workshopId: string, decisionId: string, patch: UpdateDecisionRequest): Promise<Cycle> {
    const workshop = await this.workshops.get(workshopId);
    const cycle = workshop.cycles.find((c) => c.decisions.some((d) => d.id === decisionId));
    const current = cycle?.decisions.find((d) => d.id === decisionId);
    if (!cycle || !current) throw unknownChild('decisionId', 'decision in this workshop');
    if (patch.ownerOrganisationId)
      this.checkOrganisation(workshop, patch.ownerOrganisationId, 'ownerOrganisationId');
    await this.store.updateDecision(workshopId, {
      ...current,
      text: patch.text ?? current.text,
      ownerOrganisationId:
        patch.ownerOrganisationId === undefined ? current.ownerOrganisationId : patch.ownerOrganisationId,
      reviewDate: patch.reviewDate === undefined ? current.reviewDate : patch.reviewDate,
      updatedAt: this.workshops.timestamp(),
    });
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
