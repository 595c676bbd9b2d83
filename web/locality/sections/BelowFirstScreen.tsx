import { useMemo, useState } from 'react';
import type { Indicator } from '../../../data/contract';
import type { CatchmentResponse, FirmsResponse, SeriesPoint } from '../../../data/contract/api';
import type { JoinedProfile } from '../../data/profile-join';
import { LocalityIndexSection } from '../../attractiveness/LocalityIndexSection';
import type { LocalityIndex } from '../../attractiveness/use-locality-index';
import { SexSelector } from '../../lib/SexSelector';
import type { Lang } from '../../lib/format';
import { CatalogueSection } from '../catalogue/CatalogueSection';
import { useIndicatorDetails } from '../locality-queries';
import type { LocalityText } from '../texts';
import type { LocalityUrlState } from '../url-state';
import { CatchmentSection } from './CatchmentSection';
import { ChosenIndicatorSection } from './ChosenIndicatorSection';
import { CommutingSection } from './CommutingSection';
import { FirmsSection } from './FirmsSection';
import { IndicatorRows } from './IndicatorRows';
import { PeersSection } from './PeersSection';
import { TrendSection } from './TrendSection';

interface BelowFirstScreenProps {
  code: string;
  profile: JoinedProfile;
  /** Every atlas indicator's series by id (the sparklines); undefined while it loads. */
  series: ReadonlyMap<string, readonly SeriesPoint[]> | undefined;
  catalogue: ReadonlyMap<string, Indicator>;
  state: LocalityUrlState;
  update: (next: LocalityUrlState, options?: { replace?: boolean }) => void;
  index: LocalityIndex;
  firmsIn: FirmsResponse | undefined;
  firmsNear: FirmsResponse | undefined;
  catchment: CatchmentResponse | undefined;
  /** The chosen firm site (the first listed by default), or null before the firms have answered. */
  site: string | null;
  lang: Lang;
  t: LocalityText;
}

/**
 * Everything of the locality page below its first screen: the chosen indicator, the rows, the catalogue,
 * commuting, the index, the trend chart, peers, firms and the catchment. Its own chunk, mounted once the first
 * screen has answered, so none of its code or requests come before it.
 */
export function BelowFirstScreen(props: BelowFirstScreenProps) {
  const {
    code,
    profile,
    series,
    catalogue,
    state,
    update,
    index,
    firmsIn,
    firmsNear,
    catchment,
    site,
    lang,
    t,
  } = props;
  const name = profile.municipality.name;
  const [trendId, setTrendId] = useState('population_total');
  const [trendRequests, setTrendRequests] = useState(0);
  // The trend chart's lines (subject first, then the comparisons).
  const [trendDetail, ...comparisons] = useIndicatorDetails(
    [code, ...state.compare],
    trendId,
    true,
    state.sex,
  );
  const sites = useMemo(() => firmsNear?.features ?? [], [firmsNear]);
  const peerCodes = useMemo(() => profile.peers.similar.peers.map((peer) => peer.code), [profile]);
  return (
    <>
      <ChosenIndicatorSection
        code={code}
        name={name}
        catalogue={catalogue}
        peerCodes={peerCodes}
        lang={lang}
        t={t}
        sex={state.sex}
        trendId={trendId}
        onShowTrend={(id) => {
          setTrendId(id);
          setTrendRequests((n) => n + 1);
        }}
      />
      <IndicatorRows
        code={code}
        name={name}
        indicators={profile.indicators}
        series={series}
        catalogue={catalogue}
        peerCodes={peerCodes}
        lang={lang}
        t={t}
        trendId={trendId}
        onShowTrend={(id) => {
          setTrendId(id);
          setTrendRequests((n) => n + 1);
        }}
        controls={<SexSelector value={state.sex} available onChange={(sex) => update({ ...state, sex })} />}
      />
      <CatalogueSection code={code} name={name} sex={state.sex} lang={lang} t={t} />
      <div className="locality-pair">
        <CommutingSection profile={profile} lang={lang} t={t} />
        <LocalityIndexSection index={index} lang={lang} />
      </div>
      <TrendSection
        openRequests={trendRequests}
        profile={profile}
        detail={trendDetail?.data}
        comparisons={comparisons.flatMap((query) => (query.data ? [query.data] : []))}
        indicatorId={trendId}
        catalogue={catalogue}
        lang={lang}
        t={t}
      />
      <PeersSection
        profile={profile}
        catalogue={catalogue}
        state={state}
        onChange={(next) => update(next)}
        lang={lang}
        t={t}
      />
      <FirmsSection
        municipalityName={name}
        inMunicipality={firmsIn}
        near={firmsNear}
        radiusKm={state.radiusKm}
        onRadiusChange={(radiusKm) => update({ ...state, radiusKm }, { replace: true })}
        lang={lang}
        t={t}
      />
      <CatchmentSection
        sites={sites}
        site={site}
        onSiteChange={(next) => update({ ...state, site: next })}
        catchment={catchment}
        lang={lang}
        t={t}
      />
    </>
  );
}
