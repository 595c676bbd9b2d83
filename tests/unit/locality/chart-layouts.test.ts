import { describe, expect, it } from 'vitest';
import { dotsPath, layoutDotRow } from '../../../web/locality/charts/dot-plot-layout';
import { alignToExpectedYears } from '../../../web/lib/charts/series-gaps';
import { layoutSparkline } from '../../../web/lib/charts/sparkline-layout';
import { layoutTimeSeries } from '../../../web/locality/charts/time-series-layout';

const box = { width: 400, height: 200, margin: { top: 10, right: 10, bottom: 30, left: 50 } };

describe('layoutTimeSeries', () => {
  const municipality = alignToExpectedYears(
    [
      { year: 2019, value: 60 },
      { year: 2020, value: 62 },
      { year: 2022, value: 66 },
    ],
    [2019, 2020, 2021, 2022],
  );
  const nation = alignToExpectedYears(
    [2019, 2020, 2021, 2022].map((year) => ({ year, value: 70 })),
    [2019, 2020, 2021, 2022],
  );
  const layout = layoutTimeSeries(
    [
      { key: 'municipality', slots: municipality },
      { key: 'nation', slots: nation },
    ],
    box,
  );

  it('starts a new path segment after a missing year instead of bridging it', () => {
    const path = layout.series[0]?.path ?? '';
    expect(path.match(/M/g)).toHaveLength(2);
    expect(layout.series[1]?.path.match(/M/g)).toHaveLength(1);
  });

  it('marks the missing year as a band centred on that year', () => {
    expect(layout.breaks).toHaveLength(1);
    const band = layout.breaks[0];
    expect(band?.from).toBe(2021);
    const x2021 = layout.xTicks.find((tick) => tick.year === 2021)?.x ?? NaN;
    expect(((band?.x0 ?? 0) + (band?.x1 ?? 0)) / 2).toBeCloseTo(x2021, 6);
  });

  it('keeps every line inside the plot area and labels whole years only', () => {
    for (const point of layout.series.flatMap((series) => series.points)) {
      expect(point.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(point.x).toBeLessThanOrEqual(layout.plot.right);
      expect(point.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(point.y).toBeLessThanOrEqual(layout.plot.bottom);
    }
    expect(layout.xTicks.map((tick) => tick.year)).toEqual([2019, 2020, 2021, 2022]);
  });

  it('does not stretch a 60-70 % range down to zero', () => {
    expect(Math.min(...layout.yTicks.map((tick) => tick.value))).toBeGreaterThan(0);
  });
});

describe('layoutSparkline', () => {
  it('draws a single dot where a value stands alone between gaps', () => {
    const slots = alignToExpectedYears(
      [
        { year: 2018, value: 1 },
        { year: 2019, value: 2 },
        { year: 2021, value: 5 },
      ],
      [2018, 2019, 2020, 2021],
    );
    const layout = layoutSparkline(slots, 100, 20, 2);
    expect(layout.isolated).toEqual([{ x: 98, y: 2 }]);
    expect(layout.last).toEqual({ x: 98, y: 2 });
  });

  it('has no path and no last point for a series without values', () => {
    expect(layoutSparkline([{ year: 2020, value: null }], 100, 20)).toEqual({
      path: '',
      last: null,
      isolated: [],
    });
  });
});

describe('layoutDotRow', () => {
  const values = [
    { code: '0617', value: 9131 },
    { code: '0680', value: 147000 },
    { code: '0662', value: 37000 },
    { code: '0604', value: 8000 },
  ];

  it('spans the row from the smallest to the largest municipality and draws the subject last', () => {
    const row = layoutDotRow(values, '0617', ['0662'], [0, 100]);
    expect(row.min).toEqual({ value: 8000, x: 0 });
    expect(row.max).toEqual({ value: 147000, x: 100 });
    expect(row.dots.at(-1)).toMatchObject({ code: '0617', role: 'subject' });
    expect(row.dots.find((dot) => dot.code === '0662')?.role).toBe('comparison');
  });

  it('highlights the peer group under the comparisons and the subject', () => {
    const row = layoutDotRow(values, '0617', ['0662'], [0, 100], null, ['0604', '0662']);
    expect(row.dots.map((dot) => dot.role)).toEqual(['background', 'peer', 'comparison', 'subject']);
  });

  it('lists a comparison without a value as missing instead of placing it at zero', () => {
    const row = layoutDotRow(values, '0617', ['0662', '2580'], [0, 100]);
    expect(row.missing).toEqual(['2580']);
    expect(row.dots.some((dot) => dot.code === '2580')).toBe(false);
  });
});

describe('dotsPath', () => {
  it('draws one closed circle per x, all in one path', () => {
    const path = dotsPath([10, 20.04], 5, 2);
    expect(path).toBe('M8,5a2,2 0 1,0 4,0a2,2 0 1,0 -4,0M18,5a2,2 0 1,0 4,0a2,2 0 1,0 -4,0');
    expect(dotsPath([], 5, 2)).toBe('');
  });
});
