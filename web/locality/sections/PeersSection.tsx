import { Fragment, useMemo, useState } from 'react';
import type { Indicator, LocalisedText } from '../../../data/contract';
import type { JoinedProfile } from '../../data/profile-join';
import type { Lang } from '../../lib/format';
import { PeerDotPlot } from '../charts/PeerDotPlot';
import { useIndicatorValues } from '../locality-queries';
import { dotRowsFrom, namesFrom } from '../peers/dot-rows';
import { SourceLabel, SourceLanguageText } from '../../lib/SourceLanguageText';
import { PEER_GROUPS, peerCodes, peerList, type PeerGroupKey } from '../peers/peer-presentation';
import { DOT_PLOT_IDS } from '../profile-view';
import type { LocalityText } from '../texts';
import type { LocalityUrlState } from '../url-state';
import { ComparisonPicker } from './ComparisonPicker';
import { PeerList } from './PeerList';
import { SimilarityChooser } from './SimilarityChooser';
import { FoldSection } from './FoldSection';

interface PeersSectionProps {
  profile: JoinedProfile;
  catalogue: ReadonlyMap<string, Indicator>;
  state: LocalityUrlState;
  onChange: (next: LocalityUrlState) => void;
  lang: Lang;
  t: LocalityText;
}

const DOT_IDS = [...DOT_PLOT_IDS, 'population_total'];

/** Peer groups, the user's comparison municipalities and the dot plot placing them all among the 290. */
export function PeersSection({ profile, catalogue, state, onChange, lang, t }: PeersSectionProps) {
  const [group, setGroup] = useState<PeerGroupKey>('similar');
  const code = profile.municipality.code;
  const titles = useMemo(() => {
    const map: Record<string, LocalisedText> = {};
    for (const [id, indicator] of catalogue) map[id] = indicator.title;
    return map;
  }, [catalogue]);
  const list = peerList(profile.peers, group, code, titles, lang);
  const values = useIndicatorValues(DOT_IDS);
  const responses = values.map((query) => query.data);
  const names = namesFrom(responses);
  const rows = dotRowsFrom(
    responses.filter((response) => response?.indicator.id !== 'population_total'),
    catalogue,
    lang,
  );
  const name = profile.municipality.name;
  return (
    <FoldSection
      id="peers"
      title={t('sectionPeers')}
      hint={peerList(profile.peers, 'similar', code, titles, lang)
        .slice(0, 3)
        .map((peer) => peer.name)
        .join(', ')}
    >
      <fieldset className="peer-groups">
        <legend>{t('peerGroup')}</legend>
        {PEER_GROUPS.map((key) => (
          <label key={key}>
            <input type="radio" name="peer-group" checked={group === key} onChange={() => setGroup(key)} />
            {t(`peers_${key}`)}
            {key === 'skr' && (
              <>
                {` (${profile.peers.skrGroup.code} `}
                <SourceLanguageText text={profile.peers.skrGroup.name} textLang="sv" lang={lang} />)
              </>
            )}
            {key === 'la' && ` (${profile.peers.laRegion.name})`}
          </label>
        ))}
      </fieldset>
      {group === 'similar' && (
        <SimilarityChooser
          peers={profile.peers}
          catalogue={catalogue}
          titles={titles}
          selected={state.similarBy}
          onApply={(similarBy) => onChange({ ...state, similarBy })}
          lang={lang}
          t={t}
        />
      )}
      <PeerList
        items={list}
        compare={state.compare}
        onChange={(compare) => onChange({ ...state, compare })}
        t={t}
      />
      <ComparisonPicker
        subject={code}
        compare={state.compare}
        names={names}
        onChange={(compare) => onChange({ ...state, compare })}
        t={t}
      />
      {rows.length > 0 && (
        <PeerDotPlot
          rows={rows}
          subject={code}
          comparisons={state.compare}
          peers={peerCodes(list)}
          names={names}
          title={t('dotPlotTitle', { name })}
          help={t('dotPlotHelp', { name })}
          medianLabel={t('median')}
          missingLabel={t('missing')}
        />
      )}
      <p className="chart-note">{t('dotPlotHelp', { name })}</p>
      <p className="card-source">
        {t('source')}:{' '}
        {rows.map((row, index) => (
          <Fragment key={row.id}>
            {index > 0 && '; '}
            {row.title}: <SourceLabel source={row.source} lang={lang} /> ({row.year})
          </Fragment>
        ))}
      </p>
    </FoldSection>
  );
}
