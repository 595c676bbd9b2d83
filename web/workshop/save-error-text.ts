import { ApiError } from '../data/api-client';
import type { WorkshopText } from './texts';

/** A 409 on an entry means someone else changed it first: the page reloads it, the message says so in its language. */
export function saveErrorText(error: Error, t: WorkshopText): string {
  if (error instanceof ApiError && error.status === 409) return t('staleEntry');
  return t('saveError', { message: error.message });
}
