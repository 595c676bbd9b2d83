import type { SwitchTimes } from './web-measure';

/** The benchmark's printed table: one row per issue 17 target, dashboard against bare MapLibre. */
export interface Row {
  what: string;
  dashboard: string;
  baseline: string;
  ratio: number;
  target: number;
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
/** The median of each run's median: a run's outlier counts once, not once per switch. */
export const perRun = (runs: SwitchTimes[], pick: (s: SwitchTimes) => number[]) =>
  median(runs.map((r) => median(pick(r))));
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
export const ms = (value: number) => `${value.toFixed(0)} ms`;

export const row = (what: string, dashboard: number, baseline: number, target: number, unit = ms): Row => ({
  what,
  dashboard: unit(dashboard),
  baseline: unit(baseline),
  ratio: dashboard / baseline,
  target,
});

export function printTable(rows: Row[]): void {
  const header = `${'what'.padEnd(44)}${'dashboard'.padStart(11)}${'baseline'.padStart(11)}${'ratio'.padStart(8)}  target`;
  console.log(header);
  for (const row of rows) {
    const verdict = row.ratio <= row.target ? 'met' : 'MISSED';
    console.log(
      `${row.what.padEnd(44)}${row.dashboard.padStart(11)}${row.baseline.padStart(11)}` +
        `${`${row.ratio.toFixed(2)}x`.padStart(8)}  <= ${row.target.toFixed(2)}x ${verdict}`,
    );
  }
}
