import type { BrowserContext, Page } from 'playwright-core';
import type { MunicipalityCollection } from '../../../data/contract';
import { openAtlasServer, type AtlasServer } from './atlas-server';
import { isolatedContext, type OffsiteLog } from './browser';
import { textOf } from './page-text';
import { sessionPerFile } from './session-per-file';

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
  origin: string;
  /** The page's text at `selector` (textOf). */
  text: (selector: string) => Promise<string>;
}

export async function openPlannerSession(webName: string): Promise<PlannerSession> {
  const atlas = await openAtlasServer(webName);
  const geometry = (await (await atlas.app.request('/api/municipalities')).json()) as MunicipalityCollection;
  const interior = new Map(geometry.features.map((f) => [f.properties.code, f.properties.interiorPoint]));
  const { context, offsite } = await isolatedContext(atlas.launched.browser, atlas.origin);
  const page = await context.newPage();
  return {
    atlas,
    context,
    offsite,
    page,
    interior,
    allCodes: [...interior.keys()].sort(),
    origin: atlas.origin,
    text: (selector) => textOf(page, selector),
  };
}

/** The planner session of one test file (sessionPerFile). */
export const plannerSessionForFile = (webName: string): PlannerSession =>
  sessionPerFile(
    webName,
    () => openPlannerSession(webName),
    (session) => session.atlas.close(),
  );
