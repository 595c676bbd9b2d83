import type { Indicator, MunicipalityProperties } from '../../data/contract';
import type { ProfileSexDetail, ProfileSexView } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { sexAggregatesOf, sexFigure } from './profile-sex';

/**
 * One indicator's sex view over every year, for the trend chart: the profile's figure of that view (latest, rank,
 * municipal series) plus the county's and the nation's figure of each year of the series, by the same rules as the
 * profile's (nothing is computed here that the profile would not compute). Without a split: unavailable, empty.
 * Women's or men's series must be loaded first (`build.kolada.ensure([id], view)`; a gap loads both).
 */
export function sexDetail(
  build: AtlasBuild,
  indicator: Indicator,
  municipality: MunicipalityProperties,
  view: ProfileSexView,
): ProfileSexDetail {
  const figure = sexFigure(build, indicator, municipality.code, view);
  const perYear = figure.series.map((point) =>
    sexAggregatesOf(build, indicator, municipality.countyCode, view, point.year),
  );
  return {
    ...figure,
    countySeries: perYear.map((figures) => figures.county),
    nationalSeries: perYear.map((figures) => figures.national),
  };
}
