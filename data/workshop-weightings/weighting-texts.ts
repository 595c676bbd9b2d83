import type { Lang } from '../format/format-value';

/** The words of the weightings table, in both languages (the workshop page, the printed report, the DOCX). */
export interface WeightingTexts {
  rowHeader: string;
  pillarShare: (pillar: string) => string;
  percent: (value: string) => string;
  notInWeighting: string;
  top: (n: number) => string;
  bottom: (n: number) => string;
  rankOf: (municipality: string) => string;
  rankOfN: (rank: number, n: number) => string;
  noIndex: string;
  build: string;
  olderBuild: (buildId: string) => string;
  olderBuildNote: (organisation: string, saved: string, now: string) => string;
  unavailableNote: (organisation: string, indicator: string) => string;
}

export const WEIGHTING_TEXTS: Record<Lang, WeightingTexts> = {
  sv: {
    rowHeader: 'Viktning',
    pillarShare: (pillar) => `Vikt: ${pillar}`,
    percent: (value) => `${value} %`,
    notInWeighting: '–',
    top: (n) => `Topp ${n}`,
    bottom: (n) => `Sista ${n}`,
    rankOf: (municipality) => `Rang för ${municipality}`,
    rankOfN: (rank, n) => `${rank} av ${n}`,
    noIndex: 'inget index (data saknas)',
    build: 'Databygge',
    olderBuild: (buildId) => `${buildId} (äldre bygge)`,
    olderBuildNote: (organisation, saved, now) =>
      `${organisation}: sparad med ett äldre databygge (${saved}; nu ${now}). Rangerna är som de var då.`,
    unavailableNote: (organisation, indicator) =>
      `${organisation}: ${indicator} finns inte i det nuvarande databygget (inte tillgänglig).`,
  },
  en: {
    rowHeader: 'Weighting',
    pillarShare: (pillar) => `Weight: ${pillar}`,
    percent: (value) => `${value}%`,
    notInWeighting: '–',
    top: (n) => `Top ${n}`,
    bottom: (n) => `Bottom ${n}`,
    rankOf: (municipality) => `Rank of ${municipality}`,
    rankOfN: (rank, n) => `${rank} of ${n}`,
    noIndex: 'no index (data missing)',
    build: 'Data build',
    olderBuild: (buildId) => `${buildId} (older build)`,
    olderBuildNote: (organisation, saved, now) =>
      `${organisation}: saved with an older data build (${saved}; now ${now}). The ranks are as they were then.`,
    unavailableNote: (organisation, indicator) =>
      `${organisation}: ${indicator} is not in the current data build (unavailable).`,
  },
};
