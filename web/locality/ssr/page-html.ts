import type { Lang } from '../../lib/format';
import { FIRST_SCREEN_DATA_ID } from './first-screen-data-id';

/** The file (web/public) that sets the first-screen mark right after the server's markup: the CSP allows no inline script. */
export const FIRST_SCREEN_MARK_SCRIPT = '/first-screen-mark.js';

export interface PageParts {
  lang: Lang;
  /** React's markup of the whole app for this URL. */
  markup: string;
  /**
   * The stylesheets of the app's entry and of the locality page's chunk, with their text: written inline (the CSP
   * allows inline styles), so the first screen waits for no stylesheet request.
   */
  stylesheets: readonly { href: string; css: string }[];
  /** The municipality whose first screen is complete, or null when the page is not (a 404). */
  markFor: string | null;
  /** The answers the markup was rendered from, for hydration; null when the browser renders on its own. */
  data: unknown;
}

const attribute = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** JSON in a data element (never executed, so the CSP allows it): `<` escaped, so no text can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The built index.html with the server's render in it: `<html lang>` of the page's language, the stylesheets
 * inline, the markup in #root, the mark's script right after it, then the answers as data (never executed).
 */
export function pageHtml(template: string, parts: PageParts): string {
  const root = '<div id="root"></div>';
  if (!template.includes(root)) throw new Error('index.html has no empty <div id="root"></div>');
  let html = template;
  const added: string[] = [];
  for (const sheet of parts.stylesheets) {
    const style = `<style data-href="${attribute(sheet.href)}">${sheet.css.replace(/<\/style/gi, '<\\/style')}</style>`;
    // The entry's stylesheet is linked by index.html already: its text takes the link's place.
    const link = new RegExp(
      `<link rel="stylesheet"[^>]*href="${sheet.href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`,
    );
    if (link.test(html)) html = html.replace(link, () => style);
    else added.push(style);
  }
  const mark = parts.markFor
    ? `<script src="${FIRST_SCREEN_MARK_SCRIPT}" data-code="${attribute(parts.markFor)}"></script>`
    : '';
  const data =
    parts.data === null
      ? ''
      : `<script type="application/json" id="${FIRST_SCREEN_DATA_ID}">${scriptJson(parts.data)}</script>`;
  // Function replacements: a `$` in the markup or the data is text, not a replacement pattern.
  return html
    .replace(/<html lang="[^"]*"/, () => `<html lang="${parts.lang}"`)
    .replace('</head>', () => `${added.join('')}</head>`)
    .replace(root, () => `<div id="root">${parts.markup}</div>${mark}${data}`);
}
