import { describe, expect, it } from 'vitest';
import { safeCsvText } from '../../../api/attractiveness/safe-csv-text';

describe('index CSV text cells', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx'])('%j cannot run as a formula', (text) => {
    expect(safeCsvText(text)).toBe(`'${text}`);
  });
  it('ordinary names and citations pass unchanged', () => {
    expect(safeCsvText('Gnosjö')).toBe('Gnosjö');
    expect(safeCsvText('Källa: Kolada N00914')).toBe('Källa: Kolada N00914');
  });
});
