import type { Peers } from '../../../data/contract/api';
import type { LocalisedText } from '../../../data/contract';
import type { Lang } from '../../lib/format';

export const PEER_GROUPS = ['similar', 'skr', 'la'] as const;
export type PeerGroupKey = (typeof PEER_GROUPS)[number];

export interface PeerReason {
  indicator: string;
  title: string;
  /** Standardised difference (in standard deviations across all municipalities). */
  difference: number;
}

export interface PeerListItem {
  code: string;
  name: string;
  /** Only for "most similar": the API's distance, and its size relative to the farthest listed peer (0-1). */
  distance: number | null;
  relativeDistance: number | null;
  reasons: PeerReason[];
}

/**
 * The members of one peer group as a list to show, without the municipality itself. "Most similar" keeps the
 * API's order (nearest first) and carries the reasons; the SKR and LA groups are sorted by name.
 */
export function peerList(
  peers: Peers,
  group: PeerGroupKey,
  subject: string,
  titles: Readonly<Record<string, LocalisedText>>,
  lang: Lang,
  maxReasons = 3,
): PeerListItem[] {
  if (group !== 'similar') {
    const members = group === 'skr' ? peers.skrGroup.members : peers.laRegion.members;
    return members
      .filter((member) => member.code !== subject)
      .map((member) => ({
        code: member.code,
        name: member.name,
        distance: null,
        relativeDistance: null,
        reasons: [],
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }
  const similar = peers.similar.peers.filter((peer) => peer.code !== subject);
  const farthest = Math.max(0, ...similar.map((peer) => peer.distance));
  return [...similar]
    .sort((a, b) => a.distance - b.distance)
    .map((peer) => ({
      code: peer.code,
      name: peer.name,
      distance: peer.distance,
      relativeDistance: farthest > 0 ? peer.distance / farthest : 0,
      reasons: [...peer.closestOn]
        .sort((a, b) => Math.abs(a.difference) - Math.abs(b.difference))
        .slice(0, maxReasons)
        .map((reason) => ({
          indicator: reason.indicator,
          title: titles[reason.indicator]?.[lang] ?? reason.indicator,
          difference: Math.abs(reason.difference),
        })),
    }));
}

/**
 * The indicators the distance was computed over, as titles with their year, e.g. "Folkmängd (2024, log)".
 * Shown next to the list so that "most similar" is never a black box.
 */
export function similarityBasis(
  peers: Peers,
  titles: Readonly<Record<string, LocalisedText>>,
  lang: Lang,
): { id: string; label: string }[] {
  return peers.similar.indicators.map((indicator) => {
    const title = titles[indicator.id]?.[lang] ?? indicator.id;
    const scale = indicator.logScale ? ', log' : '';
    return { id: indicator.id, label: `${title} (${indicator.year}${scale})` };
  });
}

/** Codes of a peer group, for highlighting in the dot plot. */
export function peerCodes(list: readonly PeerListItem[]): string[] {
  return list.map((item) => item.code);
}
