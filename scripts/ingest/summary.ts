/** One line of the end-of-run table. */
export interface SummaryRow {
  source: string;
  rows: number;
  coverage: string;
  warnings: number;
}

/** Plain-text table for the terminal: sources, rows, coverage, warnings. */
export function formatSummary(rows: SummaryRow[], totalWarnings: number, elapsedMs: number): string {
  const header = ['source', 'rows', 'coverage', 'warnings'];
  const cells = rows.map((row) => [row.source, String(row.rows), row.coverage, String(row.warnings)]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => cell[column]?.length ?? 0)),
  );
  const line = (cell: string[]) =>
    cell
      .map((text, column) =>
        column === 1 || column === 3 ? text.padStart(widths[column] ?? 0) : text.padEnd(widths[column] ?? 0),
      )
      .join('  ');
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...cells.map(line),
    `${totalWarnings} warning(s); finished in ${(elapsedMs / 1000).toFixed(1)} s`,
  ].join('\n');
}

export type ProgressReporter = (source: string, rows: number) => void;

export function stderrProgress(quiet: boolean): ProgressReporter {
  return (source, rows) => {
    if (!quiet) process.stderr.write(`ingest: ${source}: ${rows} rows\n`);
  };
}
