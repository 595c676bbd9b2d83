import type { Lang } from '../lib/format';
import { useImportWorkshop } from '../data/workshop-life';
import { CreatedLinks } from './CreatedLinks';
import type { WorkshopText } from './texts';
import { ApiErrorLine } from '../i18n/ApiErrorLine';

/** Moves a workshop here from another atlas: its exported JSON file gets new ids and new links in this one. */
export function ImportWorkshopForm({ lang, t }: { lang: Lang; t: WorkshopText }) {
  const importing = useImportWorkshop();
  if (importing.data) return <CreatedLinks created={importing.data} lang={lang} t={t} />;
  return (
    <section className="import-workshop" aria-labelledby="import-workshop-heading">
      <h2 id="import-workshop-heading">{t('importTitle')}</h2>
      <p>{t('importIntro')}</p>
      <label className="field">
        <span>{t('importFile')}</span>
        <input
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void file.text().then((text) => importing.mutate(text));
          }}
        />
      </label>
      {importing.error ? (
        <p role="alert">
          <ApiErrorLine
            error={importing.error}
            lang={lang}
            say={(message) => t('importError', { message })}
          />
        </p>
      ) : null}
    </section>
  );
}
