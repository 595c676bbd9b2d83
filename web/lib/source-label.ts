import type { SourceRef } from '../../data/contract';

/**
 * Short attribution for a figure: the publisher as its citation names it, and the table or KPI id.
 * The "Källa:" prefix is dropped because the UI writes its own "Källa"/"Source" label in the user's language.
 * @example sourceLabel({ citation: 'Källa: SCB', table: 'BE0101N1', ... }) // "SCB, BE0101N1"
 */
export function sourceLabel(source: Pick<SourceRef, 'citation' | 'table'>): string {
  const publisher = source.citation.replace(/^Källa:\s*/i, '');
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
