import type { CommutingFlow } from '../../../data/contract';
import { NATIONAL_AREA, type AreaCode, type RawObservation } from '../source-types';
import type { PxCell, PxDataset } from './px-dataset';
import type { ContentsRef, ScbFlowSource, ScbOutput, ScbSource } from './sources';

/** SCB region codes to the build's form: "00" the nation, two digits a county, four a municipality. */
export function scbArea(code: string): AreaCode | null {
  if (code === '00') return NATIONAL_AREA;
  return /^\d{2}$|^\d{4}$/.test(code) ? code : null;
}

function contentsCodes(datasets: readonly PxDataset[], ref: ContentsRef): Set<string> {
  if (typeof ref === 'string') return new Set([ref]);
  const codes = new Set<string>();
  for (const ds of datasets) {
    for (const c of ds.dimensions.find((d) => d.code === 'ContentsCode')?.categories ?? []) {
      if (ref.test(c.label)) codes.add(c.code);
    }
  }
  if (codes.size !== 1) throw new Error(`${codes.size} contents have a label matching ${ref}`);
  return codes;
}

/**
 * Sums parts into one value. ".." (not available) in any part makes the sum missing, as does having no part
 * with a number; parts marked "-" or "." (nothing to report, not applicable) add nothing.
 */
export function sumParts(parts: readonly PxCell[]): number | null {
  let total = 0;
  let any = false;
  for (const part of parts) {
    if (part.value !== null) {
      total += part.value;
      any = true;
    } else if (part.status !== '-' && part.status !== '.') return null;
  }
  return any ? total : null;
}

function unitFactor(output: ScbOutput, datasets: readonly PxDataset[], contents: Set<string>): number {
  if (output.kind !== 'value' || output.unit !== 'sek_from_tkr') return 1;
  for (const ds of datasets) {
    for (const code of contents) {
      const base = ds.units[code];
      if (base !== undefined && !/tkr|tusen/i.test(base)) {
        throw new Error(`${output.indicator}: expected thousands of SEK (tkr) but SCB says "${base}"`);
      }
    }
  }
  return 1000;
}

/** Cells of every piece grouped by area and year, each group a list of cells. */
function groupByAreaYear(cells: PxCell[], regionVariable: string): Map<string, PxCell[]> {
  const groups = new Map<string, PxCell[]>();
  for (const cell of cells) {
    const key = `${cell.codes[regionVariable]}|${cell.codes.Tid}`;
    const group = groups.get(key);
    if (group) group.push(cell);
    else groups.set(key, [cell]);
  }
  return groups;
}

/** Applies a declared source's outputs to the parsed pieces of its table. */
export function scbObservations(spec: ScbSource, datasets: readonly PxDataset[]): RawObservation[] {
  const observations: RawObservation[] = [];
  const allCells = datasets.flatMap((ds) => ds.cells);
  for (const output of spec.outputs) {
    const contents = contentsCodes(datasets, output.contents);
    const factor = unitFactor(output, datasets, contents);
    const cells = allCells.filter((c) => contents.has(c.codes.ContentsCode ?? ''));
    for (const [key, group] of groupByAreaYear(cells, spec.regionVariable)) {
      const [regionCode = '', yearCode = ''] = key.split('|');
      const area = scbArea(regionCode);
      if (area === null || !/^\d{4}$/.test(yearCode)) continue;
      let value: number | null;
      if (output.kind === 'value') {
        const sum = sumParts(group);
        // tkr x 1000 in binary floating point leaves noise (1234.567 * 1000 = 1234567.0000000002).
        value = sum === null ? null : factor === 1 ? sum : Math.round(sum * factor * 1e6) / 1e6;
      } else {
        const pick = (codes: string[]) => group.filter((c) => codes.includes(c.codes[output.variable] ?? ''));
        const numerator = sumParts(pick(output.numerator));
        const denominator = sumParts(pick(output.denominator));
        value = numerator === null || !denominator ? null : (100 * numerator) / denominator;
      }
      if (value === null) continue;
      observations.push({
        indicator: output.indicator,
        area,
        year: Number(yearCode),
        value,
        source: spec.source,
      });
    }
  }
  return observations;
}

/** Origin-destination cells to flows (sex total). Missing cells stay absent. */
export function scbFlows(spec: ScbFlowSource, datasets: readonly PxDataset[]): CommutingFlow[] {
  const contents = new Set(datasets.flatMap((ds) => ds.cells.map((c) => c.codes.ContentsCode ?? '')));
  if (contents.size > 1)
    throw new Error(`${spec.name}: expected one content, got ${[...contents].join(', ')}`);
  const flows: CommutingFlow[] = [];
  for (const cell of datasets.flatMap((ds) => ds.cells)) {
    const origin = cell.codes[spec.origin] ?? '';
    const destination = cell.codes[spec.destination] ?? '';
    const year = cell.codes.Tid ?? '';
    if (
      cell.value === null ||
      !/^\d{4}$/.test(origin) ||
      !/^\d{4}$/.test(destination) ||
      !/^\d{4}$/.test(year)
    ) {
      continue;
    }
    flows.push({ origin, destination, year: Number(year), sex: 'total', persons: cell.value });
  }
  return flows;
}
