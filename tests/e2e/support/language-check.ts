import type { Page } from 'playwright-core';
import type { SourceRef } from '../../../data/contract';
import { sourceLabelParts } from '../../../data/format/source-label';
import type { Lang } from '../../../web/lib/format';

/**
 * Common English words that have no place on a Swedish page. Words that are also Swedish ("median", "index",
 * "per", "under", "total", "area", "not", "must", "in", "by") are left out on purpose: a hit must be a real hit.
 */
export const ENGLISH_WORDS = [
  'the',
  'and',
  'of',
  'from',
  'with',
  'between',
  'municipality',
  'municipalities',
  'municipal',
  'county',
  'counties',
  'which',
  'this',
  'that',
  'these',
  'their',
  'there',
  'are',
  'were',
  'been',
  'has',
  'have',
  'only',
  'when',
  'where',
  'within',
  'outside',
  'inside',
  'share',
  'people',
  'persons',
  'employed',
  'residents',
  'missing',
  'source',
  'sources',
  'estimate',
  'estimated',
  'computed',
  'published',
  'year',
  'years',
  'rank',
  'population',
  'firms',
  'firm',
  'sites',
  'activity',
  'activities',
  'manufacturing',
  'urban',
  'commuting',
  'commuters',
  'labour',
  'market',
  'download',
  'loading',
  'error',
  'request',
  'unknown',
  'found',
  'should',
  'cannot',
  'please',
  'for',
] as const;

/**
 * Common Swedish words that have no place on an English page. Place-name parts ("län", "Östra", "Lilla") and
 * words that are English too ("till", "under", "per") are left out.
 */
export const SWEDISH_WORDS = [
  'och',
  'från',
  'kommun',
  'kommuner',
  'kommunen',
  'mellan',
  'saknas',
  'inte',
  'eller',
  'med',
  'för',
  'som',
  'av',
  'är',
  'det',
  'inom',
  'utanför',
  'andel',
  'antal',
  'invånare',
  'år',
  'länet',
  'riket',
  'källa',
  'uppskattning',
  'sysselsatta',
  'befolkning',
  'folkmängd',
  'företag',
  'verksamhet',
  'tillverkning',
  'efter',
  'utan',
  'finns',
  'visa',
  'ladda',
  'skriv',
  'hämtar',
  'fel',
  'ogiltig',
  'okänd',
  'ingen',
  'inga',
  'på',
  'vid',
] as const;

/** One string of the other language: the word, the text it sits in, and where on the page. */
export interface LanguageHit {
  word: string;
  text: string;
  where: string;
}

interface CollectOptions {
  /** Only this part of the page (e.g. the print brief); the whole body by default. */
  within?: string;
  /** Parts to leave out (e.g. the print brief when checking the screen page). */
  without?: string;
  /** What the test typed as a user (workshop title, entries, organisations): theirs, in whatever language. */
  userTexts?: readonly string[];
  /**
   * Names that exist in Swedish only (SCB table names, Boverket's survey, SKR group names): on an English page each
   * must sit inside a `lang="sv"` element. The word lists cannot catch them ("BefolkningNy" is no common word).
   */
  swedishNames?: readonly string[];
}

/**
 * The Swedish-only names in these sources' labels as an English page writes them ("BefolkningNy",
 * "TabVX4bDispInkN", "Bostadsmarknadsenkäten, bostadsmarknadsläge totalt"), for `swedishNames`.
 */
export function swedishNamesIn(sources: readonly Pick<SourceRef, 'citation' | 'table'>[]): string[] {
  const names = sources.flatMap((source) =>
    sourceLabelParts(source, 'en').flatMap((part) => (part.sv ? part.text.split(/,\s*/) : [])),
  );
  return [...new Set(names.map((name) => name.trim()).filter((name) => name.length >= 4))];
}

