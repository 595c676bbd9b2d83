/**
 * The locality page's server render (docs/locality-server-render.md): built by Vite as its own SSR bundle beside
 * the dashboard (vite.config.ts), loaded by the API by path (api/http/locality-page.ts). It renders the same
 * components the browser hydrates, from the API's own answers, so the first screen is in the HTML.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import type { LocalityRenderRequest, LocalityRenderResult } from '../../../data/contract/server-render';
import { AppFrame } from '../../AppFrame';
import type { Lang } from '../../lib/format';
import { ServerLocation } from '../../router/location-store';
import { matchRoute } from '../../router/routes';
import { LocalityAlert, LocalityPage } from '../LocalityPage';
import { localityText } from '../texts';
import {
  FirstScreenAnswerError,
  fetchFirstScreenAnswers,
  seedFirstScreenAnswers,
  type FirstScreenAnswers,
} from './first-screen-answers';
import { pageHtml } from './page-html';

/** The build's stylesheets for the first screen, with their text (scripts/vite/first-screen-ssr.ts). */
declare const __FIRST_SCREEN_CSS__: readonly { href: string; css: string }[];

function renderApp(href: string, page: React.ReactNode, client: QueryClient): string {
  return renderToString(
    <ServerLocation.Provider value={href}>
      <QueryClientProvider client={client}>
        <AppFrame route="locality">{page}</AppFrame>
      </QueryClientProvider>
    </ServerLocation.Provider>,
  );
}

/**
 * The HTML of `/kommun/:code` with its first screen; a 404 page when there is no such municipality; null for a
 * path that is not a locality page. Throws when an answer fails otherwise: the API logs it and serves index.html.
 */
export async function renderLocalityPage(
  request: LocalityRenderRequest,
): Promise<LocalityRenderResult | null> {
  const route = matchRoute(request.pathname);
  if (route.name !== 'locality') return null;
  const { code } = route;
  const href = request.pathname + request.search;
  const lang: Lang = new URLSearchParams(request.search).get('lang') === 'en' ? 'en' : 'sv';
  const client = new QueryClient();
  // A render's cache lives as long as the render: cleared, its queries drop their collection timers (up to
  // 30 minutes each), which would keep every answer in memory and the server process from exiting.
  try {
    return await renderWith(client, request, code, href, lang);
  } finally {
    client.clear();
  }
}

async function renderWith(
  client: QueryClient,
  request: LocalityRenderRequest,
  code: string,
  href: string,
  lang: Lang,
): Promise<LocalityRenderResult> {
  let answers: FirstScreenAnswers;
  try {
    answers = await fetchFirstScreenAnswers(request.fetchApi, code, request.search);
  } catch (error) {
    // No such municipality: the page's own 404 message, with a 404 status. Anything else is the API's to log.
    if (error instanceof FirstScreenAnswerError && error.answer === 'profile' && error.status === 404) {
      return notFound(request, href, code, lang, client);
    }
    throw error;
  }
  seedFirstScreenAnswers(client, answers);
  const markup = renderApp(href, <LocalityPage code={code} />, client);
  const html = pageHtml(request.template, {
    lang,
    markup,
    stylesheets: __FIRST_SCREEN_CSS__,
    markFor: code,
    data: answers,
  });
  return { status: 200, html };
}

function notFound(
  request: LocalityRenderRequest,
  href: string,
  code: string,
  lang: Lang,
  client: QueryClient,
): LocalityRenderResult {
  const markup = renderApp(href, <LocalityAlert text={localityText(lang)('notFound', { code })} />, client);
  const html = pageHtml(request.template, {
    lang,
    markup,
    stylesheets: __FIRST_SCREEN_CSS__,
    markFor: null,
    data: null,
  });
  return { status: 404, html };
}
