import type { Indicator } from '../../data/contract';
import type { IndicatorSummary, ProfileIndicator, ProfileResponse } from '../../data/contract/api';
import { summariseIndicator } from '../../data/format/indicator-summary';

/** A profile as the pages read it: each indicator's figures beside what the indicator is (title, unit, caveats). */
export type JoinedProfile = Omit<ProfileResponse, 'indicators' | 'definitions'> & {
  indicators: ProfileIndicator[];
};

/**
 * Puts each entry's summary back beside its figures: from the answer's `definitions` (Kolada KPIs outside the atlas
 * set) or from the atlas catalogue (`GET /api/indicators`), which the profile leaves out to stay small. An entry
 * that neither describes is a server bug and fails the query rather than showing a figure without its unit.
 */
export function joinProfile(profile: ProfileResponse, atlas: readonly Indicator[]): JoinedProfile {
  const { indicators, definitions, ...rest } = profile;
  const summaries = new Map<string, IndicatorSummary>(definitions.map((summary) => [summary.id, summary]));
  const catalogue = new Map(atlas.map((indicator) => [indicator.id, indicator]));
  return {
    ...rest,
    indicators: indicators.map((item) => {
      const { id } = item.indicator;
      const definition = catalogue.get(id);
      const summary = summaries.get(id) ?? (definition ? summariseIndicator(definition) : undefined);
      if (!summary) throw new Error(`the profile names indicator '${id}', which no catalogue describes`);
      return { ...item, indicator: summary };
    }),
  };
}
