import { NATIONAL_AREA, type AreaCode } from '../source-types';
import type { KoladaDatum } from './kolada-client';

/**
 * Kolada v3 area ids to the build's form: `0000` the nation, `00LL` county LL, four digits a municipality.
 * Municipality groups (`G…`) and anything else are not areas of the atlas: null.
 * @example koladaArea('0006') // '06'
 */
export function koladaArea(id: string): AreaCode | null {
  if (id === '0000') return NATIONAL_AREA;
  const county = /^00(\d{2})$/.exec(id);
  if (county) return county[1]!;
  return /^\d{4}$/.test(id) ? id : null;
}

export type KoladaGender = 'T' | 'K' | 'M';

export interface KoladaPoint {
  kpi: string;
  area: AreaCode;
  year: number;
  gender: KoladaGender;
  value: number;
}

/** Flattens data objects to one point per value; deleted and empty values are dropped, never turned into 0. */
export function normaliseKolada(data: readonly KoladaDatum[]): KoladaPoint[] {
  const points: KoladaPoint[] = [];
  for (const datum of data) {
    const area = koladaArea(datum.municipality);
    if (area === null) continue;
    for (const v of datum.values) {
      if (v.isdeleted === true || v.value === null) continue;
      const gender = v.gender.toUpperCase();
      if (gender !== 'T' && gender !== 'K' && gender !== 'M') continue;
      points.push({ kpi: datum.kpi.toUpperCase(), area, year: datum.period, gender, value: v.value });
    }
  }
  return points;
}
