import { useQuery } from '@tanstack/react-query';
import { Suspense, lazy, useMemo, useState } from 'react';
import type { Indicator } from '../../data/contract';
import {
  useCatalogue,
  useCatchment,
  useFirmsInMunicipality,
  useFirmsNear,
  useFlows,
  useHealth,
  useProfile,
  useProfileSeries,
} from './locality-queries';
import { ExportButtons } from './sections/ExportButtons';
import { LocalityIndexFact } from '../attractiveness/LocalityIndexFact';
import { useLocalityIndex } from '../attractiveness/use-locality-index';
import { ReachPanel } from './sections/ReachPanel';
import { StandsOutSection } from './sections/StandsOutSection';
import { reachQuery } from '../data/reach-queries';
import { LocalityHeader } from './sections/LocalityHeader';
import { MapLegend } from './sections/MapLegend';
import { localityText, type LocalityTextKey } from './texts';
import { useLocalityState } from './use-locality-state';
import { CENTRE_SITE } from './url-state';
import { catchmentCentreFor } from './catchment/catchment-centre';
import { useAfterFirstScreen, useFirstScreenMark } from './use-first-screen-mark';
import { standsOutQuery } from '../data/stands-out-queries';
import './locality.css';
import './locality-layout.css';
import { ApiError } from '../data/api-client';
import { apiErrorText } from '../i18n/api-error-text';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const LocalityMiniMap = lazy(async () => ({
  default: (await import('../map/LocalityMiniMap')).LocalityMiniMap,
}));
const BelowFirstScreen = lazy(async () => ({
  default: (await import('./sections/BelowFirstScreen')).BelowFirstScreen,
}));
const PrintBrief = lazy(async () => ({ default: (await import('./sections/PrintBrief')).PrintBrief }));
/** The map's box before MapLibre has loaded: the same size, so nothing below moves when it arrives. */
const MAP_PLACEHOLDER = <div className="locality-mini-map" aria-hidden="true" />;
const SECTIONS: readonly [string, LocalityTextKey][] = [
  ['stands-out', 'standsOut'],
  ['reach', 'reachHeading'],
  ['figures', 'rowsHeading'],
  ['catalogue', 'sectionCatalogue'],
  ['commuting', 'sectionCommuting'],
  ['trend', 'sectionTrend'],
  ['peers', 'sectionPeers'],
  ['firms', 'sectionFirms'],
  ['catchment', 'sectionCatchment'],
];

/** The page in place of a profile that could not be shown (also the server's 404 page, web/locality/ssr). */
export function LocalityAlert({ text }: { text: string }) {
  return (
    <main className="locality" id="main">
      <p role="alert">{text}</p>
    </main>
  );
}

