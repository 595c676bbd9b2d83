import { describe, expect, it } from 'vitest';
import { languageParts, sourceLabel, sourceLabelParts } from '../../../data/format/source-label';

describe('sourceLabelParts', () => {
  it("marks SCB's Swedish table names, and only them, on an English page", () => {
    expect(
      sourceLabelParts({ citation: 'Källa: SCB', table: 'BE0101 BefolkningNy (BE0101N1)' }, 'en'),
    ).toEqual([
      { text: 'SCB, BE0101 ', sv: false },
      { text: 'BefolkningNy', sv: true },
      { text: ' (BE0101N1)', sv: false },
    ]);
    expect(
      sourceLabelParts({ citation: 'Källa: SCB', table: 'HE0110 TabVX4bDispInkN (000006SY)' }, 'en').filter(
        (part) => part.sv,
      ),
    ).toEqual([{ text: 'TabVX4bDispInkN', sv: true }]);
  });

  it('keeps a Swedish survey name in one run, commas included, and leaves ids and publishers unmarked', () => {
    expect(languageParts('Boverket, Bostadsmarknadsenkäten, bostadsmarknadsläge totalt', 'en')).toEqual([
      { text: 'Boverket, ', sv: false },
      { text: 'Bostadsmarknadsenkäten, bostadsmarknadsläge totalt', sv: true },
    ]);
    expect(sourceLabelParts({ citation: 'Källa: Kolada (RKA)', table: 'N01951' }, 'en')).toEqual([
      { text: 'Kolada (RKA), N01951', sv: false },
    ]);
    expect(
      sourceLabelParts({ citation: 'Källa: SCB (BE0101, UF0506), egen bearbetning', table: 'BE0101' }, 'en'),
    ).toEqual([{ text: 'SCB (BE0101, UF0506), own processing', sv: false }]);
  });

  it('is one unmarked part on a Swedish page, where a derived source reads "härlett"', () => {
    const source = { citation: 'Källa: Kolada (RKA)', table: 'N02201, N02202, N02274 (derived)' };
    expect(sourceLabel(source, 'sv')).toBe('Kolada (RKA), N02201, N02202, N02274 (härlett)');
    expect(sourceLabelParts(source, 'sv')).toEqual([{ text: sourceLabel(source, 'sv'), sv: false }]);
    expect(sourceLabelParts(source, 'en')).toEqual([
      { text: 'Kolada (RKA), N02201, N02202, N02274 (derived)', sv: false },
    ]);
  });
});
