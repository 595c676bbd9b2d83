import { ApiError } from '../data/api-client';
import { ApiErrorLine } from '../i18n/ApiErrorLine';
import type { Lang } from '../lib/format';
import type { WorkshopText } from './texts';

/**
 * Why a save failed, in the page's language. A 409 means someone else changed the row first (its version moved
 * on): the page reloads it, and the message says so.
 */
export function SaveErrorText({
  error,
  lang,
  t,
  stale = 'staleEntry',
}: {
  error: Error;
  lang: Lang;
  t: WorkshopText;
  stale?: 'staleEntry' | 'staleRecommendations' | 'staleRecord';
}) {
  if (error instanceof ApiError && error.status === 409) return <>{t(stale)}</>;
  return <ApiErrorLine error={error} lang={lang} say={(message) => t('saveError', { message })} />;
}
