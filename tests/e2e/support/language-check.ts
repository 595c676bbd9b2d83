/**
 * Runs in the page: every text node (and aria-label / title) outside an element marked lang="sv" on an English
 * page, checked for words that only the other language uses. Swedish publisher titles are allowed only inside
 * lang="sv"; text users typed is theirs and is not on the pages this check renders.
 */
export function foreignWords(lang: 'sv' | 'en'): string[] {
  // Words common in running text of one language and absent from the other (and from place and firm names).
  const english = [
    'the',
    'and',
    'of',
    'from',
    'with',
    'not',
    'which',
    'computed',
    'published',
    'municipal',
    'cannot',
    'between',
    'share',
    'people',
    'source',
    'missing',
    'county',
    'median',
  ];
  const swedish = [
    'och',
    'för',
    'från',
    'inte',
    'källa',
    'saknas',
    'eller',
    'utan',
    'finns',
    'andel',
    'antal',
    'beräknat',
    'kommuner',
    'länet',
    'riket',
    'invånare',
  ];
  const words = new Set(lang === 'sv' ? english : swedish);
  const found = new Set<string>();
  const check = (text: string, where: Element) => {
    const marked = where.closest('[lang]');
    if (
      marked &&
      marked.getAttribute('lang') !== lang &&
      lang === 'en' &&
      marked.getAttribute('lang') === 'sv'
    )
      return;
    for (const word of text.toLowerCase().split(/[^a-zåäöé]+/)) {
      if (words.has(word)) found.add(`${word}: ${text.trim().slice(0, 120)}`);
    }
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, noscript')) continue;
    check(node.textContent ?? '', parent);
  }
  for (const element of document.querySelectorAll('[aria-label], [title], [alt]')) {
    for (const name of ['aria-label', 'title', 'alt']) {
      const value = element.getAttribute(name);
      if (value) check(value, element);
    }
  }
  return [...found].sort();
}
