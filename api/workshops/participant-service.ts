import type {
  JoinWorkshopRequest,
  JoinWorkshopResponse,
  ParticipantSelf,
  RotateLinkResponse,
  WorkshopRole,
} from '../../data/contract';
import { hashEditToken, newEditToken, newId } from '../storage/secrets';
import type { WorkshopActor } from './access';
import { forbidden } from './access';
import { invalidField, unknownWorkshop } from './workshop-errors';
import type { WorkshopService } from './workshop-service';

/** Participants joining from their phones, their dots, and rotating either link. */
export class ParticipantService {
  constructor(private readonly workshops: WorkshopService) {}

  private get store() {
    return this.workshops.deps.store;
  }

  /** Each device joins once and keeps its voter key; only the key's hash is stored. */
  async join(workshopId: string, request: JoinWorkshopRequest): Promise<JoinWorkshopResponse> {
    const workshop = await this.workshops.get(workshopId);
    const organisationId = request.organisationId ?? null;
    if (organisationId && !workshop.organisations.some((o) => o.id === organisationId)) {
      throw invalidField('organisationId', 'not an organisation of this workshop');
    }
    const voterKey = newEditToken();
    const participantId = newId();
    const added = await this.store.addParticipant(workshopId, {
      id: participantId,
      voterKeyHash: hashEditToken(voterKey),
      organisationId,
      joinedAt: this.workshops.timestamp(),
    });
    if (!added) throw unknownWorkshop();
    return { participantId, voterKey };
  }

  async self(workshopId: string, actor: WorkshopActor): Promise<ParticipantSelf> {
    if (actor.role !== 'participant' || !actor.participantId) {
      throw forbidden('only a participant who has joined has dots', 'x-voter-key');
    }
    const workshop = await this.workshops.get(workshopId);
    const votes = await this.store.participantVotes(workshopId, actor.participantId);
    return {
      participantId: actor.participantId,
      organisationId: actor.organisationId,
      dotsPerParticipant: workshop.dotsPerParticipant,
      dotsUsed: votes.byCycle,
      votedEntries: votes.byEntry,
    };
  }

  /** The old link stops working with this write; the new secret is shown once. */
  async rotate(workshopId: string, role: WorkshopRole): Promise<RotateLinkResponse> {
    const token = newEditToken();
    if (
      !(await this.store.setTokenHash(workshopId, role, hashEditToken(token), this.workshops.timestamp()))
    ) {
      throw unknownWorkshop();
    }
    await this.workshops.publish(workshopId, 'links_rotated', null, { role });
    const fragment = role === 'facilitator' ? 'edit' : 'join';
    return { role, token, link: `/workshop/${workshopId}#${fragment}=${token}` };
  }
}
