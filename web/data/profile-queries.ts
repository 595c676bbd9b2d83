import { queryOptions } from '@tanstack/react-query';
import type { ProfileSexView } from '../../data/contract/api-params';
import {
  ProfileIndicatorResponse,
  ProfileResponse,
  ProfileSeriesResponse,
} from '../../data/contract/api-profile';
import { api } from './api-client';
import { STATIC } from './cache-policy';
import { catalogueQuery } from './catalogue-queries';
import { parsed } from './parse-response';
import { joinProfile } from './profile-join';

/** Which indicators a profile carries: the atlas set by default, one Kolada operating area, or chosen ids. */
export interface ProfileScope {
  group?: string;
  indicators?: readonly string[];
  /** Women's or men's figures, or the derived gap, beside each indicator's totals. */
  sex?: ProfileSexView;
}

/**
 * A municipality's profile; `similarBy` (indicator ids) chooses what its peers are similar in, [] the default.
 * `scope` asks for one Kolada group's indicators or chosen ones (any catalogue id) instead of the atlas set.
 * The answer names the atlas indicators by id only: they are joined here with the catalogue every page holds.
 */
export function profileQuery(code: string, similarBy: readonly string[] = [], scope: ProfileScope = {}) {
  const indicators = scope.indicators?.join(',') ?? '';
  return queryOptions({
    queryKey: ['profile', code, similarBy.join(','), scope.group ?? '', indicators, scope.sex ?? ''],
    ...STATIC,
    queryFn: async (context) => {
      const query = {
        ...(similarBy.length > 0 ? { similarBy: similarBy.join(',') } : {}),
        ...(scope.group === undefined ? {} : { group: scope.group }),
        ...(indicators === '' ? {} : { indicators }),
        ...(scope.sex === undefined ? {} : { sex: scope.sex }),
      };
      const [profile, atlas] = await Promise.all([
        parsed(api.municipalities[':code'].$get({ param: { code }, query }), ProfileResponse),
        context.client.ensureQueryData(catalogueQuery),
      ]);
      return joinProfile(profile, atlas);
    },
  });
}

/**
 * One indicator of a municipality's profile in detail: the county's and the nation's figure for every year (the
 * trend chart's lines), which the profile itself leaves out to stay small. With `sex`, that view's series and
 * figures too (`item.sex`); the totals' answer keeps its own key, which the server render fills.
 */
export function profileIndicatorQuery(code: string, id: string, sex?: ProfileSexView) {
  return queryOptions({
    queryKey: sex ? ['profile-indicator', code, id, sex] : ['profile-indicator', code, id],
    ...STATIC,
    queryFn: () =>
      parsed(
        api.municipalities[':code'].indicators[':id'].$get({
          param: { code, id },
          query: sex ? { sex } : {},
        }),
        ProfileIndicatorResponse,
      ),
  });
}

/**
 * The municipality's series of every atlas indicator, by indicator id: the sparklines and the population trend.
 * Not in the profile, which the first screen waits for and which shows none of them.
 */
export function profileSeriesQuery(code: string) {
  return queryOptions({
    queryKey: ['profile-series', code],
    ...STATIC,
    queryFn: async () => {
      const body = await parsed(
        api.municipalities[':code'].series.$get({ param: { code } }),
        ProfileSeriesResponse,
      );
      return new Map(body.series.map((entry) => [entry.indicator, entry.points]));
    },
  });
}
