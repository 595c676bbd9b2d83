import { readFileSync } from 'node:fs';
import { IngestError } from '../errors';
import type { KpiFile } from './scan-files';

/**
 * DuckDB reads the 2,900 files in one statement, so its own error names the absolute path and the line. Turn that
 * into the ingest's `file:line: problem` (the path relative to the snapshot, the value that could not be read).
 * Null when the message is not a CSV error of one of these files.
 */
export function csvReadError(message: string, files: readonly KpiFile[]): IngestError | null {
  const line = /CSV Error on Line: (\d+)/.exec(message)?.[1];
  const absolute = /^\s*file = (.+)$/m.exec(message)?.[1]?.trim();
  const file = files.find((entry) => entry.absolute === absolute);
  if (line === undefined || !file) return null;
  const value = /Could not convert string "([^"]*)" to '(\w+)'/.exec(message);
  const problem = value
    ? value[2] === 'DOUBLE'
      ? `not a number: "${value[1]}" (column 3, the value)`
      : `not a whole number: "${value[1]}" (the year)`
    : (/^[^\n]*Error[^\n]*\n?[^\n]*/.exec(message)?.[0] ?? message).replace(/\s+/g, ' ');
  return new IngestError({ file: file.file, line: Number(line) }, problem);
}

/**
 * The 1-based lines of a datapoints file whose geo and year (and gender, in the split by sex) are these: the bad
 * row was found by a query over every file, and a maintainer needs the line to fix it.
 */
export function linesOf(file: KpiFile, key: { geo: string; year: number; gender?: string }): number[] {
  const lines = readFileSync(file.absolute, 'utf8').split(/\r?\n/);
  const found: number[] = [];
  lines.forEach((text, index) => {
    if (index === 0) return;
    const cells = text.split(',');
    const [geo, ...rest] = cells;
    const [gender, year] = key.gender === undefined ? [undefined, rest[0]] : [rest[0], rest[1]];
    if (geo === key.geo && Number(year) === key.year && gender === key.gender) found.push(index + 1);
  });
  return found;
}
