import { describe, expect, it } from 'vitest';
import type { ProfileResponse } from '../../../data/contract/api';
import { rawKoladaValue } from '../../support/kolada-raw';
import { build, getJson } from './app-fixture';

const GNOSJO = '0617';
const JONKOPING_COUNTY = '06';
const sexRow = (id: string, view: 'women' | 'men' | 'gap') =>
  getJson<ProfileResponse>(`/api/municipalities/${GNOSJO}?indicators=${id}&sex=${view}`).then(
    ({ body }) => body.indicators.find((entry) => entry.indicator.id === id)!.sex!,
  );

describe('county and national figures for women, men and the gap in the profile', () => {
  it("N03920 unemployment: Gnosjö's, Jönköping county's and Sweden's women and men are Kolada's rows", async () => {
    const id = 'unemployment_18_65';
    expect(build.indicatorById.get(id)?.kpi).toBe('N03920');
    const [women, men, gap] = await Promise.all([sexRow(id, 'women'), sexRow(id, 'men'), sexRow(id, 'gap')]);
    const year = women.latest!.year;
    const raw = (geo: string, gender: 'k' | 'm') => rawKoladaValue('N03920', geo, year, gender);
    expect(women.latest?.value).toBe(raw(GNOSJO, 'k'));
    expect(men.latest).toMatchObject({ year, value: raw(GNOSJO, 'm') });
    expect(women.county).toMatchObject({ year, value: raw(JONKOPING_COUNTY, 'k'), method: 'published' });
    expect(women.national).toMatchObject({ year, value: raw('0', 'k'), method: 'published' });
    expect(men.county).toMatchObject({ year, value: raw(JONKOPING_COUNTY, 'm'), method: 'published' });
    expect(men.national).toMatchObject({ year, value: raw('0', 'm'), method: 'published' });
    // One language each: the publisher's short name and the KPI id, no English words on the Swedish side.
    expect(women.national?.methodText).toEqual({
      sv: 'publicerat av Kolada (RKA), N03920',
      en: 'published by Kolada (RKA), N03920',
    });
    expect(women.national?.derived).toBe(false);
    // The gap: women minus men of those very figures, marked derived, with how both halves were obtained.
    expect(gap.latest?.value).toBeCloseTo(raw(GNOSJO, 'k') - raw(GNOSJO, 'm'), 6);
    expect(gap.county?.year).toBe(year);
    expect(gap.county?.value).toBeCloseTo(raw(JONKOPING_COUNTY, 'k') - raw(JONKOPING_COUNTY, 'm'), 6);
    expect(gap.national?.value).toBeCloseTo(raw('0', 'k') - raw('0', 'm'), 6);
    expect(gap.national).toMatchObject({ derived: true });
    expect(gap.national?.methodText.sv).toMatch(/härledd av atlasen: kvinnors värde .* minus mäns/);
    expect(gap.national?.methodText.en).toMatch(/derived by the atlas: women's figure .* minus men's/);
  });

  it('N02274 live-and-work share: no by-sex county or national row, so the reason is given, never zero', async () => {
    const id = 'live_and_work_share';
    expect(build.indicatorById.get(id)?.kpi).toBe('N02274');
    const women = await sexRow(id, 'women');
    const year = women.latest!.year;
    expect(women.latest?.value).toBe(rawKoladaValue('N02274', GNOSJO, year, 'k'));
    // The dump really has no such rows (and has the totals' national row, so this is about the split only).
    expect(() => rawKoladaValue('N02274', '0', year, 'k')).toThrow(/no 0,k,/);
    expect(() => rawKoladaValue('N02274', JONKOPING_COUNTY, year, 'k')).toThrow(/no 06,k,/);
    for (const figure of [women.national, women.county]) {
      expect(figure).toMatchObject({ year, value: null, method: 'unavailable', derived: false });
      expect(figure?.methodText.sv).toMatch(/Kolada publicerar inget värde för kvinnor.*vikt för kvinnor/);
      expect(figure?.methodText.en).toMatch(/Kolada publishes no figure for women.*weight for women/);
    }
    const gap = await sexRow(id, 'gap');
    expect(gap.national).toMatchObject({ value: null, method: 'unavailable', derived: true });
    expect(gap.national?.methodText.en).toMatch(/^no gap: the figure for women is missing/);
  });

  it('a KPI without a split has no county or national figure for a sex', async () => {
    const { body } = await getJson<ProfileResponse>(
      `/api/municipalities/${GNOSJO}?indicators=kolada_n18905&sex=women`,
    );
    expect(body.indicators[0]?.sex).toMatchObject({ available: false, county: null, national: null });
  });
});
