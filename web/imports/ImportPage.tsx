import { useId, useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { navigate } from '../router/location-store';
import { ImportsTable } from './ImportsTable';
import { type ImportKind, useImportList, usePreview, useSaveImport } from '../data/imports-queries';
import { importName } from '../../data/imports/stored-import';
import { PreviewTables } from './PreviewTables';
import { isNameConflict, SaveControls } from './SaveControls';
import { importText } from './texts';
import './imports.css';
import { apiErrorText } from '../i18n/api-error-text';

/** `/import`: pick a CSV, see what would be added and rejected, then add it to the atlas (or not). */
export function ImportPage() {
  const { lang } = useI18n();
  const t = importText(lang);
  const ids = { kind: useId(), file: useId(), token: useId() };
  const [kind, setKind] = useState<ImportKind>('indicator');
  const [file, setFile] = useState<File | null>(null);
  const [token, setToken] = useState('');
  const list = useImportList();
  const preview = usePreview();
  const save = useSaveImport();

  const choose = (next: File | null, nextKind: ImportKind) => {
    setFile(next);
    save.reset();
    if (next) preview.mutate({ file: next, kind: nextKind });
    else preview.reset();
  };
  const mapLink = (indicator: string | undefined) => {
    const params = new URLSearchParams(lang === 'en' ? { lang: 'en' } : {});
    if (indicator) params.set('indicator', indicator);
    return `/?${params.toString()}`;
  };
  const saved = save.data?.import;
  const name = file ? importName(file.name) : '';
  const existing = file ? list.data?.imports.find((entry) => entry.name === name) : undefined;
  // The list is fetched anew after a save, so keep the word for what this save did.
  const [replaced, setReplaced] = useState(false);
  const readOnly = list.data && !list.data.writable ? list.data.readOnlyReason : null;

  return (
    <main className="import-page" id="main">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="hint">{t('excelNote')}</p>
      {readOnly ? <p className="notice">{t('readOnly', { reason: readOnly })}</p> : null}
      <form className="import-form" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.kind}>{t('kind')}</label>
          <select
            id={ids.kind}
            name="kind"
            className="input"
            value={kind}
            onChange={(event) => {
              const next = event.target.value === 'firms' ? 'firms' : 'indicator';
              setKind(next);
              choose(file, next);
            }}
          >
            <option value="indicator">{t('kindIndicator')}</option>
            <option value="firms">{t('kindFirms')}</option>
          </select>
          <p className="hint">{kind === 'indicator' ? t('columnsIndicator') : t('columnsFirms')}</p>
        </div>
        <div className="field">
          <label htmlFor={ids.file}>{t('file')}</label>
          <input
            id={ids.file}
            name="file"
            type="file"
            accept=".csv,.txt,text/csv"
            className="input"
            onChange={(event) => choose(event.target.files?.[0] ?? null, kind)}
          />
        </div>
        {list.data?.tokenRequired ? (
          <div className="field">
            <label htmlFor={ids.token}>{t('token')}</label>
            <input
              id={ids.token}
              type="password"
              autoComplete="off"
              className="input"
              value={token}
              onChange={(event) => setToken(event.target.value)}
            />
            <p className="hint">{t('tokenHint')}</p>
          </div>
        ) : null}
      </form>

      <div aria-live="polite">
        {preview.isPending ? <p className="hint">{t('previewing')}</p> : null}
        {preview.error ? (
          <p className="error">{t('error', { message: apiErrorText(preview.error, lang) })}</p>
        ) : null}
      </div>
      {preview.data ? (
        <section className="import-result" aria-label={t('title')}>
          <PreviewTables preview={preview.data} lang={lang} t={t} />
          {preview.data.indicatorIds.length > 0 ? (
            <p>{t('newIndicators', { ids: preview.data.indicatorIds.join(', ') })}</p>
          ) : null}
          {preview.data.acceptedCount === 0 ? (
            <p className="notice">{t('nothingToAdd')}</p>
          ) : saved ? null : (
            <SaveControls
              t={t}
              existing={existing}
              name={name}
              saveError={save.error}
              pending={save.isPending}
              disabled={!file || readOnly !== null}
              onSave={(replace) => {
                if (!file) return;
                setReplaced(replace);
                save.mutate({ file, kind, token, replace });
              }}
            />
          )}
        </section>
      ) : null}
      <div aria-live="polite">
        {save.error && !isNameConflict(save.error) ? (
          <p className="error">{t('error', { message: apiErrorText(save.error, lang) })}</p>
        ) : null}
        {saved ? (
          <p className="notice" data-testid="import-saved">
            {t(replaced ? 'replaced' : 'saved', { name: saved.name, rows: saved.rows })}{' '}
            <a
              href={mapLink(saved.indicatorIds[0])}
              onClick={(event) => {
                event.preventDefault();
                navigate(mapLink(saved.indicatorIds[0]));
              }}
            >
              {t('showOnMap')}
            </a>
          </p>
        ) : null}
      </div>
      <ImportsTable lang={lang} t={t} token={token} />
    </main>
  );
}
