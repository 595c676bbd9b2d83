import type { Lang } from '../lib/format';
import { apiErrorParts } from './api-error-text';

/**
 * What went wrong with a request, in the page's language (by the error's code, never the server's English
 * message); `say` puts it into the page's own sentence ("Kunde inte spara: {message}"). A parameter's name
 * (`version`) is an identifier, not a word of the page's language, so it is shown as code.
 */
export function ApiErrorLine({
  error,
  lang,
  say = (text) => text,
  parts = apiErrorParts,
}: {
  error: unknown;
  lang: Lang;
  say?: (text: string) => string;
  /** How the error becomes text: by its API code, or e.g. a weight set's own code (indexErrorParts). */
  parts?: typeof apiErrorParts;
}) {
  const { text, field } = parts(error, lang);
  return (
    <>
      {say(text)}
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
