import { normaliseAreaCode } from './area-codes';
import { IngestError, type FileLocation } from './errors';
import type { Reference } from './sources/reference';
import { NATIONAL_AREA, type RawObservation } from './source-types';

/**
 * Collects the observations of one input file, checking what every source must satisfy: a known area code and
 * at most one value per (area, year, indicator). Errors point at the offending cell.
 */
export class ObservationSink {
  readonly observations: RawObservation[] = [];
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly reference: Reference,
    private readonly file: string,
  ) {}

  /** Returns the normalised area code, or throws naming the cell when it is not a known area. */
  area(raw: string, where: FileLocation): string {
    const code = normaliseAreaCode(raw);
    const known =
      code === NATIONAL_AREA ||
      (code !== null && (this.reference.municipalities.has(code) || this.reference.counties.has(code)));
    if (!code || !known) {
      const kind = raw.trim().length === 2 ? 'county' : 'municipality';
      throw new IngestError(where, `unknown ${kind} code "${raw}"`);
    }
    return code;
  }

  add(observation: RawObservation, line: number): void {
    const key = `${observation.indicator}|${observation.area}|${observation.year}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      throw new IngestError(
        { file: this.file, line },
        `duplicate value for ${observation.area}, ${observation.year}, ${observation.indicator} (first on line ${first})`,
      );
    }
    this.seen.set(key, line);
    this.observations.push(observation);
  }
}