/** The locality view for workshop groups (`/kommun/:code`): one municipality's profile, peers, commuting, firms. */
export function LocalityPage({ code }: { code: string }) {
  const { state, lang, update } = useLocalityState(code);
  const t = localityText(lang);
  // The first screen: header facts (profile, health), what stands out, and the reach answer (from the first site).
  const profile = useProfile(code, state.similarBy, state.sex);
  const health = useHealth();
  // The same query (and cache key) as the "Stands out" section: no second request.
  const standsOut = useQuery(standsOutQuery(code, state.group));
  const municipality = profile.data?.municipality;
  const centre = municipality?.interiorPoint ?? null;
  const firmsIn = useFirmsInMunicipality(code);
  // Default: the municipality's first listed site, or its centre when it has none.
  const site =
    state.site ?? (firmsIn.data ? (firmsIn.data.features[0]?.properties.siteId ?? CENTRE_SITE) : null);
  const reachStart = site && site !== CENTRE_SITE ? { site } : { municipality: code };
  const reach = useQuery({
    ...reachQuery(reachStart, state.reachTarget, state.reachN),
    enabled: site !== null,
  });
  const reachSettled = reach.isSuccess || reach.isError || firmsIn.isError;
  const firstScreen =
    Boolean(profile.data && health.data && standsOut.data) && (reach.isSuccess || reach.isError);
  useFirstScreenMark(code, firstScreen);
  // Everything else waits for the first screen: the catalogue, the index model, geometry, map and other sections.
  const after = useAfterFirstScreen(
    code,
    profile.isSuccess && !health.isPending && !standsOut.isPending && reachSettled,
  );
  const catalogueQuery = useCatalogue(after);
  const localityIndex = useLocalityIndex(code, after);
  const [mapSnapshot, setMapSnapshot] = useState<string | null>(null);
  const catalogue = useMemo(
    () => new Map<string, Indicator>((catalogueQuery.data ?? []).map((item) => [item.id, item])),
    [catalogueQuery.data],
  );
  const firmsNear = useFirmsNear(after ? centre : null, state.radiusKm);
  const catchment = useCatchment(after ? catchmentCentreFor(site, centre) : null, state.radiusKm);
  // The sparklines' series and the header's population trend: none of it is on the first screen.
  const series = useProfileSeries(code, after).data;
  const populationSeries = series?.get('population_total');
  const reachKm = reach.data?.reached ? reach.data.radiusKm : null;
  const hasFlows = (profile.data?.commuting.flows.years.length ?? 0) > 0;
  const flows = useFlows(code, hasFlows && after);
  const flowLines = flows.data?.coverage === 'flows' ? (flows.data as GeoJSON.FeatureCollection) : null;
  const firmPoints = (firmsNear.data as GeoJSON.FeatureCollection | undefined) ?? EMPTY;

  if (profile.isError) {
    const missing = profile.error instanceof ApiError && profile.error.status === 404;
    return (
      <LocalityAlert
        text={
          missing ? t('notFound', { code }) : t('loadError', { message: apiErrorText(profile.error, lang) })
        }
      />
    );
  }
  if (!profile.data || !municipality || !centre) {
    return (
      <main className="locality" id="main" aria-busy="true">
        <p>{t('loading')}</p>
      </main>
    );
  }
  const data = profile.data;
  const mapCentre = catchment.data
    ? ([catchment.data.centre.lon, catchment.data.centre.lat] as [number, number])
    : centre;
  return (
    <>
      {/* Ready: the page works (a server-rendered first screen has been hydrated) and has its catalogue. */}
      <main className="locality" id="main" data-ready={after && catalogueQuery.data ? 'true' : 'false'}>
        <LocalityHeader
          profile={data}
          health={health.data}
          populationSeries={populationSeries}
          lang={lang}
          t={t}
          index={<LocalityIndexFact index={localityIndex} lang={lang} />}
          actions={
            <>
              <button type="button" className="primary" onClick={() => window.print()}>
                {t('printBrief')}
              </button>
              <ExportButtons profile={data} catalogue={catalogue} lang={lang} t={t} />
            </>
          }
        />
        <nav className="locality-nav" aria-label={t('sections')}>
          {SECTIONS.map(([id, key]) => (
            <a key={id} href={`#${id}`}>
              {t(key)}
            </a>
          ))}
        </nav>
        <div className="first-screen">
          <StandsOutSection
            code={code}
            group={state.group}
            onGroupChange={(group) => update({ ...state, group })}
            lang={lang}
            t={t}
            sex={state.sex}
          />
          <div className="locality-map-panel">
            {after ? (
              // MapLibre's chunk loads after the first screen, in its own boundary: it never hides the page.
              <Suspense fallback={MAP_PLACEHOLDER}>
                <LocalityMiniMap
                  subject={code}
                  centre={mapCentre}
                  radiusKm={state.radiusKm}
                  reachKm={reachKm}
                  firms={firmPoints}
                  flows={flowLines}
                  label={t('mapAlt', { name: municipality.name })}
                  onSnapshot={setMapSnapshot}
                />
              </Suspense>
            ) : (
              MAP_PLACEHOLDER
            )}
            <MapLegend radiusKm={state.radiusKm} reachKm={reachKm} showFlows={flowLines !== null} t={t} />
            <ReachPanel
              key={`${state.reachN}|${state.reachTarget}`}
              reach={reach.data}
              error={reach.error}
              n={state.reachN}
              target={state.reachTarget}
              onChange={({ n, target }) => update({ ...state, reachN: n, reachTarget: target })}
              lang={lang}
              t={t}
            />
          </div>
        </div>
        {after && (
          // Its chunk loads after the first screen, in its own boundary: a late chunk never hides what is shown.
          <Suspense fallback={null}>
            <BelowFirstScreen
              code={code}
              profile={data}
              series={series}
              catalogue={catalogue}
              state={state}
              update={update}
              index={localityIndex}
              firmsIn={firmsIn.data}
              firmsNear={firmsNear.data}
              catchment={catchment.data}
              site={site}
              lang={lang}
              t={t}
            />
          </Suspense>
        )}
      </main>
      {after && (
        <Suspense fallback={null}>
          <PrintBrief
            profile={data}
            populationSeries={populationSeries}
            group={state.group}
            index={localityIndex}
            reach={reach.data}
            catalogue={catalogue}
            radiusKm={state.radiusKm}
            mapSnapshot={mapSnapshot}
            liveUrl={window.location.href}
            lang={lang}
            t={t}
          />
        </Suspense>
      )}
    </>
  );
}
