import { useQuery } from '@tanstack/react-query';
import { ApiErrorLine } from '../../i18n/ApiErrorLine';
import { MapOverlay, type Indicator, type SavedMapView } from '../../../data/contract';
import type { SexView } from '../../../data/contract/api';
import { indicatorDetailsQuery } from '../../data/catalogue-queries';
import { profileIndicatorQuery } from '../../data/profile-queries';
import { valuesQuery } from '../../data/values-queries';
import type { Lang } from '../../lib/format';
import { useLocation } from '../../router/location-store';
import type { LocalityText } from '../texts';
import { chosenText } from './chosen-indicator-texts';
import { IndicatorRow } from './IndicatorRow';
import { AddToWorkshop } from '../../lib/AddToWorkshop';
import { cameraForArea } from '../../lib/area-camera';
import { municipalitiesQuery } from '../../data/geometry-queries';

interface Props {
  code: string;
  name: string;
  catalogue: ReadonlyMap<string, Indicator>;
  peerCodes: readonly string[];
  lang: Lang;
  t: LocalityText;
  /** The page's sex view: the row shows it beside the totals where Kolada splits the KPI. */
  sex: SexView;
  trendId: string;
  onShowTrend: (id: string) => void;
}

const INDICATOR = /^[a-z][a-z0-9_]{1,63}$/;

/**
 * The indicator a planner opened from the map (`?indicator=`, any catalogue id: the atlas set or any Kolada KPI),
 * as one row at the top of the figures: value, year, rank of n and the strip of all municipalities.
 */
export function ChosenIndicatorSection(props: Props) {
  const { search } = useLocation();
  const raw = new URLSearchParams(search).get('indicator');
  const id = raw && INDICATOR.test(raw) ? raw : null;
  if (!id) return null;
  return <ChosenRow id={id} {...props} />;
}

function ChosenRow({
  id,
  code,
  name,
  catalogue,
  peerCodes,
  lang,
  t,
  sex,
  trendId,
  onShowTrend,
}: Props & { id: string }) {
  const text = chosenText(lang);
  // The indicator in detail: its figures, its series and the trend chart's lines, under the chart's own key.
  const profile = useQuery(profileIndicatorQuery(code, id, sex === 'total' ? undefined : sex));
  const item = profile.data?.item;
  const shownId = item?.indicator.id ?? id;
  const details = useQuery({ ...indicatorDetailsQuery(shownId), enabled: !catalogue.has(shownId) });
  const values = useQuery({ ...valuesQuery(shownId, null), enabled: item !== undefined });
  const definition = catalogue.get(shownId) ?? details.data?.indicator;
  const planner = `/?indicator=${shownId}&sel=${code}${lang === 'en' ? '&lang=en' : ''}`;
  // The planner's map view for a card: this indicator and year, the municipality's whole extent, every layer.
  const area = useQuery(municipalitiesQuery).data?.features.find((f) => f.properties.code === code);
  const year = item?.latest?.year ?? values.data?.year;
  const mapView: SavedMapView | null =
    item && year !== undefined
      ? {
          indicatorId: shownId,
          year,
          sex: 'total',
          camera: area ? cameraForArea(area.geometry) : null,
          layers: [...MapOverlay.options],
          selected: code,
        }
      : null;
  return (
    <section
      id="chosen"
      className="locality-section chosen-indicator"
      aria-labelledby="chosen-heading"
      data-testid="chosen-indicator"
    >
      <div className="rows-head">
        <h2 id="chosen-heading">{text('chosenHeading')}</h2>
        <a href={planner}>{text('chosenBackToMap')}</a>
      </div>
      <AddToWorkshop prefill={{ link: { indicatorId: shownId, municipality: code }, mapView }} lang={lang} />
      <p className="card-hint rows-help">{text('chosenHelp', { name })}</p>
      {profile.error ? (
        <p role="alert">
          <ApiErrorLine
            error={profile.error}
            lang={lang}
            say={(message) => text('chosenError', { message })}
          />
        </p>
      ) : item ? (
        <ul className="indicator-rows">
          <IndicatorRow
            item={item}
            series={item.series}
            definition={definition}
            values={values.data}
            code={code}
            name={name}
            peerCodes={peerCodes}
            lang={lang}
            t={t}
            selected={shownId === trendId}
            onShowTrend={onShowTrend}
          />
        </ul>
      ) : (
        <p className="card-hint">{text('chosenLoading')}</p>
      )}
    </section>
  );
}
