import { describe, expect, it } from 'vitest';
import { en } from '../../../web/locality/texts-en';
import { sv } from '../../../web/locality/texts-sv';
import { localityText } from '../../../web/locality/texts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('locality texts', () => {
  it('asks for the same placeholders in Swedish and English', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({
        key,
        placeholders: placeholders(sv[key]),
      });
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(localityText('en')('rankOf', { rank: 3, n: 290 })).toBe('Rank 3 of 290');
    expect(localityText('sv')('rankOf', { rank: 3 })).toBe('Plats 3 av {n}');
  });
});
