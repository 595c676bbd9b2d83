import type { SourceRef } from '../contract';
import type { Lang } from './format-value';

/**
 * The data's citations are written in Swedish ("Källa: SCB (BE0101, UF0506), egen bearbetning"). Their fixed
 * phrases in English, so an English page reads one language; publisher names stay as publishers write them.
 */
const CITATION_PHRASES_EN: readonly [RegExp, string][] = [
  [/egen bearbetning/gi, 'own processing'],
  [/^Egen uppgift \(importerad\)/i, 'Own figure (imported)'],
];

/**
 * A citation in the page's language, without its "Källa:" prefix: the UI writes its own "Källa"/"Source" label.
 * @example citationText('Källa: SCB (BE0101, UF0506), egen bearbetning', 'en') // "SCB (BE0101, UF0506), own processing"
 */
export function citationText(citation: string, lang: Lang): string {
  const bare = citation.replace(/^(Källa|Source):\s*/i, '');
  if (lang === 'sv') return bare;
  return CITATION_PHRASES_EN.reduce((text, [phrase, english]) => text.replace(phrase, english), bare);
}

/**
 * Short attribution for a figure: the publisher as its citation names it, and the table or KPI id.
 * @example sourceLabel({ citation: 'Källa: SCB', table: 'BE0101N1', ... }, 'en') // "SCB, BE0101N1"
 */
export function sourceLabel(source: Pick<SourceRef, 'citation' | 'table'>, lang: Lang): string {
  const publisher = citationText(source.citation, lang);
  return publisher.includes(source.table) ? publisher : `${publisher}, ${source.table}`;
}

/**
 * The publisher as it writes its own name ("SCB", "Kolada (RKA)"), for pages in either language.
 * @example publisherName('Statistics Sweden (SCB)') // "SCB"
 */
export function publisherName(publisher: string): string {
  const own = /\((SCB|RKA)\)/.exec(publisher)?.[1];
  if (own === 'SCB') return 'SCB';
  if (own === 'RKA') return 'Kolada (RKA)';
  return publisher;
}
