import { ApiError } from '../data/api-client';
import type { WorkshopText } from './texts';

/**
 * A 409 means someone else changed the row first (its version moved on): the page reloads it, the message says
 * so in its language.
 */
export function saveErrorText(
  error: Error,
  t: WorkshopText,
  stale: 'staleEntry' | 'staleRecommendations' = 'staleEntry',
): string {
  if (error instanceof ApiError && error.status === 409) return t(stale);
  return t('saveError', { message: error.message });
}
