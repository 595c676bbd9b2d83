import type { Lang } from '../lib/format';
import type { PreviewResult } from '../data/imports-queries';
import type { ImportText } from './texts';

const COLUMNS: Record<PreviewResult['kind'], string[]> = {
  indicator: ['municipalityCode', 'year', 'value', 'title', 'unit', 'direction', 'source'],
  firms: ['company', 'site', 'municipalityCode', 'lat', 'lon', 'nace', 'activity', 'source'],
};

/** Measured numbers in the reader's format; years and codes as written. */
const MEASURES = new Set(['value', 'lat', 'lon']);

function cell(column: string, value: string | number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number' && MEASURES.has(column))
    return value.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 6 });
  return String(value);
}

/** What the file would add (first rows) and every rejected row with its line, column and reason. */
export function PreviewTables({ preview, lang, t }: { preview: PreviewResult; lang: Lang; t: ImportText }) {
  const columns = COLUMNS[preview.kind];
  return (
    <div className="import-preview" data-testid="import-preview">
      <h3>
        {t('accepted', { n: preview.acceptedCount })}{' '}
        {preview.acceptedCount > preview.accepted.length ? (
          <span className="hint">{t('acceptedShown', { n: preview.accepted.length })}</span>
        ) : null}
      </h3>
      {preview.accepted.length > 0 ? (
        <div className="import-preview__scroll">
          <table className="table" data-testid="accepted-rows">
            <thead>
              <tr>
                <th scope="col">{t('line')}</th>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.accepted.map((row) => (
                <tr key={String(row.line)}>
                  <td className="num">{row.line}</td>
                  {columns.map((column) => (
                    <td key={column} className={typeof row[column] === 'number' ? 'num' : undefined}>
                      {cell(column, row[column], lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h3>{t('rejected', { n: preview.rejectedCount })}</h3>
      {preview.rejected.length === 0 ? (
        <p className="hint">{t('noneRejected')}</p>
      ) : (
        <table className="table import-preview__rejected" data-testid="rejected-rows">
          <thead>
            <tr>
              <th scope="col">{t('line')}</th>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rejected.map((row, index) => (
              <tr key={`${row.line}-${row.column ?? ''}-${index}`}>
                <td className="num">{row.line}</td>
                <td>{row.column ? `${row.column}${row.columnName ? ` (${row.columnName})` : ''}` : '–'}</td>
                <td>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.notes.length > 0 ? (
        <details className="import-preview__notes">
          <summary>{t('notes')}</summary>
          <ul>
            {preview.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
