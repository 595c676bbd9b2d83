import type { ObservationSeries } from '../../data/contract';
import type { KoladaSex, ParquetReader } from './parquet-reader';
import { gapSeries, seriesFromRows, type SeriesRules } from './series-from-rows';

export type SexView = KoladaSex | 'gap';
type YearMap = ReadonlyMap<number, ObservationSeries>;

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
  private readonly inFlight = new Map<string, Promise<void>>();
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
    const keyOf = (source: KoladaSeriesSource) => seriesKey(source.indicatorId, sex);
    const absent = sources.filter((source) => !this.entries.has(keyOf(source)));
    if (absent.length === 0) return;
    const running = new Set<Promise<void>>();
    const toRead: KoladaSeriesSource[] = [];
    for (const source of absent) {
      const flight = this.inFlight.get(keyOf(source));
      if (flight) running.add(flight);
      else toRead.push(source);
    }
    if (toRead.length > 0) {
      const read = this.read(toRead, sex);
      for (const source of toRead) this.inFlight.set(keyOf(source), read);
      running.add(read);
      void read
        .finally(() => {
          for (const source of toRead)
            if (this.inFlight.get(keyOf(source)) === read) this.inFlight.delete(keyOf(source));
        })
        .catch(() => {});
    }
    await Promise.all(running);
  }

  private async read(missing: readonly KoladaSeriesSource[], sex: SexView): Promise<void> {
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
    for (const source of missing) {
      const of = (s: KoladaSex) => seriesFromRows(source, byKey.get(`${source.kpi}|${s}`) ?? []);
      const series = sex === 'gap' ? gapSeries(of('women'), of('men')) : of(sex);
      this.entries.set(seriesKey(source.indicatorId, sex), series);
    }
    this.scheduleTrim();
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
