import type { CreateCommentRequest, WorkshopComment } from '../../data/contract';
import { newId } from '../storage/secrets';
import { forbidden, requireParticipantId, type WorkshopActor } from './access';
import { unknownChild } from './workshop-errors';
import type { WorkshopService } from './workshop-service';

/** Comments on entries: anyone with a link writes; a participant takes back its own, the facilitator any. */
export class CommentService {
  constructor(private readonly workshops: WorkshopService) {}

  private get store() {
    return this.workshops.deps.store;
  }

  async list(workshopId: string): Promise<WorkshopComment[]> {
    await this.workshops.get(workshopId);
    return this.store.listComments(workshopId);
  }

  async add(
    workshopId: string,
    entryId: string,
    request: CreateCommentRequest,
    actor: WorkshopActor,
  ): Promise<WorkshopComment> {
    const participantId = requireParticipantId(actor);
    await this.workshops.get(workshopId);
    const record = {
      id: newId(),
      entryId,
      text: request.text,
      authorParticipantId: participantId,
      createdAt: this.workshops.timestamp(),
    };
    if (!(await this.store.addComment(workshopId, record))) {
      throw unknownChild('entryId', 'entry in this workshop');
    }
    await this.workshops.publish(workshopId, 'comment_added', record.id, { entryId });
    return {
      id: record.id,
      entryId,
      text: record.text,
      author: { role: participantId ? 'participant' : 'facilitator', participantId },
      createdAt: record.createdAt,
    };
  }

  async remove(workshopId: string, commentId: string, actor: WorkshopActor): Promise<void> {
    const participantId = requireParticipantId(actor);
    const comment = (await this.list(workshopId)).find((candidate) => candidate.id === commentId);
    if (!comment) throw unknownChild('commentId', 'comment in this workshop');
    if (participantId && comment.author.participantId !== participantId) {
      throw forbidden('only the facilitator may delete comments written by others');
    }
    if (!(await this.store.deleteComment(workshopId, commentId, this.workshops.timestamp()))) {
      throw unknownChild('commentId', 'comment in this workshop');
    }
    await this.workshops.publish(workshopId, 'comment_removed', commentId, { entryId: comment.entryId });
  }
}
