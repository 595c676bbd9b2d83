import { describe, expect, it } from 'vitest';
import { WeightSetError } from '../../../data/attractiveness/model';
import { weightSetFromParams } from '../../../data/attractiveness/weight-set-params';
import { ApiError } from '../../../web/data/api-client';
import {
  indexErrorParts,
  WEIGHT_SET_ERROR_DICTIONARIES,
} from '../../../web/attractiveness/weight-set-error-text';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const thrown = (run: () => unknown): WeightSetError => {
  try {
    run();
  } catch (error) {
    if (error instanceof WeightSetError) return error;
    throw error;
  }
  throw new Error('expected a WeightSetError');
};

describe('weight set errors in the page language', () => {
  it('has a Swedish text for every code with the same parameters as the English one', () => {
    const { sv, en } = WEIGHT_SET_ERROR_DICTIONARIES;
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    for (const code of Object.keys(en) as (keyof typeof en)[]) {
      expect(sv[code]).not.toBe(en[code]);
      // invalid_method's detail is zod's English message: the Swedish text leaves it out.
      if (code !== 'invalid_method') expect(placeholders(sv[code]), code).toEqual(placeholders(en[code]));
    }
  });

  it('carries a code and parameters; the API keeps its English message', () => {
    const error = thrown(() => weightSetFromParams((name) => (name === 'weights' ? 'work:-1' : null)));
    expect(error).toMatchObject({ parameter: 'weights', code: 'weight_negative', params: { key: 'work' } });
    expect(error.message).toBe('weight of "work" is negative');
  });

  it('says a refused weight set by its code, with the parameter apart as code', () => {
    const error = new WeightSetError('add', 'unknown_pillar', { pillar: 'hamnar' });
    expect(indexErrorParts(error, 'sv')).toEqual({
      text: 'okänd pelare "hamnar"',
      field: { before: '(parameter: ', name: 'add', after: ')' },
    });
    expect(indexErrorParts(error, 'en').text).toBe('unknown pillar "hamnar"');
    const zero = new WeightSetError('weights', 'all_weights_zero');
    expect(indexErrorParts(zero, 'sv').text).toBe('alla vikter är noll: det finns inget att väga samman');
  });

  it('says a failed request by its API code, never its English message', () => {
    const failed = new ApiError(429, 'too many requests', 'rate_limited', null);
    expect(indexErrorParts(failed, 'sv')).toEqual({
      text: 'för många förfrågningar just nu, försök igen om en stund',
      field: null,
    });
    expect(indexErrorParts(new TypeError('Failed to fetch'), 'en').text).toBe('no contact with the server');
  });
});
