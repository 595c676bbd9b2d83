import type { Lang } from '../lib/format';
import { type ImportSummary, useImportList, useRemoveImport } from '../data/imports-queries';
import type { ImportText } from './texts';
import { apiErrorText } from '../i18n/api-error-text';

/** The imports the atlas is built with, each with its provenance and a remove button. */
export function ImportsTable({ lang, t, token }: { lang: Lang; t: ImportText; token: string }) {
  const list = useImportList();
  const remove = useRemoveImport();
  const writable = list.data?.writable ?? false;
  const removeOne = (entry: ImportSummary) => {
    if (window.confirm(t('confirmRemove', { name: entry.name }))) remove.mutate({ name: entry.name, token });
  };
  const imports = list.data?.imports ?? [];
  return (
    <section className="import-list" aria-labelledby="import-list-title" data-testid="import-list">
      <h2 id="import-list-title">{t('imports')}</h2>
      {list.error ? <p className="error">{t('error', { message: apiErrorText(list.error, lang) })}</p> : null}
      {remove.error ? (
        <p className="error">{t('error', { message: apiErrorText(remove.error, lang) })}</p>
      ) : null}
      {imports.length === 0 ? (
        <p className="hint">{t('noImports')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('rows')}</th>
              <th scope="col">{t('originalFile')}</th>
              <th scope="col">{t('storedAt')}</th>
              {writable ? <th scope="col" aria-label={t('remove')} /> : null}
            </tr>
          </thead>
          <tbody>
            {imports.map((entry) => (
              <tr key={entry.name} data-import={entry.name}>
                <td>{entry.name}</td>
                <td>{entry.kind === 'indicator' ? t('kindIndicator') : t('kindFirms')}</td>
                <td className="num">{entry.rows}</td>
                <td>{entry.originalFile}</td>
                <td>{new Date(entry.importedAt).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB')}</td>
                {writable ? (
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={remove.isPending}
                      onClick={() => removeOne(entry)}
                    >
                      {remove.isPending && remove.variables?.name === entry.name
                        ? t('removing')
                        : t('remove')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
