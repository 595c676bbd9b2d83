import type { JoinedProfile } from '../../data/profile-join';
import type { Indicator } from '../../../data/contract';
import type { Lang } from '../../lib/format';
import type { FigureRow } from './figure-rows';

/**
 * Flattens a municipality profile into export rows: one per indicator, the latest value with its source and the
 * county and national figures of the same year. Indicators without a value are kept, with empty value cells,
 * so a reader can see what is missing. A profile asked with `?sex=` exports that view, labelled in each row.
 */
export function profileToFigureRows(
  profile: JoinedProfile,
  catalogue: ReadonlyMap<string, Indicator>,
  lang: Lang,
): FigureRow[] {
  const { municipality } = profile;
  return profile.indicators.map((item) => {
    const { indicator, sex } = item;
    // A sex view replaces the municipal figure and the county's and nation's with its own (the totals would not match).
    const latest = sex ? sex.latest : item.latest;
    const county = sex ? sex.county : item.county;
    const national = sex ? sex.national : item.national;
    // The gap's county and national figures are women's minus men's: say so rather than name a published method.
    const method = (figure: NonNullable<typeof county>) =>
      'derived' in figure && figure.derived && figure.value !== null ? 'derived' : figure.method;
    const definition = catalogue.get(indicator.id);
    const source = latest?.source ?? definition?.sources[0] ?? null;
    return {
      municipality_code: municipality.code,
      municipality_name: municipality.name,
      theme: indicator.theme,
      indicator: indicator.id,
      title: indicator.title[lang],
      year: latest?.year ?? null,
      value: latest?.value ?? null,
      unit: indicator.unit,
      rank: latest?.rank ?? null,
      ranked_of: latest?.n ?? null,
      county_value: county?.value ?? null,
      county_year: county?.year ?? null,
      county_method: county ? method(county) : null,
      national_value: national?.value ?? null,
      national_year: national?.year ?? null,
      national_method: national ? method(national) : null,
      publisher: source?.publisher ?? '',
      table: source?.table ?? '',
      citation: source?.citation ?? '',
      caveat: definition?.caveat?.[lang] ?? '',
      ...(sex ? { sex: sex.view, series: (sex.reason ?? sex.label)[lang] } : {}),
    };
  });
}
