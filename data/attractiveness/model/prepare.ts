import type { IndexInputs, IndicatorWindow } from '../../contract';
import type { IndexSpec, ResolvedIndicator } from './resolve-spec';
import type { TreatmentChoice, TreatmentReport } from '../../contract';
import { treat } from './treatment';

export interface PreparedIndicator {
  spec: ResolvedIndicator;
  window: IndicatorWindow;
  /** Raw value per municipality (codes order), NaN = missing. */
  raw: Float64Array;
  /** The year each raw value comes from (the window's end for a hypothetical one without a real value). */
  years: Float64Array;
  /** Per municipality, 1 where `raw` holds a hypothetical value rather than the real one. */
  hypothetical: Uint8Array;
  /** After the treatment, NaN = missing. */
  treated: Float64Array;
  treatment: TreatmentReport;
}

/** Inputs lined up with the spec: one row per indicator, one column per municipality, treatment applied. */
export interface PreparedIndex {
  codes: readonly string[];
  indicators: PreparedIndicator[];
  /** Indicator positions per pillar (spec order). */
  members: number[][];
  /** Whether any value was replaced by a what-if: the whole result is then hypothetical. */
  hypothetical: boolean;
}

/** A value a what-if changes: never stored, never in downloads of real figures. */
export interface HypotheticalValue {
  indicator: string;
  code: string;
  value: number;
}

export class MissingInputError extends Error {
  constructor(readonly indicator: string) {
    super(`no input values for indicator "${indicator}"`);
  }
}

/**
 * Line the inputs up with the spec and treat each indicator. With `treatment: 'none'` values stay raw; `fixed`
 * holds a treatment chosen earlier (what-if, properties). A hypothetical value replaces the real one in `raw`.
 */
export function prepareIndex(
  spec: IndexSpec,
  inputs: IndexInputs,
  options: {
    fixed?: Readonly<Record<string, TreatmentChoice>>;
    hypothetical?: readonly HypotheticalValue[];
  } = {},
): PreparedIndex {
  const windows = new Map(inputs.indicators.map((w) => [w.id, w]));
  const { codes } = inputs;
  const n = codes.length;
  const indicators: PreparedIndicator[] = [];
  const members: number[][] = [];
  for (const pillar of spec.pillars) {
    const positions: number[] = [];
    for (const indicator of pillar.indicators) {
      const window = windows.get(indicator.id);
      if (!window) throw new MissingInputError(indicator.id);
      // Plain loops over the codes (no per-entry tuples): this runs for every slider step in the planner.
      const raw = new Float64Array(n);
      const years = new Float64Array(n);
      for (let i = 0; i < n; i += 1) {
        const real = window.values[codes[i]!];
        raw[i] = real?.[0] ?? NaN;
        years[i] = real?.[1] ?? window.to;
      }
      const hypothetical = new Uint8Array(n);
      for (const change of options.hypothetical ?? []) {
        const i = change.indicator === indicator.id ? codes.indexOf(change.code) : -1;
        if (i < 0) continue;
        const real = window.values[change.code];
        hypothetical[i] = real === undefined || real[0] !== change.value ? 1 : 0;
        raw[i] = change.value;
      }
      const present: number[] = [];
      const at: number[] = [];
      for (let i = 0; i < n; i += 1) {
        const v = raw[i]!;
        if (v === v) {
          present.push(v);
          at.push(i);
        }
      }
      const fixed =
        spec.method.treatment === 'none' ? { kind: 'none' as const } : options.fixed?.[indicator.id];
      const { treated: values, report } = treat(present, fixed);
      const treated = new Float64Array(n).fill(NaN);
      for (let k = 0; k < at.length; k += 1) treated[at[k]!] = values[k]!;
      positions.push(indicators.length);
      indicators.push({ spec: indicator, window, raw, years, hypothetical, treated, treatment: report });
    }
    members.push(positions);
  }
  return { codes: inputs.codes, indicators, members, hypothetical: (options.hypothetical ?? []).length > 0 };
}
