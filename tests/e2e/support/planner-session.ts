import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { MunicipalityCollection } from '../../../data/contract';
import { openAtlasServer, type AtlasServer } from './atlas-server';
import { isolatedContext, type OffsiteLog } from './browser';
import { normaliseIntl } from './normalise';

export const GNOSJO = '0617';
export const LULEA = '2580';

/** One server, one browser and one page the planner files walk through in order, with each municipality's point. */
export interface PlannerSession {
  atlas: AtlasServer;
  context: BrowserContext;
  offsite: OffsiteLog;
  page: Page;
  /** Interior point of each municipality, by code: where a pointer lands on it. */
  interior: Map<string, [number, number]>;
  /** All 290 codes, sorted. */
  allCodes: string[];
}

export async function openPlannerSession(webName: string): Promise<PlannerSession> {
  const atlas = await openAtlasServer(webName);
  const geometry = (await (await atlas.app.request('/api/municipalities')).json()) as MunicipalityCollection;
  const interior = new Map(geometry.features.map((f) => [f.properties.code, f.properties.interiorPoint]));
  const { context, offsite } = await isolatedContext(atlas.launched.browser, atlas.origin);
  const page = await context.newPage();
  return { atlas, context, offsite, page, interior, allCodes: [...interior.keys()].sort() };
}

/** The first element's visible text, whitespace collapsed and Intl's spaces made plain. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return normaliseIntl((await page.locator(selector).first().innerText()).replace(/\s+/g, ' '));
}

/**
 * The session of one test file, opened before its first test and closed after its last: read its fields inside
 * tests only (they exist once beforeAll has run).
 */
export function plannerSessionForFile(
  webName: string,
): PlannerSession & { origin: string; text: (selector: string) => Promise<string> } {
  let session: PlannerSession | undefined;
  beforeAll(async () => {
    session = await openPlannerSession(webName);
  });
  afterAll(async () => {
    await session?.atlas.close();
  });
  const open = () => {
    if (!session) throw new Error(`${webName}: the planner session is read before beforeAll opened it`);
    return session;
  };
  return {
    get atlas() {
      return open().atlas;
    },
    get context() {
      return open().context;
    },
    get offsite() {
      return open().offsite;
    },
    get page() {
      return open().page;
    },
    get interior() {
      return open().interior;
    },
    get allCodes() {
      return open().allCodes;
    },
    get origin() {
      return open().atlas.origin;
    },
    text: (selector) => textOf(open().page, selector),
  };
}
