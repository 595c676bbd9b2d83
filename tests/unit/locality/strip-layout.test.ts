import { describe, expect, it } from 'vitest';
import { layoutStrip } from '../../../web/locality/charts/strip-layout';

describe('distribution strip layout', () => {
  it('places values linearly between the paddings and marks subject, peers and median', () => {
    const layout = layoutStrip(
      { values: [0, 5, 10], subject: 5, county: 2.5, nation: null, peers: [10], median: 5 },
      110,
      5,
    );
    expect(layout).toEqual({
      ticks: [5, 55, 105],
      subject: 55,
      county: 30,
      nation: null,
      peers: [105],
      median: 55,
    });
  });

  it('clamps a national figure outside the municipal range to the end, so it stays visible', () => {
    const layout = layoutStrip(
      { values: [1, 2], subject: 1, county: null, nation: 99, peers: [], median: 1.5 },
      100,
      0,
    );
    expect(layout.nation).toBe(100);
    expect(layout.subject).toBe(0);
  });

  it('puts a strip without spread in the middle and a missing subject nowhere', () => {
    const layout = layoutStrip(
      { values: [3, 3], subject: null, county: 3, nation: null, peers: [], median: 3 },
      80,
      4,
    );
    expect(layout.ticks).toEqual([40, 40]);
    expect(layout.subject).toBeNull();
  });
});
