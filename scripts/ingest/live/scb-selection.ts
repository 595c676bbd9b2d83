import type { TableMetadata, TableVariable } from './scb-metadata';
import type { ScbQuery } from './scb-query';

/**
 * How one variable is selected, stated in terms the metadata can resolve. Codes that no source documents
 * (e.g. TAB1828's contents) are found by their label, as SCB's own users do.
 */
export type SelectionSpec =
  | { kind: 'codes'; codes: string[] }
  | { kind: 'labels'; patterns: RegExp[] }
  | { kind: 'regions'; levels: readonly ('national' | 'county' | 'municipality')[] }
  | { kind: 'years'; from: number; to?: number }
  | { kind: 'singleYearAges'; from: number; to: number }
  | { kind: 'all' }
  /** Leave the variable out when SCB allows it, else pick its total value by code or label. */
  | { kind: 'total' };

const TOTAL_CODES = new Set(['TotSa', 'TotSA', '1+2', 'T', 'tot', 'TOT']);
const TOTAL_LABEL = /^(totalt|samtliga|män och kvinnor|totalt, samtliga)/i;

function regionLevel(code: string): 'national' | 'county' | 'municipality' | null {
  if (code === '00') return 'national';
  if (/^\d{2}$/.test(code)) return 'county';
  if (/^\d{4}$/.test(code)) return 'municipality';
  return null;
}

function requireSome(variable: TableVariable, values: string[], what: string): string[] {
  if (values.length === 0) throw new Error(`variable ${variable.code}: no value matches ${what}`);
  return values;
}

/** The value codes a spec selects, or null when the variable is to be eliminated. */
export function resolveSelection(variable: TableVariable, spec: SelectionSpec): string[] | null {
  const codes = variable.values.map((v) => v.code);
  switch (spec.kind) {
    case 'codes': {
      const missing = spec.codes.filter((c) => !codes.includes(c));
      if (missing.length > 0) throw new Error(`variable ${variable.code} has no value ${missing.join(', ')}`);
      return spec.codes;
    }
    case 'labels':
      return spec.patterns.map((pattern) => {
        const hits = variable.values.filter((v) => pattern.test(v.label));
        if (hits.length !== 1) {
          throw new Error(
            `variable ${variable.code}: ${hits.length} values have a label matching ${pattern}`,
          );
        }
        return hits[0]!.code;
      });
    case 'regions':
      return requireSome(
        variable,
        codes.filter((c) => {
          const level = regionLevel(c);
          return level !== null && spec.levels.includes(level);
        }),
        spec.levels.join('/'),
      );
    case 'years':
      return requireSome(
        variable,
        codes.filter((c) => /^\d{4}$/.test(c) && Number(c) >= spec.from && Number(c) <= (spec.to ?? 9999)),
        `years from ${spec.from}`,
      );
    case 'singleYearAges':
      return requireSome(
        variable,
        codes.filter((c) => /^\d{1,3}$/.test(c) && Number(c) >= spec.from && Number(c) <= spec.to),
        `ages ${spec.from}-${spec.to}`,
      );
    case 'all':
      return codes;
    case 'total': {
      if (variable.elimination) return null;
      const total = variable.values.find((v) => TOTAL_CODES.has(v.code) || TOTAL_LABEL.test(v.label));
      if (!total) throw new Error(`variable ${variable.code} cannot be eliminated and has no total value`);
      return [total.code];
    }
    default: {
      const never: never = spec;
      return never;
    }
  }
}

/** Declared selections of one table: by variable code, plus value codes whose variable the metadata tells. */
export interface TableSelection {
  variables: Record<string, SelectionSpec>;
  /** e.g. ['E90', '18+']: each code must belong to exactly one variable, which is then fixed to that code. */
  fixedValues?: string[];
}

/**
 * Turns a declared selection into a concrete query. Variables neither declared nor fixed are eliminated,
 * which SCB allows only when the metadata says `elimination: true`.
 */
export function buildQuery(metadata: TableMetadata, selection: TableSelection): ScbQuery {
  const fixed = new Map<string, string[]>();
  for (const value of selection.fixedValues ?? []) {
    const owners = metadata.variables.filter((v) => v.values.some((x) => x.code === value));
    if (owners.length !== 1)
      throw new Error(`value ${value} is in ${owners.length} variables of "${metadata.title}"`);
    fixed.set(owners[0]!.code, [...(fixed.get(owners[0]!.code) ?? []), value]);
  }
  const selections: ScbQuery['selections'] = [];
  for (const variable of metadata.variables) {
    const spec = selection.variables[variable.code];
    const values = spec ? resolveSelection(variable, spec) : (fixed.get(variable.code) ?? null);
    if (values) selections.push({ variable: variable.code, values });
    else if (!variable.elimination && !spec) {
      throw new Error(`variable ${variable.code} of "${metadata.title}" is mandatory but not selected`);
    }
  }
  for (const code of Object.keys(selection.variables)) {
    if (!metadata.variables.some((v) => v.code === code)) {
      throw new Error(`"${metadata.title}" has no variable ${code}`);
    }
  }
  return { selections };
}
