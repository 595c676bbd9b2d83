import type { Indicator, IndicatorLink, LinkEvidence } from '../../data/contract';
import { Sparkline } from '../lib/charts/Sparkline';
import { evidenceText } from '../lib/evidence-texts';
import { formatValue, type Lang } from '../lib/format';
import { IndicatorTitle, SourceLabel, type TitledIndicator } from '../lib/SourceLanguageText';
import { fillNodes } from '../i18n/fill-nodes';
import { readingText } from './indicator-text';

interface LinkEvidenceItemProps {
  link: IndicatorLink;
  /** Null while the evidence loads (then "then" is shown alone). */
  evidence: LinkEvidence | null;
  /** The atlas set's entry, for the number format (values outside it are shown as published). */
  indicator: Indicator | undefined;
  /** Any catalogue entry, for the title; absent for an indicator the build no longer has. */
  titled: TitledIndicator | undefined;
  municipalityName: string;
  lang: Lang;
}

/**
 * One linked figure on a card: "then" as stored when the entry was written, "now" from the current build (or why
 * it is unavailable), and the municipality's series as a sparkline with the years and values as a table.
 */
export function LinkEvidenceItem(props: LinkEvidenceItemProps) {
  const { link, evidence, indicator, titled, municipalityName, lang } = props;
  const t = evidenceText(lang);
  const then = readingText(link, indicator, lang);
  const now = evidence?.now ? readingText(evidence.now, indicator, lang) : null;
  const observed = evidence?.series.filter((point) => point.value !== null) ?? [];
  const first = evidence?.series[0];
  const last = evidence?.series.at(-1);
  return (
    <li className="link-evidence" data-indicator={link.indicatorId}>
      <p className="link-evidence-title">
        {titled ? <IndicatorTitle indicator={titled} lang={lang} /> : <code>{link.indicatorId}</code>},{' '}
        {municipalityName}
      </p>
      <p className="link-then" data-testid="link-then">
        <strong>{t('then')}:</strong>{' '}
        {fillNodes(t('reading', { value: then.value, year: then.year }), {
          source: <SourceLabel source={link.source} lang={lang} />,
        })}{' '}
        · {t('thenBuild', { build: link.buildId.slice(0, 8) })}
      </p>
      {evidence?.now && now ? (
        <p className="link-now" data-testid="link-now">
          <strong>{t('now')}:</strong>{' '}
          {fillNodes(t('reading', { value: now.value, year: now.year }), {
            source: <SourceLabel source={evidence.now.source} lang={lang} />,
          })}
        </p>
      ) : null}
      {evidence?.unavailable ? (
        <p className="link-now link-now-unavailable" data-testid="link-now">
          <strong>{t('nowUnavailable')}</strong>{' '}
          {t(`unavailable_${evidence.unavailable}`, { year: link.year })}
        </p>
      ) : null}
      {observed.length > 0 && first && last ? (
        <div className="link-series">
          <Sparkline
            slots={evidence?.series ?? []}
            label={t('seriesLabel', { from: first.year, to: last.year, municipality: municipalityName })}
          />
          <details>
            <summary>{t('seriesTable')}</summary>
            <table className="link-series-table">
              <thead>
                <tr>
                  <th scope="col">{t('year')}</th>
                  <th scope="col">{t('value')}</th>
                </tr>
              </thead>
              <tbody>
                {evidence?.series.map((point) => (
                  <tr key={point.year}>
                    <td>{point.year}</td>
                    <td>
                      {point.value === null
                        ? t('missing')
                        : indicator
                          ? formatValue(point.value, indicator, lang)
                          : String(point.value)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </div>
      ) : null}
    </li>
  );
}
