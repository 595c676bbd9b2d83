import type { WorkshopWeightingView } from '../contract';
import { formatNumber, type Lang } from '../format/format-value';
import { WEIGHTING_TEXTS } from './weighting-texts';

/**
 * Stakeholder weightings side by side, as one table with the organisations as columns: each pillar's share, the
 * top and bottom of the ranking, the rank of each of the workshop's own municipalities and the build the ranks
 * were computed from. Shared by the workshop page, the printed report and the DOCX, so all three say the same.
 * Pure: every rank is the one frozen when the weighting was saved; a missing rank is said as missing.
 */
export interface WeightingTable {
  header: string[];
  rows: string[][];
  /** "Saved with an older build" and "no longer in the build" notes, one line each. */
  notes: string[];
}

export interface WeightingTableInput {
  weightings: readonly WorkshopWeightingView[];
  /** The build the atlas serves now. */
  buildId: string;
  /** The workshop's own municipalities (codes). */
  municipalities: readonly string[];
  organisationName: (id: string) => string;
  municipalityName: (code: string) => string;
  indicatorTitle: (id: string) => string;
  lang: Lang;
}

/** Places shown at each end of the ranking. */
const ENDS = 3;

export function weightingTable(input: WeightingTableInput): WeightingTable | null {
  const { weightings, lang } = input;
  if (weightings.length === 0) return null;
  const t = WEIGHTING_TEXTS[lang];
  const pillars = new Map<string, string>();
  for (const w of weightings)
    for (const p of w.pillars) if (!pillars.has(p.id)) pillars.set(p.id, p.title[lang]);
  const ranked = weightings.map((w) =>
    Object.entries(w.ranks)
      .flatMap(([code, rank]) => (rank === null ? [] : [{ code, rank }]))
      .sort((a, b) => a.rank - b.rank),
  );
  const place = ({ code, rank }: { code: string; rank: number }) =>
    `${rank}. ${input.municipalityName(code)}`;
  const rows: string[][] = [
    ...[...pillars].map(([id, title]) => [
      t.pillarShare(title),
      ...weightings.map((w) => {
        const share = w.pillars.find((p) => p.id === id)?.share;
        return share === undefined ? t.notInWeighting : t.percent(formatNumber(share * 100, lang));
      }),
    ]),
    [t.top(ENDS), ...ranked.map((list) => list.slice(0, ENDS).map(place).join(', '))],
    [t.bottom(ENDS), ...ranked.map((list) => list.slice(-ENDS).map(place).join(', '))],
    ...input.municipalities.map((code) => [
      t.rankOf(input.municipalityName(code)),
      ...weightings.map((w) => {
        const rank = w.ranks[code];
        return rank === null || rank === undefined ? t.noIndex : t.rankOfN(rank, w.n);
      }),
    ]),
    [t.build, ...weightings.map((w) => (w.buildId === input.buildId ? w.buildId : t.olderBuild(w.buildId)))],
  ];
  const notes = weightings.flatMap((w) => {
    const name = input.organisationName(w.organisationId);
    return [
      ...(w.buildId === input.buildId ? [] : [t.olderBuildNote(name, w.buildId, input.buildId)]),
      ...w.unavailable.map((id) => t.unavailableNote(name, input.indicatorTitle(id))),
    ];
  });
  return {
    header: [t.rowHeader, ...weightings.map((w) => input.organisationName(w.organisationId))],
    rows,
    notes,
  };
}
