import { ApiErrorLine } from '../i18n/ApiErrorLine';
import type { Lang } from '../lib/format';
import { indexText } from './texts';
import { indexErrorParts } from './weight-set-error-text';

/** Why index mode shows no index: a weight set the model refuses, or a failed request, in the page's language. */
export function IndexErrorLine({ error, lang }: { error: Error; lang: Lang }) {
  const t = indexText(lang);
  return (
    <ApiErrorLine
      error={error}
      lang={lang}
      parts={indexErrorParts}
      say={(message) => t('indexError', { message })}
    />
  );
}
