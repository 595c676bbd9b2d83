import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Indicator } from '../../data/contract';
import { LocalityMiniMap } from '../map/LocalityMiniMap';
import {
  useCatalogue,
  useCatchment,
  useFirmsInMunicipality,
  useFirmsNear,
  useFlows,
  useHealth,
  useIndicatorDetails,
  useProfile,
  useProfileSeries,
} from './locality-queries';
import { ExportButtons } from './sections/ExportButtons';
import { LocalityIndexSection } from '../attractiveness/LocalityIndexSection';
import { LocalityIndexFact } from '../attractiveness/LocalityIndexFact';
import { useLocalityIndex } from '../attractiveness/use-locality-index';
import { CatchmentSection } from './sections/CatchmentSection';
import { CommutingSection } from './sections/CommutingSection';
import { FirmsSection } from './sections/FirmsSection';
import { IndicatorRows } from './sections/IndicatorRows';
import { CatalogueSection } from './catalogue/CatalogueSection';
import { SexSelector } from '../lib/SexSelector';
import { ChosenIndicatorSection } from './sections/ChosenIndicatorSection';
import { ReachPanel } from './sections/ReachPanel';
import { StandsOutSection } from './sections/StandsOutSection';
import { reachQuery } from '../data/reach-queries';
import { LocalityHeader } from './sections/LocalityHeader';
import { MapLegend } from './sections/MapLegend';
import { PeersSection } from './sections/PeersSection';
import { PrintBrief } from './sections/PrintBrief';
import { TrendSection } from './sections/TrendSection';
import { localityText, type LocalityTextKey } from './texts';
import { useLocalityState } from './use-locality-state';
import { CENTRE_SITE } from './url-state';
import { catchmentCentreFor } from './catchment/catchment-centre';
import { useFirstScreenMark } from './use-first-screen-mark';
import { standsOutQuery } from '../data/stands-out-queries';
import './locality.css';
import './locality-layout.css';
import { ApiError } from '../data/api-client';
import { apiErrorText } from '../i18n/api-error-text';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
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

