import { unavailable } from './types';

/** Why a county or national figure cannot be computed from municipal values (shown to users as is). */
export const NO_AGGREGATE = {
  median: unavailable('a median cannot be computed from municipal medians'),
  subpopulation: unavailable(
    'the population this share or rate is taken of is not in the snapshot, so no exact weighted mean exists',
  ),
  commutingShare: unavailable(
    'commuting between municipalities of the same county is not commuting for the county: not a mean of municipal shares',
  ),
  commutingCount: unavailable(
    "commuting between municipalities of the same county cancels out: a county's count is not the sum of its municipalities'",
  ),
  survey: unavailable(
    'a survey estimate for the municipalities that took part: not computable from their results',
  ),
  salesBase: unavailable('the number and floor area of the sales behind each price are not in the snapshot'),
  category: unavailable("a municipality's own assessment (a category) has no county or national total"),
  taxBase: unavailable('the average tax rate is weighted by the tax base, which is not in the snapshot'),
  changeRate: unavailable('a change rate needs the earlier population of each area; the publisher states it'),
  lifeTable: unavailable('life expectancy comes from life tables, not from municipal values'),
  pupilBase: unavailable('the pupil counts behind this share are not in the snapshot'),
} as const;
