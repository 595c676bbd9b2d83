import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseState, serialiseState, type PlannerState } from '../../../web/planner/url-state';
import { matchRoute } from '../../../web/router/routes';
import { translator } from '../../../web/i18n/translate';

describe('URL state', () => {
  it('round-trips every field a shared link must reproduce', () => {
    const state: PlannerState = {
      indicator: 'population_total',
      year: 2024,
      sex: 'gap',
      classification: 'ckmeans',
      selected: '0617',
      overlays: ['firms'],
      nace: ['24'],
      view: { lon: 14.1234, lat: 57.5, zoom: 7.25 },
      lang: 'en',
      table: true,
      mode: 'index',
      index: { weights: 'work:2,housing:0.5', norm: 'zscore' },
    };
    const query = serialiseState(state);
    expect(query).toContain('i_weights=work:2,housing:0.5');
    expect(query).toContain('view=14.1234,57.5000,7.25');
    expect(query).toContain('sex=gap');
    expect(parseState(query)).toEqual(state);
  });

  it('keeps the default state out of the URL', () => {
    expect(serialiseState(DEFAULT_STATE)).toBe('');
    expect(parseState('')).toEqual(DEFAULT_STATE);
  });

  it('falls back to defaults for malformed parameters', () => {
    const state = parseState(
      '?year=abc&sel=617&class=magic&view=1,2&lang=de&indicator=DROP%20TABLE&sex=female',
    );
    expect(state).toEqual(DEFAULT_STATE);
  });

  it('drops index parameters that are not plain ids, numbers and separators', () => {
    expect(parseState('?mode=index&i_weights=%3Cscript%3E').index).toEqual({});
  });

  it('can switch every overlay off', () => {
    const state = { ...DEFAULT_STATE, overlays: [] };
    expect(parseState(serialiseState(state)).overlays).toEqual([]);
  });
});

describe('routes', () => {
  it('matches the planner, locality and workshop paths', () => {
    expect(matchRoute('/')).toEqual({ name: 'planner' });
    expect(matchRoute('/kommun/0617')).toEqual({ name: 'locality', code: '0617' });
    expect(matchRoute('/workshop/abc')).toEqual({ name: 'workshop', path: '/abc' });
    expect(matchRoute('/kommun/61')).toEqual({ name: 'not-found', pathname: '/kommun/61' });
  });
});

describe('translator', () => {
  it('fills placeholders in both languages', () => {
    expect(translator('en')('rankOf', { rank: 3, n: 290 })).toBe('3 of 290');
    expect(translator('sv')('rankOf', { rank: 3, n: 290 })).toBe('3 av 290');
  });
});
