import { createRoute } from '@hono/zod-openapi';
import { MunicipalityCodeParam, ProfileQuery, ProfileResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/build-index';
import { cacheJson, sendCachedJson } from '../http/cached-json';
import { memoise } from '../services/memo';
import { municipalityProfile, profileIndicatorIds, type ProfileOptions } from '../services/profile';
import { errorResponses, newRouter } from './route-kit';

const profileRoute = createRoute({
  method: 'get',
  path: '/{code}',
  operationId: 'getMunicipalityProfile',
  tags: ['municipalities'],
  summary:
    'One municipality: the atlas set or one Kolada group (latest value, series, rank of n, county and national), commuting, peers',
  description:
    'Peers: the same SKR municipality group, the same LA 2022 labour-market region, and the most similar by ' +
    'Euclidean distance over z-scores of a default indicator set or of similarBy=id,id,... (see peers.similar.method).',
  request: { params: MunicipalityCodeParam, query: ProfileQuery },
  responses: {
    200: { description: 'The profile', content: { 'application/json': { schema: ProfileResponse } } },
    ...errorResponses,
  },
});

/** A cached profile holds about 1 MB (object and three encodings); custom peer sets get a small cache of their own. */
const CUSTOM_PROFILE_CACHE = 32;

export const municipalityRoutes = (build: AtlasBuild) => {
  const compute = ({ code, ...options }: ProfileOptions & { code: string }) =>
    cacheJson(ProfileResponse, municipalityProfile(build, code, options));
  // At most one default profile per municipality; arbitrary similarBy lists cannot push memory past a few dozen.
  const defaultProfile = memoise(compute, ({ code }) => code, build.municipalityByCode.size);
  const customProfile = memoise(
    compute,
    ({ code, similarBy, similarCount, group }) =>
      `${code}|${similarBy?.join(',') ?? ''}|${similarCount ?? ''}|${group ?? ''}`,
    CUSTOM_PROFILE_CACHE,
  );
  return newRouter().openapi(profileRoute, async (c) => {
    const { code } = c.req.valid('param');
    const { similarBy, similarCount, group } = c.req.valid('query');
    const custom = similarBy !== undefined || similarCount !== undefined || group !== undefined;
    // The rest of Kolada comes from Parquet: load what this answer needs before the synchronous profile.
    await build.kolada.ensure([
      ...(group === undefined ? [] : profileIndicatorIds(build, group)),
      ...(similarBy ?? []),
    ]);
    return sendCachedJson(
      c,
      custom ? customProfile({ code, similarBy, similarCount, group }) : defaultProfile({ code }),
    );
  });
};
