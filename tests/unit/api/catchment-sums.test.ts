import { describe, expect, it } from 'vitest';
import { catchmentSums } from '../../../api/services/catchment-sums';

describe('catchmentSums', () => {
  const urbanTotals = new Map([
    ['0617', 6000],
    ['0662', 8000],
  ]);
  const population = new Map([
    ['0617', 9000],
    ['0662', 10000],
  ]);

  it('sums the urban areas within the radius and splits them by municipality', () => {
    const sums = catchmentSums(
      [
        { municipalityCode: '0617', population: 4000 },
        { municipalityCode: '0617', population: 500 },
        { municipalityCode: '0662', population: 7000 },
      ],
      urbanTotals,
      population,
      ['0617', '0662'],
    );
    expect(sums.sum).toBe(11500);
    expect(sums.municipalities).toEqual([
      { code: '0617', urbanPopulationInRadius: 4500, urbanPopulation: 6000, population: 9000 },
      { code: '0662', urbanPopulationInRadius: 7000, urbanPopulation: 8000, population: 10000 },
    ]);
  });

  it('gives the share of the touched municipalities living outside urban areas', () => {
    const sums = catchmentSums([{ municipalityCode: '0617', population: 4000 }], urbanTotals, population, [
      '0617',
      '0662',
    ]);
    // (9000 - 6000) + (10000 - 8000) = 5000 of 19000
    expect(sums.outsideUrbanAreas).toEqual({ persons: 5000, share: 26.3 });
  });

  it('leaves the share unknown (null, not 0) when no population is known', () => {
    const sums = catchmentSums([], new Map(), new Map(), ['9999']);
    expect(sums.sum).toBe(0);
    expect(sums.outsideUrbanAreas).toEqual({ persons: null, share: null });
    expect(sums.municipalities[0]!.population).toBeNull();
  });

  it('floors a municipality at zero when a cross-border urban area is booked to it', () => {
    const sums = catchmentSums([], new Map([['a', 1200]]), new Map([['a', 1000]]), ['a']);
    expect(sums.outsideUrbanAreas).toEqual({ persons: 0, share: 0 });
  });
});
