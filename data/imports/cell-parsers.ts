import { Direction, Theme, Unit } from '../contract';
import { PLAUSIBLE_RANGE } from './plausible-values';

/** A cell that failed: the reason is shown next to the line and column. */
export class CellError extends Error {}

/**
 * A number as Swedish or English spreadsheets write it: "12,5", "12.5", "1 234,5" (space or no-break space
 * between thousands), "−3" (Unicode minus).
 * @example parseDecimal("1 234,5") // 1234.5
 */
export function parseDecimal(raw: string): number {
  const compact = raw
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-');
  if (compact === '') throw new CellError('empty: a missing value is left out, not imported as 0');
  const normalised = /^[-+]?\d+,\d+$/.test(compact) ? compact.replace(',', '.') : compact;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalised))
    throw new CellError(`not a number: "${raw}"`);
  const value = Number(normalised);
  if (!Number.isFinite(value)) throw new CellError(`not a finite number: "${raw}"`);
  return value;
}

/**
 * A figure in its unit's plausible range (PLAUSIBLE_RANGE), so no import can push a statistic to Infinity.
 * @example parseValue('12,5', 'percent') // 12.5
 */
export function parseValue(raw: string, unit: Unit): number {
  const value = parseDecimal(raw);
  const { min, max } = PLAUSIBLE_RANGE[unit];
  if (value < min || value > max)
    throw new CellError(`${raw.trim()} is outside the plausible range for unit ${unit} (${min} to ${max})`);
  return value;
}

/** Excel drops the leading zero of "0617": three digits are padded back. */
export function parseMunicipalityCode(raw: string, known?: ReadonlySet<string>): string {
  const trimmed = raw.trim();
  if (!/^\d{3,4}$/.test(trimmed))
    throw new CellError(`a municipality code is four digits, e.g. 0617; found "${raw}"`);
  const code = trimmed.padStart(4, '0');
  if (known && !known.has(code)) throw new CellError(`unknown municipality code "${code}"`);
  return code;
}

export function parseYear(raw: string): number {
  const trimmed = raw.trim();
  if (!/^\d{4}$/.test(trimmed) || Number(trimmed) < 1990 || Number(trimmed) > 2100) {
    throw new CellError(`a year is four digits between 1990 and 2100; found "${raw}"`);
  }
  return Number(trimmed);
}

const UNIT_ALIASES: Record<string, Unit> = {
  '%': 'percent',
  procent: 'percent',
  andel: 'percent',
  kr: 'sek',
  kronor: 'sek',
  antal: 'persons',
  personer: 'persons',
  invånare: 'persons',
  lägenheter: 'dwellings',
  bostäder: 'dwellings',
  kvot: 'ratio',
  år: 'years',
  'per 1000 invånare': 'per_1000_inhabitants',
  'per 100000 invånare': 'per_100000_inhabitants',
  'kr/kvm': 'sek_per_m2',
};

export function parseUnit(raw: string): Unit {
  const key = raw.trim().toLowerCase();
  const unit = Unit.safeParse(key).success ? (key as Unit) : UNIT_ALIASES[key];
  if (!unit)
    throw new CellError(`unknown unit "${raw}"; use one of ${Unit.options.join(', ')} (or %, kr, antal)`);
  return unit;
}

const DIRECTION_ALIASES: Record<string, Direction> = {
  'högre är bättre': 'higher_is_better',
  'higher is better': 'higher_is_better',
  'högre är sämre': 'higher_is_worse',
  'higher is worse': 'higher_is_worse',
  neutral: 'neutral',
  '': 'neutral',
};

export function parseDirection(raw: string): Direction {
  const key = raw.trim().toLowerCase();
  const direction = Direction.safeParse(key).success ? (key as Direction) : DIRECTION_ALIASES[key];
  if (!direction)
    throw new CellError(`direction must be higher_is_better, higher_is_worse or neutral; found "${raw}"`);
  return direction;
}

/** Imported indicators without a theme column are listed under quality of life (the preview says so). */
export const DEFAULT_IMPORT_THEME: Theme = 'quality_of_life';

export function parseTheme(raw: string | undefined): Theme {
  const key = (raw ?? '').trim().toLowerCase();
  if (key === '') return DEFAULT_IMPORT_THEME;
  const theme = Theme.safeParse(key);
  if (!theme.success) throw new CellError(`unknown theme "${raw}"; use one of ${Theme.options.join(', ')}`);
  return theme.data;
}

/** Text with control characters stripped (validateRows cleans every cell), required and at most `max` long. */
export function requireText(raw: string | undefined, what: string, max: number): string {
  const text = (raw ?? '').trim();
  if (text === '') throw new CellError(`${what} is required`);
  return limitText(text, what, max);
}

export function limitText(text: string, what: string, max: number): string {
  if ([...text].length > max)
    throw new CellError(`${what} is at most ${max} characters; this one has ${[...text].length}`);
  return text;
}
