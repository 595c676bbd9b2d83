import { Workshop } from '../../data/contract';

/** A stored row that no longer fits the contract: a damaged or hand-edited database, never the user's input. */
export class StoredDataError extends Error {}

/**
 * Every workshop read from a store passes the contract before it is served, so a damaged row fails here, named,
 * instead of reaching a page as a half-valid object. Rows are the store's own: a failure is a 500, not a 400.
 */
export function validStoredWorkshop(candidate: unknown): Workshop {
  const result = Workshop.safeParse(candidate);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? issue.path.join('.') : '';
  throw new StoredDataError(
    `stored workshop does not match the contract at ${where}: ${issue?.message ?? ''}`,
  );
}
