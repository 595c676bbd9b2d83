/**
 * The sex views of a split KPI: total (default), women, men, or the gap women − men. A plain list, without zod, so
 * the dashboard's first scripts can offer and read them; `SexView` in ./api-params is its schema.
 */
export const SEX_VIEWS = ['total', 'women', 'men', 'gap'] as const;
export type SexViewName = (typeof SEX_VIEWS)[number];

export const isSexView = (value: string | null): value is SexViewName =>
  SEX_VIEWS.some((view) => view === value);
