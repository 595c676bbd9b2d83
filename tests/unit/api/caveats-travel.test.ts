import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../data/contract';
import type { ProfileResponse, ValuesResponse } from '../../../data/contract/api';
import { buildFile, getJoinedProfile, getJson } from './app-fixture';

const catalogue = buildFile<Indicator[]>('indicators.json');
const withCaveat = catalogue.filter((indicator) => indicator.caveat);

describe('caveats and method notes travel with the data, in both languages', () => {
  it('every profile indicator carries its caveats as the page reads it (Gnosjö, joined with the catalogue)', async () => {
    const body = await getJoinedProfile('/api/municipalities/0617');
    expect(withCaveat.length).toBeGreaterThan(10);
    for (const item of body.indicators) {
      const caveat = catalogue.find((indicator) => indicator.id === item.indicator.id)?.caveat;
      expect(item.indicator.caveats).toEqual(caveat ? [caveat] : []);
    }
  });

  it('the values answer carries the caveat of open unemployment', async () => {
    const { body } = await getJson<ValuesResponse>('/api/indicators/open_unemployment_18_65/values');
    expect(body.indicator.caveats[0]?.en).toContain('not the labour force survey rate');
    expect(body.indicator.caveats[0]?.sv).toContain('inte AKU:s arbetslöshet');
  });

  it('county and national method notes exist in Swedish as well as English', async () => {
    const { body } = await getJson<ProfileResponse>('/api/municipalities/0617');
    const income = body.indicators.find((i) => i.indicator.id === 'median_household_disposable_income')!;
    expect(income.county?.method).toBe('unavailable');
    expect(income.county?.methodText.sv).toBe('en median kan inte beräknas ur kommunernas medianer');
    expect(income.county?.methodText.en).toBe(income.county?.methodNote);
    const population = body.indicators.find((i) => i.indicator.id === 'population_total')!;
    expect(population.county?.methodText.sv).toMatch(/^(publicerat av|beräknat av atlasen)/);
  });
});
