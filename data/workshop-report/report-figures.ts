/** Key figures of the locality brief that open the report's annex: values from the current build. */
export const REPORT_FIGURE_IDS = [
  'population_total',
  'employment_rate_20_64',
  'open_unemployment_18_65',
  'commuting_in_share',
  'commuting_out_share',
  'manufacturing_jobs_share',
  'post_secondary_25_64',
  'median_household_disposable_income',
  'housing_market_balance',
] as const;
