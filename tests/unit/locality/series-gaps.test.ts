import { describe, expect, it } from 'vitest';
import { alignToExpectedYears, findSeriesBreaks } from '../../../web/lib/charts/series-gaps';

describe('alignToExpectedYears', () => {
  it('turns a year the indicator is published for but the municipality lacks into an explicit null', () => {
    const slots = alignToExpectedYears(
      [
        { year: 2020, value: 5 },
        { year: 2022, value: 7 },
      ],
      [2020, 2021, 2022],
    );
    expect(slots).toEqual([
      { year: 2020, value: 5 },
      { year: 2021, value: null },
      { year: 2022, value: 7 },
    ]);
  });

  it('does not invent gaps between the years of a four-yearly series', () => {
    const slots = alignToExpectedYears(
      [
        { year: 2017, value: 0.2 },
        { year: 2021, value: 0.3 },
      ],
      [2017, 2021],
    );
    expect(slots.map((slot) => slot.year)).toEqual([2017, 2021]);
    expect(findSeriesBreaks(slots)).toEqual([]);
  });

  it('keeps a zero as a value, not as missing', () => {
    const slots = alignToExpectedYears([{ year: 2021, value: 0 }], [2020, 2021]);
    expect(slots).toEqual([
      { year: 2020, value: null },
      { year: 2021, value: 0 },
    ]);
  });
});

describe('findSeriesBreaks', () => {
  it('reports runs of missing years inside the series, not before its start or after its end', () => {
    const slots = alignToExpectedYears(
      [
        { year: 2016, value: 1 },
        { year: 2019, value: 2 },
        { year: 2020, value: 3 },
        { year: 2022, value: 4 },
      ],
      [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023],
    );
    expect(findSeriesBreaks(slots)).toEqual([
      { from: 2017, to: 2018 },
      { from: 2021, to: 2021 },
    ]);
  });

  it('finds no break in a series with no values at all', () => {
    expect(findSeriesBreaks([{ year: 2020, value: null }])).toEqual([]);
  });
});
