import { apiErrorParts } from '../i18n/api-error-text';
import type { Translate } from '../i18n/translate';
import type { Lang } from '../lib/format';

/** The planner's error line in the page's language; a parameter's name (`year`) is shown as code. */
export function PlannerErrorText({ error, lang, t }: { error: unknown; lang: Lang; t: Translate }) {
  const { text, field } = apiErrorParts(error, lang);
  return (
    <>
      {t('loadError', { message: text })}
      {field ? (
        <>
          {` ${field.before}`}
          <code>{field.name}</code>
          {field.after}
        </>
      ) : null}
    </>
  );
}
