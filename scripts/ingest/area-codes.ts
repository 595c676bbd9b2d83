import { NATIONAL_AREA, type AreaCode } from './source-types';

/**
 * Normalises the area codes the sources use to one form: "SE" for Sweden, "06" for a county, "0617" for a
 * municipality. Kolada's DDF files write Sweden as "0" and counties as "06"; the Kolada v3 API writes "0000"
 * and "0006". Returns null for anything else.
 */
export function normaliseAreaCode(raw: string): AreaCode | null {
  const code = raw.trim();
  if (code === '0' || code === '0000' || code === 'SE') return NATIONAL_AREA;
  if (/^\d{2}$/.test(code)) return code;
  if (/^00\d{2}$/.test(code)) return code.slice(2);
  if (/^\d{4}$/.test(code)) return code;
  return null;
}

export type AreaLevel = 'municipality' | 'county' | 'national';

export function areaLevel(code: AreaCode): AreaLevel {
  if (code === NATIONAL_AREA) return 'national';
  return code.length === 2 ? 'county' : 'municipality';
}
