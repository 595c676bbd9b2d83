import type { Indicator } from '../../../data/contract';
import type { ProfileIndicator } from '../../../data/contract/api';
import type { Lang } from '../../lib/format';
import { groupByTheme } from '../profile-view';
import type { LocalityText } from '../texts';
import { IndicatorCard } from './IndicatorCard';

interface IndicatorSectionsProps {
  indicators: readonly ProfileIndicator[];
  catalogue: ReadonlyMap<string, Indicator>;
  lang: Lang;
  t: LocalityText;
  trendId: string;
  onShowTrend: (id: string) => void;
}

/** Indicator cards in theme groups (commuting, labour, skills, housing, population, quality of life). */
export function IndicatorSections({
  indicators,
  catalogue,
  lang,
  t,
  trendId,
  onShowTrend,
}: IndicatorSectionsProps) {
  return (
    <section id="figures" className="locality-section" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('sectionFigures')}</h2>
      {groupByTheme(indicators).map((group) => (
        <section key={group.theme} className="theme-group" aria-labelledby={`theme-${group.theme}`}>
          <h3 id={`theme-${group.theme}`}>{t(`theme_${group.theme}`)}</h3>
          <div className="card-grid">
            {group.items.map((item) => (
              <IndicatorCard
                key={item.indicator.id}
                item={item}
                definition={catalogue.get(item.indicator.id)}
                lang={lang}
                t={t}
                selected={item.indicator.id === trendId}
                onShowTrend={onShowTrend}
              />
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}
