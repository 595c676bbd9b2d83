import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that render WebGL cleanly through SwiftShader in a headless container (see TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-default-browser-check',
];

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Debian's Chromium, never a downloaded one, with a fresh empty profile (playwright makes one per launch).
 * Missing Chromium fails the run: browser tests are never skipped.
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error('Chromium missing: run apt-get install -y chromium');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return { browser, close: () => browser.close() };
}

/** Requests the page tried to send anywhere but the test server: blocked, and counted so a test can assert none. */
export interface OffsiteLog {
  attempted: string[];
}

export async function isolatedContext(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 720 },
): Promise<{ context: BrowserContext; offsite: OffsiteLog }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const offsite: OffsiteLog = { attempted: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offsite.attempted.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, offsite };
}

/** Wait until the map has drawn a colouring (optionally a specific one, e.g. after switching indicator). */
export async function waitForMap(page: Page, fillKey?: string): Promise<string> {
  const handle = await page
    .waitForFunction(
      (expected) => {
        const key = window.__atlas?.fillKey;
        if (!window.__atlasReady || !key) return null;
        if (expected && key !== expected) return null;
        return key;
      },
      fillKey,
      { timeout: 60_000 },
    )
    .catch(async (error: unknown) => {
      // A timeout alone says nothing: name what the page had reached.
      const state = await page
        .evaluate(() => ({ ready: window.__atlasReady ?? null, probe: window.__atlas ?? null }))
        .catch(() => 'page gone');
      throw new Error(`waitForMap(${fillKey ?? 'any'}) timed out; page state: ${JSON.stringify(state)}`, {
        cause: error,
      });
    });
  return (await handle.jsonValue()) as string;
}
