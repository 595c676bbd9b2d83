import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '../../../web/lib/format';
import { sourceLabel } from '../../../web/lib/source-label';
import { normaliseIntl } from '../../e2e/support/normalise';

describe('formatNumber', () => {
  it('writes Swedish numbers with a space between thousands and a decimal comma', () => {
    expect(normaliseIntl(formatNumber(10587710, 'sv'))).toBe('10 587 710');
    expect(normaliseIntl(formatNumber(1234.56, 'sv', 1))).toBe('1 234,6');
    expect(normaliseIntl(formatNumber(-3.5, 'sv', 1))).toBe('-3,5');
  });
  it('writes English numbers with commas and a decimal point', () => {
    expect(formatNumber(10587710, 'en')).toBe('10,587,710');
    expect(formatNumber(-3.5, 'en', 1)).toBe('-3.5');
  });
});

describe('formatValue', () => {
  it('adds the unit the way each language writes it', () => {
    expect(normaliseIntl(formatValue(12.34, { unit: 'percent', decimals: 1 }, 'sv'))).toBe('12,3 %');
    expect(formatValue(12.34, { unit: 'percent', decimals: 1 }, 'en')).toBe('12.3%');
    expect(normaliseIntl(formatValue(9131, { unit: 'persons', decimals: 0 }, 'sv'))).toBe('9 131 personer');
    expect(normaliseIntl(formatValue(2450000, { unit: 'sek', decimals: 0 }, 'en'))).toBe('2,450,000 SEK');
    expect(formatValue(1.23, { unit: 'ratio', decimals: 2 }, 'sv')).toBe('1,23');
  });
  it('shows category labels for category indicators', () => {
    const categories = [{ value: -1, label: { sv: 'Underskott', en: 'Shortage' } }];
    expect(formatValue(-1, { unit: 'category', decimals: 0, categories }, 'en')).toBe('Shortage');
  });
});

describe('sourceLabel', () => {
  it('names the publisher from the citation and the table, without the Swedish prefix', () => {
    expect(sourceLabel({ citation: 'Källa: Kolada (RKA)', table: 'N03937' }, 'sv')).toBe(
      'Kolada (RKA), N03937',
    );
    expect(
      sourceLabel({ citation: 'Källa: SCB (BE0101, UF0506), egen bearbetning', table: 'BE0101' }, 'sv'),
    ).toBe('SCB (BE0101, UF0506), egen bearbetning');
  });

  it("writes the citation's Swedish phrases in English on an English page, publisher names as they are", () => {
    expect(
      sourceLabel({ citation: 'Källa: SCB (BE0101, UF0506), egen bearbetning', table: 'BE0101' }, 'en'),
    ).toBe('SCB (BE0101, UF0506), own processing');
    expect(sourceLabel({ citation: 'Egen uppgift (importerad)', table: 'lärlingar.csv' }, 'en')).toBe(
      'Own figure (imported), lärlingar.csv',
    );
    expect(sourceLabel({ citation: 'Källa: Kolada (RKA)', table: 'N03937' }, 'en')).toBe(
      'Kolada (RKA), N03937',
    );
  });
});
