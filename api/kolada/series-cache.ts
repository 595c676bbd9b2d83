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

  /** Loads the missing ones of these indicators' series for one sex view, in one query. */
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
    const loaded: [string, YearMap][] = [];
    for (const { sources, sex } of requests) loaded.push(...(await this.read(sources, sex)));
    if (loaded.length === 0) return;
    for (const [key, series] of loaded) this.entries.set(key, series);
    this.scheduleTrim();
  }

  private async read(sources: readonly KoladaSeriesSource[], sex: SexView): Promise<[string, YearMap][]> {
    const missing = sources.filter((source) => !this.entries.has(seriesKey(source.indicatorId, sex)));
    if (missing.length === 0) return [];
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
    return missing.map((source) => {
      const of = (s: KoladaSex) => seriesFromRows(source, byKey.get(`${source.kpi}|${s}`) ?? []);
      return [
        seriesKey(source.indicatorId, sex),
        sex === 'gap' ? gapSeries(of('women'), of('men')) : of(sex),
      ];
    });
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
