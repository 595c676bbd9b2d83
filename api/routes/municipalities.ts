import { createRoute } from '@hono/zod-openapi';
import {
  IndicatorIdParam,
  MunicipalityCodeParam,
  ProfileIndicatorQuery,
  ProfileIndicatorResponse,
  ProfileQuery,
  ProfileResponse,
  ProfileSeriesResponse,
  type ProfileSexView,
} from '../../data/contract/api';
import { StandsOutQuery, StandsOutResponse, type ComparisonGroup } from '../../data/contract/stands-out';
import type { AtlasBuild } from '../build/atlas-build';
import { cacheJson, sendCachedJson } from '../http/cached-json';
import { memoise } from '../services/memo';
import {
  municipalityIndicator,
  municipalityProfile,
  municipalitySeries,
  profileIndicatorIds,
  type ProfileOptions,
} from '../services/profile';
import { standsOut } from '../services/stands-out';
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

const indicatorRoute = createRoute({
  method: 'get',
  path: '/{code}/indicators/{id}',
  operationId: 'getMunicipalityIndicator',
  tags: ['municipalities'],
  summary:
    "One indicator of the profile in detail: the profile's figures plus the county's and the nation's figure for every year",
  description:
    'What the trend chart draws: the municipal series and, for each of its years, the county and national figure ' +
    'with how it was obtained (published, computed by the atlas, or missing with the reason). Any catalogue id. ' +
    "sex=women|men|gap adds that view's series and its county and national figure of every year (item.sex); a " +
    'KPI that Kolada does not split by sex answers item.sex.available = false with the reason, never zeros.',
  request: { params: MunicipalityCodeParam.extend(IndicatorIdParam.shape), query: ProfileIndicatorQuery },
  responses: {
    200: {
      description: 'The indicator in detail',
      content: { 'application/json': { schema: ProfileIndicatorResponse } },
    },
    ...errorResponses,
  },
});

const seriesRoute = createRoute({
  method: 'get',
  path: '/{code}/series',
  operationId: 'getMunicipalitySeries',
  tags: ['municipalities'],
  summary: "The municipality's series of every atlas indicator: the sparklines and the population trend",
  description:
    'Each year the municipality has a value, with the source id of that year. Apart from the profile, which the ' +
    'first screen waits for and which shows no series: the page asks for this answer after its first screen.',
  request: { params: MunicipalityCodeParam },
  responses: {
    200: { description: 'The series', content: { 'application/json': { schema: ProfileSeriesResponse } } },
    ...errorResponses,
  },
});

const standsOutRoute = createRoute({
  method: 'get',
  path: '/{code}/stands-out',
  operationId: 'getStandsOut',
  tags: ['municipalities'],
  summary: 'What stands out: strengths, weaknesses and notable indicators against a comparison group',
  description:
    'Indicators with a direction where the municipality lies at least 0.5 standard deviations (across all ' +
    "municipalities) better or worse than the group's median, latest year; neutral ones as notable. The rule is " +
    'in the answer (rule), in Swedish and English. group: peers (default), county, skr or nation.',
  request: { params: MunicipalityCodeParam, query: StandsOutQuery },
  responses: {
    200: { description: 'What stands out', content: { 'application/json': { schema: StandsOutResponse } } },
    ...errorResponses,
  },
});

/** A cached profile holds about 0.4 MB (object and three encodings); custom peer sets get a small cache of their own. */
const CUSTOM_PROFILE_CACHE = 32;
/** One indicator in detail is a few to 25 KB: the trend charts a session opens, across municipalities. */
const DETAIL_CACHE = 2000;

export const municipalityRoutes = (build: AtlasBuild) => {
  const compute = ({ code, ...options }: ProfileOptions & { code: string }) =>
    cacheJson(ProfileResponse, municipalityProfile(build, code, options));
  // At most one default profile per municipality; arbitrary similarBy lists cannot push memory past a few dozen.
  // The default one is what a locality page waits for first: its bytes decide its p99 (issue 11 §9), so brotli 11.
  const defaultProfile = memoise(
    ({ code }: { code: string }) =>
      cacheJson(ProfileResponse, municipalityProfile(build, code), { best: true }),
    ({ code }) => code,
    build.municipalityByCode.size,
  );
  const series = memoise(
    (code: string) => cacheJson(ProfileSeriesResponse, municipalitySeries(build, code)),
    (code) => code,
    build.municipalityByCode.size,
  );
  const customProfile = memoise(
    compute,
    ({ code, similarBy, similarCount, group, indicators, sex }) =>
      `${code}|${similarBy?.join(',') ?? ''}|${similarCount ?? ''}|${group ?? ''}|${indicators?.join(',') ?? ''}|${sex ?? ''}`,
    CUSTOM_PROFILE_CACHE,
  );
  const standing = memoise(
    ({ code, group }: { code: string; group: ComparisonGroup }) =>
      cacheJson(StandsOutResponse, standsOut(build, code, group)),
    ({ code, group }) => `${code}|${group}`,
    build.municipalityByCode.size,
  );
  const indicatorDetail = memoise(
    ({ code, id, sex }: { code: string; id: string; sex: ProfileSexView | undefined }) =>
      cacheJson(ProfileIndicatorResponse, municipalityIndicator(build, code, id, sex)),
    ({ code, id, sex }) => `${code}|${id}|${sex ?? ''}`,
    DETAIL_CACHE,
  );
  return newRouter()
    .openapi(indicatorRoute, async (c) => {
      const { code, id } = c.req.valid('param');
      const { sex } = c.req.valid('query');
      await build.kolada.ensureViews([{ ids: [id], sex: 'total' }, ...(sex ? [{ ids: [id], sex }] : [])]);
      return sendCachedJson(c, indicatorDetail({ code, id, sex }));
    })
    .openapi(seriesRoute, (c) => sendCachedJson(c, series(c.req.valid('param').code)))
    .openapi(standsOutRoute, (c) => {
      const { code } = c.req.valid('param');
      return sendCachedJson(c, standing({ code, group: c.req.valid('query').group ?? 'peers' }));
    })
    .openapi(profileRoute, async (c) => {
      const { code } = c.req.valid('param');
      const { similarBy, similarCount, group, indicators, sex } = c.req.valid('query');
      const custom = [similarBy, similarCount, group, indicators, sex].some((option) => option !== undefined);
      // The rest of Kolada comes from Parquet: load what this answer needs before the synchronous profile.
      const scoped =
        group === undefined && indicators === undefined ? [] : profileIndicatorIds(build, group, indicators);
      await build.kolada.ensureViews([
        { ids: [...scoped, ...(similarBy ?? [])], sex: 'total' },
        ...(sex ? [{ ids: scoped.length > 0 ? scoped : profileIndicatorIds(build, undefined), sex }] : []),
      ]);
      return sendCachedJson(
        c,
        custom
          ? customProfile({ code, similarBy, similarCount, group, indicators, sex })
          : defaultProfile({ code }),
      );
    });
};
