import type { Lang } from '../../lib/format';
import { FIRST_SCREEN_DATA_ID } from './first-screen-data-id';

/** The file (web/public) that sets the first-screen mark right after the server's markup: the CSP allows no inline script. */
export const FIRST_SCREEN_MARK_SCRIPT = '/first-screen-mark.js';

export interface PageParts {
  lang: Lang;
  /** React's markup of the whole app for this URL. */
  markup: string;
  /** The stylesheets of the locality page's chunks (the browser would load them with the chunk, after its script). */
  stylesheets: readonly string[];
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
 * The built index.html with the server's render in it: `<html lang>` of the page's language, the locality
 * stylesheets, the markup in #root, the mark's script right after it, then the answers as data (never executed).
 */
export function pageHtml(template: string, parts: PageParts): string {
  const root = '<div id="root"></div>';
  if (!template.includes(root)) throw new Error('index.html has no empty <div id="root"></div>');
  const links = parts.stylesheets
    .filter((href) => !template.includes(`href="${href}"`))
    .map((href) => `<link rel="stylesheet" href="${attribute(href)}">`)
    .join('');
  const mark = parts.markFor
    ? `<script src="${FIRST_SCREEN_MARK_SCRIPT}" data-code="${attribute(parts.markFor)}"></script>`
    : '';
  const data =
    parts.data === null
      ? ''
      : `<script type="application/json" id="${FIRST_SCREEN_DATA_ID}">${scriptJson(parts.data)}</script>`;
  // Function replacements: a `$` in the markup or the data is text, not a replacement pattern.
  return template
    .replace(/<html lang="[^"]*"/, () => `<html lang="${parts.lang}"`)
    .replace('</head>', () => `${links}</head>`)
    .replace(root, () => `<div id="root">${parts.markup}</div>${mark}${data}`);
}
