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
  const table = lang === 'sv' ? source.table.replace(/\(derived\)/g, '(härlett)') : source.table;
  return publisher.includes(table) ? publisher : `${publisher}, ${table}`;
}

/** Words an English source label may hold that are not Swedish: publishers as they write themselves, our phrases. */
const NOT_SWEDISH = new Set([
  'SCB',
  'RKA',
  'Kolada',
  'Boverket',
  'own',
  'processing',
  'derived',
  'Own',
  'figure',
  'imported',
]);

/** A table or KPI id ("BE0101", "BE0101N1", "000006SY", "N02201"), which is in no language. */
const isId = (word: string) => /^(?:\p{Lu}{1,3}\d[\p{Lu}\d]*|\d[\p{L}\d]*)$/u.test(word);

/** One run of a source label: `sv` when it is a Swedish name (an SCB table, a Boverket survey) on an English page. */
export interface SourceLabelPart {
  text: string;
  sv: boolean;
}

/**
 * A source label cut where it changes language: on an English page SCB's table names ("BefolkningNy"), Boverket's
 * survey names and other Swedish words stay Swedish and must be marked as such; ids, punctuation and the publisher
 * names stay unmarked. A Swedish page is one part.
 * @example sourceLabelParts({ citation: 'Källa: SCB', table: 'BE0101 BefolkningNy (BE0101N1)' }, 'en')
 * // [{ text: 'SCB, BE0101 ', sv: false }, { text: 'BefolkningNy', sv: true }, { text: ' (BE0101N1)', sv: false }]
 */
export function sourceLabelParts(
  source: Pick<SourceRef, 'citation' | 'table'>,
  lang: Lang,
): SourceLabelPart[] {
  return languageParts(sourceLabel(source, lang), lang);
}

/** Any text cut into its Swedish names and the rest, by the rule of sourceLabelParts (one part on a Swedish page). */
export function languageParts(text: string, lang: Lang): SourceLabelPart[] {
  if (lang === 'sv') return [{ text, sv: false }];
  const parts: SourceLabelPart[] = [];
  let pendingGap = '';
  const push = (piece: string, sv: boolean) => {
    const last = parts.at(-1);
    if (last && last.sv === sv) last.text += piece;
    else parts.push({ text: piece, sv });
  };
  for (const [piece] of text.matchAll(/[\p{L}\d]+|[^\p{L}\d]+/gu)) {
    if (!/[\p{L}\d]/u.test(piece)) {
      pendingGap += piece;
      continue;
    }
    const sv = !isId(piece) && !NOT_SWEDISH.has(piece);
    const last = parts.at(-1);
    // A gap between two Swedish words stays inside the Swedish run ("Bostadsmarknadsenkäten, bostadsmarknadsläge").
    if (last?.sv && sv && /^[\s,]+$/.test(pendingGap)) last.text += pendingGap;
    else if (pendingGap) push(pendingGap, false);
    pendingGap = '';
    push(piece, sv);
  }
  if (pendingGap) push(pendingGap, false);
  return parts;
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
