import type { ObservationSeries } from '../../data/contract';
import type { KoladaSex, ParquetReader } from './parquet-reader';
import { gapSeries, seriesFromRows, type SeriesRules } from './series-from-rows';

export type SexView = KoladaSex | 'gap';
type YearMap = ReadonlyMap<number, ObservationSeries>;
type Loaded = ReadonlyMap<string, YearMap>;

/** The key a sex view is cached (and looked up in seriesByIndicator) under: `id` for totals, `id@women` ... */
export const seriesKey = (indicatorId: string, sex: SexView = 'total') =>
  sex === 'total' ? indicatorId : `${indicatorId}@${sex}`;

export interface KoladaSeriesSource extends SeriesRules {
  kpi: string;
}

/**
 * Series read from Parquet on demand and kept in a bounded LRU (never the 4.5 million values at once). Entries
 * are trimmed on a later turn of the event loop, so what `ensure` loaded is still there for the synchronous
 * service call that follows it.
 */
export class KoladaSeriesCache {
  private readonly entries = new Map<string, YearMap>();
  /** Series being read now, by key: the query that will fill them. */
  private readonly inFlight = new Map<string, Promise<Loaded>>();
  private trimScheduled = false;

  constructor(
    private readonly reader: ParquetReader,
    private readonly capacity = 200,
  ) {}

  get(key: string): YearMap | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  get size(): number {
    return this.entries.size;
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  /**
   * Loads the missing ones of these indicators' series for one sex view, in one query. Concurrent first requests
   * for one series share the query already running for it (single flight): 50 clients asking for a KPI nobody
   * has read yet cost one Parquet read, not 50 queued on the one DuckDB connection.
   */
  async ensure(sources: readonly KoladaSeriesSource[], sex: SexView = 'total'): Promise<void> {
    await this.ensureViews([{ sources, sex }]);
  }

  /**
   * Several sex views for one answer (e.g. a profile's totals and women): every read finishes before any entry is
   * stored, so a trim scheduled while one read waits cannot drop what an earlier read of the same answer loaded.
   */
  async ensureViews(
    requests: readonly { sources: readonly KoladaSeriesSource[]; sex: SexView }[],
  ): Promise<void> {
    const flights = new Set<Promise<Loaded>>();
    for (const { sources, sex } of requests) {
      const toRead: KoladaSeriesSource[] = [];
      for (const source of sources) {
        const key = seriesKey(source.indicatorId, sex);
        // A gap is answered with women's and men's series beside it: all three, or read again.
        const needed =
          sex === 'gap'
            ? [key, ...(['women', 'men'] as const).map((s) => seriesKey(source.indicatorId, s))]
            : [key];
        if (needed.every((entry) => this.entries.has(entry))) continue;
        const flight = this.inFlight.get(key);
        if (flight) flights.add(flight);
        else toRead.push(source);
      }
      if (toRead.length > 0) flights.add(this.startRead(toRead, sex));
    }
    if (flights.size === 0) return;
    for (const loaded of await Promise.all(flights))
      for (const [key, series] of loaded) this.entries.set(key, series);
    this.scheduleTrim();
  }

  private startRead(sources: readonly KoladaSeriesSource[], sex: SexView): Promise<Loaded> {
    const keys = sources.map((source) => seriesKey(source.indicatorId, sex));
    const read = this.read(sources, sex);
    for (const key of keys) this.inFlight.set(key, read);
    void read
      .finally(() => {
        for (const key of keys) if (this.inFlight.get(key) === read) this.inFlight.delete(key);
      })
      .catch(() => {});
    return read;
  }

  private async read(missing: readonly KoladaSeriesSource[], sex: SexView): Promise<Loaded> {
    const sexes: KoladaSex[] = sex === 'gap' ? ['women', 'men'] : [sex];
    const rows = await this.reader.rows(
      missing.map((source) => source.kpi),
      sexes,
    );
    const byKey = new Map<string, typeof rows>();
    for (const row of rows) {
      const key = `${row.kpi}|${row.sex}`;
      const list = byKey.get(key) ?? [];
      list.push(row);
      byKey.set(key, list);
    }
    // A gap read keeps women's and men's series too: the gap's county and national figures are made from theirs.
    return new Map(
      missing.flatMap((source): [string, YearMap][] => {
        const of = (s: KoladaSex) => seriesFromRows(source, byKey.get(`${source.kpi}|${s}`) ?? []);
        if (sex !== 'gap') return [[seriesKey(source.indicatorId, sex), of(sex)]];
        const women = of('women');
        const men = of('men');
        return [
          [seriesKey(source.indicatorId, 'gap'), gapSeries(women, men)],
          [seriesKey(source.indicatorId, 'women'), women],
          [seriesKey(source.indicatorId, 'men'), men],
        ];
      }),
    );
  }

  private scheduleTrim(): void {
    if (this.trimScheduled) return;
    this.trimScheduled = true;
    setImmediate(() => {
      this.trimScheduled = false;
      while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    });
  }
}