/**
 * Every text of the page in the other language: text nodes and the attributes people read or hear (aria-label,
 * title, alt, placeholder) and the document title, hidden ones included (a closed section is still the page's).
 * Left out: text inside an element marked with the other language (`lang="sv"` on an English page for Kolada's
 * Swedish-only titles and SCB table names; `lang="en"` on a Swedish page for the firm snapshot's English
 * descriptions), identifiers (`<code>`, URLs) and the texts users typed (`userTexts`), wherever they appear (an entry's text is also in its vote
 * button's label).
 */
export async function otherLanguageHits(
  page: Page,
  lang: Lang,
  options: CollectOptions = {},
): Promise<LanguageHit[]> {
  const words = lang === 'sv' ? ENGLISH_WORDS : SWEDISH_WORDS;
  const { found: texts, unmarked } = await page.evaluate(
    ({ lang, within, without }) => {
      const found: { text: string; where: string }[] = [];
      const exempt = (element: Element): boolean => {
        if (element.closest('script, style, noscript, code')) return true;
        if (without && element.closest(without)) return true;
        const marked = element.closest('[lang]');
        return (marked?.getAttribute('lang') ?? lang) !== lang;
      };
      const exemptFromMarker = (element: Element) =>
        element.tagName === 'OPTION' ||
        /^(English|Svenska)$/.test(element.textContent?.trim() ?? '') ||
        element.closest('svg') !== null ||
        (without !== undefined && element.closest(without) !== null);
      const where = (element: Element): string => {
        const parts: string[] = [];
        for (let node: Element | null = element; node && parts.length < 3; node = node.parentElement) {
          const id = node.id ? `#${node.id}` : '';
          const cls =
            typeof node.className === 'string' && node.className ? `.${node.className.split(' ')[0]}` : '';
          parts.unshift(`${node.tagName.toLowerCase()}${id}${cls}`);
        }
        return parts.join(' > ');
      };
      if (!within) found.push({ text: document.title, where: 'title' });
      const root = within ? document.querySelector(within) : document.body;
      if (!root) throw new Error(`nothing matches ${within}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent?.trim() ?? '';
        if (parent && text !== '' && !exempt(parent)) found.push({ text, where: where(parent) });
      }
      for (const element of [root, ...root.querySelectorAll('*')]) {
        if (exempt(element)) continue;
        for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
          const value = element.getAttribute(name);
          if (value) found.push({ text: value, where: `${where(element)}[${name}]` });
        }
      }
      // Text kept in the other language needs a visible marker beside it (or in its table's header); options of
      // a select and SVG labels cannot hold one, and the language switch names the other language in itself.
      const unmarked: { text: string; where: string }[] = [];
      for (const element of root.querySelectorAll('[lang]')) {
        if (element.getAttribute('lang') === lang || exemptFromMarker(element)) continue;
        const holder = element.closest('.source-lang, table');
        if (!holder?.querySelector('.lang-marker'))
          unmarked.push({ text: element.textContent ?? '', where: where(element) });
      }
      return { found, unmarked };
    },
    { lang, within: options.within, without: options.without },
  );
  const list = new Set<string>(words);
  const hits: LanguageHit[] = unmarked.map(({ text, where }) => ({
    word: '(no language marker)',
    text,
    where,
  }));
  if (lang === 'en')
    for (const { text, where } of texts)
      for (const name of options.swedishNames ?? [])
        if (text.includes(name))
          hits.push({ word: `(Swedish name not marked lang="sv") ${name}`, text, where });
  const seen = new Set<string>();
  const typed = [...(options.userTexts ?? [])].sort((a, b) => b.length - a.length);
  for (const { text: raw, where } of texts) {
    const text = typed.reduce((rest, own) => rest.split(own).join(' '), raw).replace(/https?:\/\/\S+/g, ' ');
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (!list.has(word) || seen.has(`${word}|${text}`)) continue;
      seen.add(`${word}|${text}`);
      hits.push({ word, text: text.slice(0, 160), where });
    }
  }
  return hits;
}
