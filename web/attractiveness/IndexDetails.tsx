import type { IndexResult, RankInterval } from '../../data/contract';
import { formatNumber } from '../lib/format';
import { useI18n } from '../i18n/use-i18n';
import { driverLabel } from './driver-label';
import { pillarColour } from './pillar-colours';
import { indexText } from './texts';
import { SourceLabel } from '../lib/SourceLanguageText';

interface Props {
  code: string;
  name: string;
  result: IndexResult;
  interval: RankInterval | null;
  titleOf: (id: string) => string;
}

/** One municipality: index, rank of n with its interval, pillar contributions as a bar, and each indicator's part. */
export function IndexDetails({ code, name, result, interval, titleOf }: Props) {
  const { lang } = useI18n();
  const t = indexText(lang);
  const row = result.rows.find((r) => r.code === code);
  if (!row) return null;
  const pillarName = (id: string) => result.pillars.find((p) => p.id === id)?.title[lang] ?? id;
  const byPillar = result.pillars.map((p, k) => ({
    id: p.id,
    colour: pillarColour(k),
    title: p.title[lang],
    value: p.indicators.reduce((sum, id) => sum + (row.contributions[id] ?? 0), 0),
  }));
  const total = byPillar.reduce((sum, p) => sum + Math.max(0, p.value), 0);
  return (
    <section className="index-details" aria-labelledby="index-details-title" data-testid="index-details">
      <h2 id="index-details-title">{name}</h2>
      {row.index === null ? (
        <p>
          {row.missing
            ? t('missing', {
                pillar: pillarName(row.missing.pillar),
                has: row.missing.has,
                of: row.missing.of,
                needs: row.missing.needs,
              })
            : ''}
        </p>
      ) : (
        <>
          <p className="index-details__figure">
            <span>
              {t('index')} <strong data-testid="index-value">{formatNumber(row.index, lang, 1)}</strong>
            </span>
            <span>
              {t('rank')}{' '}
              <strong data-testid="index-detail-rank">
                {t('rankOf', { rank: row.rank ?? '–', n: result.n })}
              </strong>
            </span>
            {interval ? (
              <span>
                {t('interval')} <strong>{t('intervalValue', { p5: interval.p5, p95: interval.p95 })}</strong>
              </span>
            ) : null}
          </p>
          {interval?.driver ? (
            <p className="hint">
              {t('driver', {
                factor: driverLabel(interval.driver.factor, t, titleOf),
                share: Math.round(interval.driver.share * 100),
              })}
            </p>
          ) : null}
          <h3>{t('contributions')}</h3>
          <div
            className="index-bar"
            role="img"
            aria-label={byPillar.map((p) => `${p.title}: ${formatNumber(p.value, lang, 1)}`).join(', ')}
          >
            {byPillar.map((p) => (
              <span
                key={p.id}
                className="index-bar__part"
                style={{
                  width: `${total > 0 ? (Math.max(0, p.value) / total) * 100 : 0}%`,
                  background: p.colour,
                }}
              />
            ))}
          </div>
          <ul className="index-bar__legend">
            {byPillar.map((p) => (
              <li key={p.id}>
                <span className="swatch" style={{ background: p.colour }} aria-hidden="true" />
                {p.title}: {formatNumber(p.value, lang, 1)}
              </li>
            ))}
          </ul>
        </>
      )}
      <table className="index-details__table">
        <caption>{t('contributionsTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col">{t('year')}</th>
            <th scope="col">{t('score')}</th>
          </tr>
        </thead>
        <tbody>
          {result.indicators.map((indicator) => {
            const value = row.values[indicator.id];
            const source = value ? indicator.sources.find((s) => s.year === value.year) : undefined;
            const contribution = row.contributions[indicator.id];
            return (
              <tr key={indicator.id}>
                <th scope="row">
                  {titleOf(indicator.id)}
                  {source ? (
                    <span className="index-details__source">
                      <SourceLabel source={source} lang={lang} />
                    </span>
                  ) : null}
                </th>
                <td className="num">{value ? formatNumber(value.value, lang, 1) : '–'}</td>
                <td className="num">{value?.year ?? ''}</td>
                <td className="num">
                  {contribution === null || contribution === undefined
                    ? '–'
                    : formatNumber(contribution, lang, 2)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