/** The locality view for workshop groups (`/kommun/:code`): one municipality's profile, peers, commuting, firms. */
export function LocalityPage({ code }: { code: string }) {
  const { state, lang, update } = useLocalityState(code);
  const t = localityText(lang);
  const profile = useProfile(code, state.similarBy, state.sex);
  const catalogueQuery = useCatalogue();
  const health = useHealth();
  const localityIndex = useLocalityIndex(code);
  const [trendId, setTrendId] = useState('population_total');
  const [trendRequests, setTrendRequests] = useState(0);
  const [mapSnapshot, setMapSnapshot] = useState<string | null>(null);
  const catalogue = useMemo(
    () => new Map<string, Indicator>((catalogueQuery.data ?? []).map((item) => [item.id, item])),
    [catalogueQuery.data],
  );
  const municipality = profile.data?.municipality;
  const centre = municipality?.interiorPoint ?? null;
  const firmsIn = useFirmsInMunicipality(code);
  const firmsNear = useFirmsNear(centre, state.radiusKm);
  const sites = useMemo(() => firmsNear.data?.features ?? [], [firmsNear.data]);
  // Default: the municipality's first listed site, or its centre when it has none.
  const site =
    state.site ?? (firmsIn.data ? (firmsIn.data.features[0]?.properties.siteId ?? CENTRE_SITE) : null);
  const catchment = useCatchment(catchmentCentreFor(site, centre), state.radiusKm);
  const reachStart = site && site !== CENTRE_SITE ? { site } : { municipality: code };
  const reach = useQuery({
    ...reachQuery(reachStart, state.reachTarget, state.reachN),
    enabled: site !== null,
  });
  const reachKm = reach.data?.reached ? reach.data.radiusKm : null;
  // The same query (and cache key) as the "Stands out" section: no second request.
  const standsOut = useQuery(standsOutQuery(code, state.group));
  const firstScreen =
    Boolean(profile.data && health.data && catalogueQuery.data && standsOut.data) &&
    (reach.isSuccess || reach.isError);
  useFirstScreenMark(code, firstScreen);
  // The trend chart's lines (subject first, then the comparisons) wait for the first screen.
  const [trendDetail, ...comparisons] = useIndicatorDetails([code, ...state.compare], trendId, firstScreen);
  // So do the sparklines' series and the header's population trend: none of it is on the first screen.
  const series = useProfileSeries(code, firstScreen).data;
  const populationSeries = series?.get('population_total');
  const hasFlows = (profile.data?.commuting.flows.years.length ?? 0) > 0;
  const flows = useFlows(code, hasFlows);
  const flowLines = flows.data?.coverage === 'flows' ? (flows.data as GeoJSON.FeatureCollection) : null;
  const firmPoints = (firmsNear.data as GeoJSON.FeatureCollection | undefined) ?? EMPTY;

  if (profile.isError) {
    const missing = profile.error instanceof ApiError && profile.error.status === 404;
    return (
      <main className="locality" id="main">
        <p role="alert">
          {missing ? t('notFound', { code }) : t('loadError', { message: apiErrorText(profile.error, lang) })}
        </p>
      </main>
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
  const liveUrl = typeof window === 'undefined' ? '' : window.location.href;
  return (
    <>
      <main className="locality" id="main" data-ready={catalogueQuery.data ? 'true' : 'false'}>
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
            catalogue={catalogue}
            lang={lang}
            t={t}
            sex={state.sex}
          />
          <div className="locality-map-panel">
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
        <ChosenIndicatorSection
          code={code}
          name={municipality.name}
          catalogue={catalogue}
          peerCodes={data.peers.similar.peers.map((peer) => peer.code)}
          lang={lang}
          t={t}
          trendId={trendId}
          onShowTrend={setTrendId}
        />
        <IndicatorRows
          code={code}
          name={municipality.name}
          indicators={data.indicators}
          series={series}
          catalogue={catalogue}
          peerCodes={data.peers.similar.peers.map((peer) => peer.code)}
          lang={lang}
          t={t}
          trendId={trendId}
          onShowTrend={(id) => {
            setTrendId(id);
            setTrendRequests((n) => n + 1);
          }}
          controls={<SexSelector value={state.sex} available onChange={(sex) => update({ ...state, sex })} />}
        />
        <CatalogueSection code={code} name={municipality.name} sex={state.sex} lang={lang} t={t} />
        <div className="locality-pair">
          <CommutingSection profile={data} lang={lang} t={t} />
          <LocalityIndexSection index={localityIndex} lang={lang} />
        </div>
        <TrendSection
          openRequests={trendRequests}
          profile={data}
          detail={trendDetail?.data}
          comparisons={comparisons.flatMap((query) => (query.data ? [query.data] : []))}
          indicatorId={trendId}
          catalogue={catalogue}
          lang={lang}
          t={t}
        />
        <PeersSection
          profile={data}
          catalogue={catalogue}
          state={state}
          onChange={(next) => update(next)}
          lang={lang}
          t={t}
        />
        <FirmsSection
          municipalityName={municipality.name}
          inMunicipality={firmsIn.data}
          near={firmsNear.data}
          radiusKm={state.radiusKm}
          onRadiusChange={(radiusKm) => update({ ...state, radiusKm }, { replace: true })}
          lang={lang}
          t={t}
        />
        <CatchmentSection
          sites={sites}
          site={site}
          onSiteChange={(next) => update({ ...state, site: next })}
          catchment={catchment.data}
          lang={lang}
          t={t}
        />
      </main>
      <PrintBrief
        profile={data}
        populationSeries={populationSeries}
        group={state.group}
        index={localityIndex}
        reach={reach.data}
        catalogue={catalogue}
        radiusKm={state.radiusKm}
        mapSnapshot={mapSnapshot}
        liveUrl={liveUrl}
        lang={lang}
        t={t}
      />
    </>
  );
}
