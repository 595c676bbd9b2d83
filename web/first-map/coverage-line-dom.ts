import type { Lang } from '../lib/format';
import { LANGUAGE_NAME } from '../lib/language-marker';
import type { CoverageItem } from '../planner/coverage-line';

/**
 * The coverage line under the first map, before React: the same items and elements as CoverageNote renders (a
 * Swedish-only name marked as SourceLanguageText marks it), so the line is as tall as React's and Sweden stays
 * where it was fitted when React takes the page over.
 */
export function renderCoverageLine(footer: HTMLElement, items: readonly CoverageItem[], lang: Lang): void {
  footer.replaceChildren(
    ...items.map((item) => {
      const span = document.createElement('span');
      if (item.testId) span.dataset['testid'] = item.testId;
      const host = item.strong ? span.appendChild(document.createElement('strong')) : span;
      for (const run of item.runs)
        host.append(run.sv && lang !== 'sv' ? markedSwedish(run.text, lang) : run.text);
      return span;
    }),
  );
}

function markedSwedish(text: string, lang: Lang): HTMLElement {
  const outer = document.createElement('span');
  outer.className = 'source-lang';
  const inner = outer.appendChild(document.createElement('span'));
  inner.lang = 'sv';
  inner.textContent = text;
  const marker = document.createElement('abbr');
  marker.className = 'lang-marker';
  marker.title = LANGUAGE_NAME[lang].sv;
  marker.textContent = 'sv';
  outer.append(' ', marker);
  return outer;
}
