import { ApiErrorLine } from '../i18n/ApiErrorLine';
import type { Translate } from '../i18n/translate';
import type { Lang } from '../lib/format';

/** The planner's error line in the page's language; a parameter's name (`year`) is shown as code. */
export function PlannerErrorText({ error, lang, t }: { error: unknown; lang: Lang; t: Translate }) {
  return <ApiErrorLine error={error} lang={lang} say={(message) => t('loadError', { message })} />;
}
