import { z } from 'zod';
import { EntryAuthor, PlainText, WorkshopId } from './workshop';

/**
 * A comment on an entry (participants and the facilitator). Plain text like every workshop text; its author is
 * recorded so a participant can take back its own comment, and the facilitator can delete any.
 */
export const WorkshopComment = z
  .object({
    id: WorkshopId,
    entryId: WorkshopId,
    text: PlainText(1000),
    author: EntryAuthor,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'WorkshopComment' });
export type WorkshopComment = z.infer<typeof WorkshopComment>;

export const CreateCommentRequest = z
  .object({ text: PlainText(1000) })
  .meta({ id: 'CreateWorkshopCommentRequest' });
export type CreateCommentRequest = z.infer<typeof CreateCommentRequest>;
