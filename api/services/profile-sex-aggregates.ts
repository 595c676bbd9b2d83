import type { Indicator, LocalisedText, ObservationSeries } from '../../data/contract';
import type { AggregateFigure, SexAggregateFigure } from '../../data/contract/api';
import { countyFigure, figure, nationalFigure } from './aggregates';

export type Sex = 'women' | 'men';
export type Area = { kind: 'county'; code: string } | { kind: 'national' };

const WHO: Record<Sex, LocalisedText> = {
  women: { sv: 'kvinnor', en: 'women' },
  men: { sv: 'män', en: 'men' },
};
const COUNT_UNITS: readonly Indicator['unit'][] = ['persons', 'count'];

const areaName = (area: Area): LocalisedText =>
  area.kind === 'national'
    ? { sv: 'riket', en: 'Sweden' }
    : { sv: `län ${area.code}`, en: `county ${area.code}` };

/**
 * Why one sex has no county or national figure. The atlas sums a count only where every municipality has a value
 * for that sex; a mean of rates would need a base of the same sex, and Kolada names none, so none is computed (the
 * totals' population weights would weigh women's rates by everyone).
 */
function noSexFigureReason(indicator: Indicator, sex: Sex, area: Area, year: number): LocalisedText {
  const who = WHO[sex];
  const where = areaName(area);
  const head = {
    sv: `Kolada publicerar inget värde för ${who.sv} i ${where.sv} år ${year}`,
    en: `Kolada publishes no figure for ${who.en} in ${where.en} in ${year}`,
  };
  if (COUNT_UNITS.includes(indicator.unit))
    return {
      sv: `${head.sv}, och en summa kräver ett värde för ${who.sv} i varje kommun, men minst en saknar det`,
      en: `${head.en}, and a sum needs a value for ${who.en} in every municipality, but at least one has none`,
    };
  return {
    sv: `${head.sv}; ett medelvärde av kommunernas värden skulle kräva en vikt för ${who.sv} som Kolada inte anger, så inget beräknas`,
    en: `${head.en}; a mean of the municipal values would need a weight for ${who.en} that Kolada does not name, so none is computed`,
  };
}

/** Women's or men's county or national figure: Kolada's row for that sex, the atlas's sum of a count, or the reason. */
export function sexAggregate(
  indicator: Indicator,
  series: ObservationSeries | undefined,
  year: number,
  sex: Sex,
  area: Area,
): SexAggregateFigure {
  const { method, value } = !series
    ? { method: 'unavailable' as const, value: null }
    : area.kind === 'national'
      ? series.national
      : { method: series.counties.method, value: series.counties.values[area.code] ?? null };
  const sound = series !== undefined && value !== null && (method === 'published' || method === 'sum');
  const result: AggregateFigure = !sound
    ? figure(year, null, 'unavailable', noSexFigureReason(indicator, sex, area, year))
    : area.kind === 'national'
      ? nationalFigure(indicator, series)
      : countyFigure(indicator, series, area.code);
  return { ...result, derived: false };
}

/** Short words for each half of a gap (the publisher's full name is on the row's source line). */
const HOW: Record<'published' | 'sum', LocalisedText> = {
  published: { sv: 'publicerat av Kolada', en: 'published by Kolada' },
  sum: { sv: 'summa av kommunernas värden', en: 'sum of the municipal values' },
};

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** The gap's county or national figure: women's minus men's of the same year, only when both exist; marked derived. */
export function gapAggregate(women: SexAggregateFigure, men: SexAggregateFigure): SexAggregateFigure {
  const year = women.year;
  if (women.value === null || men.value === null) {
    const missing = women.value === null ? women : men;
    const who = WHO[women.value === null ? 'women' : 'men'];
    return {
      ...figure(year, null, 'unavailable', {
        sv: `ingen skillnad: värdet för ${who.sv} saknas (${missing.methodText.sv})`,
        en: `no gap: the figure for ${who.en} is missing (${missing.methodText.en})`,
      }),
      derived: true,
    };
  }
  const how = (figure: SexAggregateFigure) => HOW[figure.method === 'sum' ? 'sum' : 'published'];
  const text = {
    sv: `härledd av atlasen: kvinnors värde (${how(women).sv}) minus mäns (${how(men).sv})`,
    en: `derived by the atlas: women's figure (${how(women).en}) minus men's (${how(men).en})`,
  };
  // Both halves come from Kolada's rows or from sums; the method names the weaker of the two.
  const method = women.method === 'sum' || men.method === 'sum' ? 'sum' : 'published';
  return { ...figure(year, round6(women.value - men.value), method, text), derived: true };
}
