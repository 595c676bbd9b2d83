/**
 * The locality page's first screen against a static page with the same figures (issue 17): header facts,
 * population with year and source, what stands out (value, year, source) and the reach answer. The static page is
 * written by the benchmark from the API's own answers for the same build, never from typed-in numbers, and sets
 * the same User Timing mark when its last element is parsed; the dashboard sets it in the commit that completes its
 * first screen (web/locality/use-first-screen-mark.ts). The mark is set by a same-origin script file, not an inline
 * script: the API's CSP (`script-src 'self'`) blocks inline scripts, which left the mark unset and the row NaN.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { HealthResponse, ProfileResponse } from '../../data/contract/api';
import { FirmsResponse } from '../../data/contract/api-firms';
import { ReachResponse } from '../../data/contract/reach';
import { StandsOutResponse, type StandsOutItem } from '../../data/contract/stands-out';
import { formatNumber } from '../../data/format/format-value';
import { sourceLabel } from '../../data/format/source-label';
import { isolatedContext } from '../../tests/e2e/support/browser';

/** The mark web/locality/use-first-screen-mark.ts sets (scripts do not import the dashboard; the name is the API). */
const FIRST_SCREEN_MARK = 'atlas:first-screen-complete';
/** Gnosjö: the README's example locality, with firms, peers and a reach answer. */
export const LOCALITY_CODE = '0617';
export const STATIC_LOCALITY_PATH = `/bench-locality-${LOCALITY_CODE}.html`;
const STATIC_MARK_SCRIPT = `/bench-locality-${LOCALITY_CODE}.js`;

/** How the generator asks the API (a loopback origin in the bench, `app.request` in the unit test). */
export type ApiFetch = (url: string) => Promise<Response>;

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

async function get<T>(request: ApiFetch, url: string, schema: { parse(body: unknown): T }): Promise<T> {
  const response = await request(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return schema.parse(await response.json());
}

function item(entry: StandsOutItem): string {
  const value = formatNumber(entry.value, 'sv', Number.isInteger(entry.value) ? 0 : 1);
  return `<li>${escape(entry.indicator.title.sv)}: <b>${escape(value)}</b> (${entry.year}) <small>${escape(
    sourceLabel(entry.source, 'sv'),
  )}</small></li>`;
}

/**
 * Writes the static first screen (and its mark script) into `webDir` from the answers `api` gives (the same build
 * and defaults): an origin string or a fetch function.
 */
export async function writeStaticLocalityPage(api: string | ApiFetch, webDir: string): Promise<void> {
  const code = LOCALITY_CODE;
  const request: ApiFetch = typeof api === 'string' ? (url) => fetch(`${api}${url}`) : api;
  const [profile, health, standsOut, firms] = await Promise.all([
    get(request, `/api/municipalities/${code}`, ProfileResponse),
    get(request, '/api/health', HealthResponse),
    get(request, `/api/municipalities/${code}/stands-out?group=peers`, StandsOutResponse),
    get(request, `/api/firms?municipality=${code}`, FirmsResponse),
  ]);
  // The page's default start: the municipality's first listed site, or its centre.
  const site = firms.features[0]?.properties.siteId;
  const start = site ? `site=${encodeURIComponent(site)}` : `municipality=${code}`;
  const reach = await get(request, `/api/reach?${start}&target=age_20_64&n=5000`, ReachResponse);
  const { municipality } = profile;
  const population = profile.indicators.find((i) => i.indicator.id === 'population_total')?.latest;
  const reachText = reach.reached
    ? `${formatNumber(reach.n, 'sv')} ${reach.targetLabel.sv}: ${formatNumber(reach.radiusKm, 'sv', 1)} km`
    : reach.message.sv;
  const html = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${escape(municipality.name)}</title>
<style>body{font:16px/1.4 system-ui,sans-serif;margin:1rem 2rem}dl{display:flex;gap:2rem}dt{font-weight:600}</style>
</head><body>
<header><h1>${escape(municipality.name)} ${municipality.code}</h1><dl>
<div><dt>Län</dt><dd>${escape(municipality.countyName)}</dd></div>
<div><dt>LA-region</dt><dd>${escape(municipality.laName)}</dd></div>
<div><dt>SKR-grupp</dt><dd>${escape(`${municipality.skrGroupCode} ${municipality.skrGroupName}`)}</dd></div>
<div><dt>Befolkning</dt><dd>${
    population
      ? `${escape(formatNumber(population.value, 'sv'))} (${population.year}) ${escape(sourceLabel(population.source, 'sv'))}`
      : 'Saknas'
  }</dd></div>
<div><dt>Data</dt><dd>${escape(health.buildId.slice(0, 8))}</dd></div></dl></header>
<section><h2>Sticker ut</h2><p>${escape(standsOut.rule.sv)}</p>
<h3>Styrkor</h3><ol>${standsOut.strengths.map(item).join('')}</ol>
<h3>Svagheter</h3><ol>${standsOut.weaknesses.map(item).join('')}</ol>
<h3>Anmärkningsvärt</h3><ol>${standsOut.notable.map(item).join('')}</ol></section>
<section><h2>Räckvidd (uppskattning)</h2><p>${escape(reachText)}. ${escape(reach.centre.label)}.</p></section>
<script src="${STATIC_MARK_SCRIPT}"></script>
</body></html>
`;
  const mark = `performance.mark(${JSON.stringify(FIRST_SCREEN_MARK)}, { detail: ${JSON.stringify(code)} });\n`;
  writeFileSync(path.join(webDir, STATIC_MARK_SCRIPT), mark);
  writeFileSync(path.join(webDir, STATIC_LOCALITY_PATH), html);
}

/** One cold load (fresh context, empty cache) until the first-screen mark: its time from navigation start. */
export async function firstScreen(browser: Browser, origin: string, url: string): Promise<number> {
  const { context } = await isolatedContext(browser, origin);
  try {
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime,
      FIRST_SCREEN_MARK,
      { timeout: 120_000, polling: 50 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}
