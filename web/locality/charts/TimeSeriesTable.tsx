import type { ReactNode } from 'react';
import type { ChartLine } from './TimeSeriesChart';

export interface TimeSeriesTableText {
  /** The disclosure's summary, e.g. "Visa som tabell". */
  summary: string;
  year: string;
  /** Read out where a line has no figure for a year (shown as a dash). */
  missing: string;
}

interface TimeSeriesTableProps {
  /** The chart's title as a node, so a Swedish-only indicator title can be marked on an English page. */
  title: ReactNode;
  lines: readonly ChartLine[];
  formatValue: (value: number) => string;
  text: TimeSeriesTableText;
}

/** The chart's figures as a table, one row per year and one column per line: the same slots the lines draw. */
export function TimeSeriesTable({ title, lines, formatValue, text }: TimeSeriesTableProps) {
  const years = [...new Set(lines.flatMap((line) => line.slots.map((slot) => slot.year)))].sort(
    (a, b) => a - b,
  );
  const byYear = lines.map((line) => new Map(line.slots.map((slot) => [slot.year, slot.value])));
  return (
    <details className="time-series-table">
      <summary>{text.summary}</summary>
      <div className="table-scroll">
        <table className="data-table" data-testid="trend-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{text.year}</th>
              {lines.map((line) => (
                <th key={line.key} scope="col" className="numeric" data-line={line.key}>
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {byYear.map((values, index) => {
                  const value = values.get(year);
                  return (
                    <td key={lines[index]!.key} className="numeric">
                      {value === undefined || value === null ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{text.missing}</span>
                        </>
                      ) : (
                        formatValue(value)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
