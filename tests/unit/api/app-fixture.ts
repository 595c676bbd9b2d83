import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../../../api/app';
import { loadBuildCached } from '../../../api/build/load-build';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import type { IndicatorsResponse, ProfileResponse } from '../../../data/contract/api';
import { joinProfile, type JoinedProfile } from '../../../web/data/profile-join';
import { TEST_BUILD_DIR } from '../../support/paths';

/** One app over the real test build, shared by the tests of a file. */
export const build = loadBuildCached(TEST_BUILD_DIR);
export const app = createApp({ build, workshopStore: new SqliteWorkshopStore(':memory:') });

/** A build file read straight from disk, to compare the API's answers with what the ingest wrote. */
export function buildFile<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(TEST_BUILD_DIR, name), 'utf8')) as T;
}

export async function getJson<T = unknown>(
  url: string,
  init?: RequestInit,
): Promise<{ status: number; body: T; res: Response }> {
  const res = await app.request(url, init);
  return { status: res.status, body: (await res.json()) as T, res };
}

export interface ErrorBody {
  error: { code: string; message: string; field: string | null };
}

/**
 * A profile as the pages read it: the answer's figures joined with the atlas catalogue (`GET /api/indicators`) by
 * the dashboard's own `joinProfile`, since the answer names atlas indicators by id only.
 */
export async function getJoinedProfile(url: string): Promise<JoinedProfile> {
  const [profile, atlas] = await Promise.all([
    getJson<ProfileResponse>(url),
    getJson<IndicatorsResponse>('/api/indicators'),
  ]);
  if (profile.status !== 200) throw new Error(`${url} answered ${profile.status}`);
  return joinProfile(profile.body, atlas.body.indicators);
}
