import {
  type CreateWorkshopResponse,
  WORKSHOP_EXPORT_FORMAT,
  type WorkshopExport,
} from '../../data/contract';
import { editTokenMatches, hashEditToken, newEditToken, newId } from '../storage/secrets';
import { forbidden } from './access';
import { planImport } from './import-plan';
import { OutcomeService } from './outcome-service';
import { unknownWorkshop } from './workshop-errors';
import type { WorkshopService } from './workshop-service';

/** A workshop's whole life: the JSON file that moves it to another atlas, and its permanent removal. */
export class WorkshopLifeService {
  constructor(private readonly workshops: WorkshopService) {}

  private get store() {
    return this.workshops.deps.store;
  }

  async export(workshopId: string): Promise<WorkshopExport> {
    const workshop = await this.workshops.get(workshopId);
    return {
      format: WORKSHOP_EXPORT_FORMAT,
      version: 1,
      exportedAt: this.workshops.timestamp(),
      buildId: this.workshops.deps.build.manifest.buildId,
      workshop,
      comments: await this.store.listComments(workshopId),
      outcomes: await new OutcomeService(this.workshops).list(workshopId),
      weightings: (await this.store.listWeightings(workshopId)) ?? [],
    };
  }

  /**
   * Writes the file's workshop under new ids and new secrets. The store's writes are made one after the other;
   * if one fails, what was written of the new workshop is erased again, so a failed import leaves nothing behind.
   */
  async import(file: WorkshopExport): Promise<CreateWorkshopResponse> {
    const { workshop } = file;
    this.workshops.checkMunicipalities(workshop.municipalities, 'workshop.municipalities');
    const plan = planImport(file);
    const editToken = newEditToken();
    const participantToken = newEditToken();
    const store = this.store;
    await store.createWorkshop({
      id: plan.id,
      title: workshop.title,
      municipalities: workshop.municipalities,
      editTokenHash: hashEditToken(editToken),
      participantTokenHash: hashEditToken(participantToken),
      organisations: plan.organisations,
      cycles: plan.cycles,
      createdAt: workshop.createdAt,
    });
    try {
      for (const { record, votes } of plan.entries) {
        await store.addEntry(plan.id, record);
        for (let n = 0; n < votes; n++) await store.addVote(plan.id, record.id, newId(), record.updatedAt);
      }
      for (const { cycleId, attendance, minutes } of plan.records) {
        await store.setMeetingRecord(plan.id, cycleId, { attendance, minutes }, workshop.updatedAt);
      }
      for (const { cycleId, decision } of plan.decisions) await store.addDecision(plan.id, cycleId, decision);
      for (const comment of plan.comments) await store.addComment(plan.id, comment);
      for (const outcome of plan.outcomes) await store.addOutcome(plan.id, outcome);
      for (const weighting of plan.weightings) await store.saveWeighting(plan.id, weighting, null);
      for (const { id, removedAt } of plan.removedOrganisations) {
        await store.deleteOrganisation(plan.id, id, removedAt);
      }
      const { title, recommendations, dotsPerParticipant } = workshop;
      await store.updateWorkshop(plan.id, { title, recommendations, dotsPerParticipant }, workshop.updatedAt);
    } catch (error) {
      await store.eraseWorkshop(plan.id);
      throw error;
    }
    return {
      workshop: await this.workshops.get(plan.id),
      editToken,
      participantToken,
      links: {
        read: `/workshop/${plan.id}`,
        edit: `/workshop/${plan.id}#edit=${editToken}`,
        participant: `/workshop/${plan.id}#join=${participantToken}`,
      },
    };
  }

  /** The route guard has checked the Authorization header; the secret typed again must match as well. */
  async erase(workshopId: string, confirm: string): Promise<void> {
    const hash = await this.store.getEditTokenHash(workshopId);
    if (!hash) throw unknownWorkshop();
    if (!editTokenMatches(confirm, hash)) {
      throw forbidden('the facilitator secret typed again does not match this workshop', 'confirm');
    }
    if (!(await this.store.eraseWorkshop(workshopId))) throw unknownWorkshop();
    await this.workshops.publish(workshopId, 'workshop_deleted', null, { erased: true });
  }
}
