import type { CatalogueTheme, Unit } from '../contract';

/**
 * The id rule for the whole-Kolada catalogue: `kolada_` and the KPI id in lower case (N18905 -> kolada_n18905).
 * It depends on the KPI id alone, so a link stays valid across builds. The curated atlas ids never change; for a
 * KPI they carry, the rule's id is an alias of the curated one.
 */
export const KOLADA_ID_RULE = 'kolada_ + the Kolada KPI id in lower case (N18905 -> kolada_n18905)';
export const koladaIndicatorId = (kpi: string): string => `kolada_${kpi.toLowerCase()}`;

/**
 * Kolada operating area -> atlas theme. An indicator takes the theme of its first area that has one here (areas in
 * Kolada's order); areas not listed (care, finances, culture budgets, politics, ...) are `other`.
 */
export const OPERATING_AREA_THEMES: Readonly<Record<string, CatalogueTheme>> = {
  Förskoleverksamhet: 'skills',
  Skolbarnsomsorg: 'skills',
  'Grundskola åk 0-9 inkl förskoleklass': 'skills',
  'Gymnasieskola åk 1-3': 'skills',
  Vuxenutbildning: 'skills',
  'Anpassad skola': 'skills',
  'Fristående skolor': 'skills',
  'Kommunala skolor': 'skills',
  'Barn och utbildning': 'skills',
  Ettårsklasser: 'skills',
  Flerårsklasser: 'skills',
  Befolkning: 'population',
  Befolkningsprognoser: 'population',
  Befolkningsandelar: 'population',
  Flyktingmottagande: 'population',
  Arbetsmarknadsåtgärder: 'labour',
  'Näringslivsfrämjande åtgärder': 'labour',
  'Allmän regional utveckling': 'labour',
  'Fysisk och teknisk planering': 'housing',
  Folkhälsa: 'quality_of_life',
  'Kultur och fritid': 'quality_of_life',
  Kultur: 'quality_of_life',
  Fritid: 'quality_of_life',
  Miljö: 'quality_of_life',
  'Miljö, hälsa och hållbar utveckling mm': 'quality_of_life',
  'Självskattad hälsa och levnadsvanor': 'quality_of_life',
  Demokrati: 'quality_of_life',
};

export function themeOfAreas(areas: readonly string[]): CatalogueTheme {
  for (const area of areas) {
    const theme = OPERATING_AREA_THEMES[area];
    if (theme) return theme;
  }
  return 'other';
}

/**
 * Kolada joins several operating areas with "," and no space, while one area's own name may contain ", "
 * ("Kommunen, övergripande,Resultaträkning, kommunen" is two areas): split only on a comma not followed by a space.
 */
export function splitOperatingAreas(text: string): string[] {
  return text
    .split(/,(?! )/)
    .map((area) => area.trim())
    .filter((area) => area.length > 0);
}

export interface ParsedUnit {
  unit: Unit;
  /** The unit as Kolada writes it (last comma-separated part of the title), or "" when the title states none. */
  text: string;
  decimals: number;
}

/** A year note at the end of a title, e.g. "antal (-2023)": the unit is what comes before it. */
const YEAR_NOTE = /\s*\(-?\d{4}(-\d{4})?\)\s*$/;

/** The unit from the end of Kolada's title; the spelling varies ("andel (%)", "andel  (%)", "andel(%)"). */
export function parseKoladaUnit(title: string, yesNo: boolean): ParsedUnit {
  const last = title.includes(',') ? title.slice(title.lastIndexOf(',') + 1).trim() : '';
  const text = last.replace(YEAR_NOTE, '').trim();
  if (yesNo) return { unit: 'category', text, decimals: 0 };
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (/\(%\)$/.test(t.replace(/ /g, '')) || /^andel.*%/.test(t))
    return { unit: 'percent', text, decimals: 1 };
  if (t === 'antal') return { unit: 'count', text, decimals: 0 };
  if (t === 'kr/inv' || t === 'kronor/inv') return { unit: 'sek_per_inhabitant', text, decimals: 0 };
  if (t === 'kr' || t === 'kronor') return { unit: 'sek', text, decimals: 0 };
  if (/^antal ?\/ ?1000 inv(ånare)?$/.test(t)) return { unit: 'per_1000_inhabitants', text, decimals: 1 };
  if (/^antal ?\/ ?10 000 inv(ånare)?$/.test(t)) return { unit: 'per_10000_inhabitants', text, decimals: 1 };
  if (/^antal ?\/ ?100 000 inv(ånare)?$/.test(t))
    return { unit: 'per_100000_inhabitants', text, decimals: 0 };
  if (t === 'år') return { unit: 'years', text, decimals: 1 };
  if (t === 'km') return { unit: 'km', text, decimals: 1 };
  return { unit: 'as_written', text, decimals: 2 };
}

/** "Ja=1, Nej=0" (or "Nej=0, delvis=1, alla=2") in the title or description marks a categorical KPI. */
export function parseKoladaCategories(
  title: string,
  description: string,
): { value: number; label: { sv: string; en: string } }[] | undefined {
  const text = `${title} ${description}`;
  if (!/ja\s*=\s*1/i.test(text)) return undefined;
  const found = new Map<number, string>();
  for (const match of text.matchAll(/([A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö ]{0,20}?)\s*=\s*(\d)\b/g)) {
    const value = Number(match[2]);
    if (!found.has(value)) found.set(value, (match[1] ?? '').trim());
  }
  return [...found.entries()]
    .sort(([a], [b]) => a - b)
    .map(([value, label]) => ({ value, label: { sv: label, en: label } }));
}
