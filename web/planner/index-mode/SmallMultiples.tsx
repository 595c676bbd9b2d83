import { geoMercator, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import type { MunicipalityAreas } from '../../data/geometry-queries';
import { useI18n } from '../../i18n/use-i18n';
import { indexFills } from './index-colours';
import type { PerspectiveOutcome } from './perspective-comparison';
import { indexText } from './texts';

const WIDTH = 120;
const HEIGHT = 260;

/** One small map per perspective (static SVG: no second WebGL map), the selected municipality outlined. */
export function SmallMultiples({
  areas,
  outcomes,
  selected,
}: {
  areas: MunicipalityAreas;
  outcomes: readonly PerspectiveOutcome[];
  selected: string | null;
}) {
  const { lang } = useI18n();
  const t = indexText(lang);
  const paths = useMemo(() => {
    const collection = { type: 'FeatureCollection' as const, features: areas.features };
    const projection = geoMercator().fitSize([WIDTH, HEIGHT], collection as GeoJSON.FeatureCollection);
    const path = geoPath(projection);
    return areas.features.map((f) => ({ code: f.properties.code, d: path(f as GeoJSON.Feature) ?? '' }));
  }, [areas]);
  return (
    <section className="index-multiples" aria-labelledby="index-multiples-title">
      <h3 id="index-multiples-title">{t('smallMultiples')}</h3>
      <ul className="index-multiples__list">
        {outcomes.map(({ perspective, result }) => {
          const { fills } = indexFills(result);
          const name = perspective.title[lang];
          return (
            <li key={perspective.id}>
              <svg
                viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                role="img"
                aria-label={t('smallMultipleLabel', { name })}
                data-perspective={perspective.id}
              >
                {paths.map((p) => (
                  <path key={p.code} d={p.d} fill={fills.get(p.code) ?? '#d9d9d9'} />
                ))}
                {paths
                  .filter((p) => p.code === selected)
                  .map((p) => (
                    <path key="selected" d={p.d} fill="none" stroke="#d00" strokeWidth={1.5} />
                  ))}
              </svg>
              <span>{name}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
