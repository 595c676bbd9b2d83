import type { ZodError } from 'zod';
import type {
  Cycle,
  Decision,
  Entry,
  Organisation,
  StaleEntryBody,
  Workshop,
  WorkshopWeighting,
} from '../../data/contract';
import { ApiError } from '../http/api-error';

export const unknownWorkshop = () => new ApiError(404, 'not_found', 'no such workshop', 'workshopId');
export const unknownChild = (field: string, what: string) =>
  new ApiError(404, 'not_found', `no such ${what}`, field);
export const invalidField = (field: string, message: string) =>
  new ApiError(400, 'invalid_parameter', `${field}: ${message}`, field);
export const conflict = (field: string, message: string) => new ApiError(409, 'conflict', message, field);

/** Names the full path of the field at fault, e.g. `links.0.indicatorId`, not just `links`. */
export function fromZodError(error: ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : null;
  return new ApiError(
    400,
    'invalid_parameter',
    `${field ? `${field}: ` : ''}${issue?.message ?? 'invalid'}`,
    field,
  );
}

/** How long a deleted workshop or cycle can be restored before it is purged for good. */
export const RESTORE_WINDOW_DAYS = 30;

/**
 * 409 for a change based on an old version of a row (entry, workshop, cycle, organisation, decision, meeting
 * record); the body carries the row as it is now, in the shape of StaleEntryBody and its siblings in
 * data/contract/workshop-stale.ts.
 */
export class StaleVersionError<
  T extends Entry | Workshop | Cycle | Organisation | WorkshopWeighting | Decision,
> extends ApiError {
  /** `version`: the one the client should have sent, when it is not the row's own (a cycle's record version). */
  constructor(
    readonly current: T,
    what: string,
    version: number = current.version,
  ) {
    super(
      409,
      'stale_version',
      `the ${what} was changed meanwhile (now version ${version}): merge with the current one and retry`,
      'version',
    );
  }

  override toBody(): { error: StaleEntryBody['error']; current: T } {
    return {
      error: { code: 'stale_version', message: this.message, field: 'version' },
      current: this.current,
    };
  }
}

export class StaleEntryError extends StaleVersionError<Entry> {
  constructor(current: Entry) {
    super(current, 'entry');
  }
}
