import { describe, expect, it } from 'vitest';
import {
  MAX_COMPARE,
  parseLocalityState,
  toggleCompare,
  toQueryString,
  writeLocalityState,
} from '../../../web/locality/url-state';

describe('locality URL state', () => {
  it('keeps valid, distinct comparison codes and drops the subject itself and junk', () => {
    const state = parseLocalityState(new URLSearchParams('compare=0680,0662,0680,0617,abc,12345'), '0617');
    expect(state.compare).toEqual(['0680', '0662']);
  });

  it('clamps the firm radius to 10-100 km and defaults it to 30 km', () => {
    expect(parseLocalityState(new URLSearchParams('radiusKm=500'), '0617').radiusKm).toBe(100);
    expect(parseLocalityState(new URLSearchParams('radiusKm=2'), '0617').radiusKm).toBe(10);
    expect(parseLocalityState(new URLSearchParams('radiusKm=oops'), '0617').radiusKm).toBe(30);
    expect(parseLocalityState(new URLSearchParams(''), '0617').radiusKm).toBe(30);
  });

  it('writes readable links and round-trips, leaving other parameters alone', () => {
    const params = new URLSearchParams('lang=en');
    const state = {
      compare: ['0680', '0662'],
      similarBy: ['population_total'],
      radiusKm: 50,
      site: 'SE-MET-042',
      group: 'county' as const,
      reachN: 1200,
      reachTarget: 'employed' as const,
      sex: 'gap' as const,
    };
    const written = writeLocalityState(params, state);
    expect(toQueryString(written)).toBe(
      '?lang=en&compare=0680,0662&similarBy=population_total&radiusKm=50&site=SE-MET-042&group=county&reach=1200&target=employed&sex=gap',
    );
    expect(parseLocalityState(written, '0617')).toEqual(state);
  });

  it('compares "stands out" with the peers unless the link names another known group', () => {
    expect(parseLocalityState(new URLSearchParams(''), '0617').group).toBe('peers');
    expect(parseLocalityState(new URLSearchParams('group=nation'), '0617').group).toBe('nation');
    expect(parseLocalityState(new URLSearchParams('group=planet'), '0617').group).toBe('peers');
  });

  it('shows totals unless the link names a known sex view', () => {
    expect(parseLocalityState(new URLSearchParams(''), '0617').sex).toBe('total');
    expect(parseLocalityState(new URLSearchParams('sex=women'), '0617').sex).toBe('women');
    expect(parseLocalityState(new URLSearchParams('sex=female'), '0617').sex).toBe('total');
  });

  it('adds and removes a comparison, up to the maximum', () => {
    let state = parseLocalityState(new URLSearchParams(''), '0617');
    state = toggleCompare(state, '0680');
    expect(state.compare).toEqual(['0680']);
    expect(toggleCompare(state, '0680').compare).toEqual([]);
    for (let i = 0; i < 20; i += 1) state = toggleCompare(state, String(1000 + i));
    expect(state.compare).toHaveLength(MAX_COMPARE);
  });
});
