import type {
  Indicator,
  KoladaCatalogueEntry,
  KoladaCatalogueFile,
  ObservationSeries,
} from '../../data/contract';
import type { ParquetReader } from './parquet-reader';
import { KoladaSeriesCache, type KoladaSeriesSource, type SexView } from './series-cache';

type YearMap = ReadonlyMap<number, ObservationSeries>;

/** The whole-Kolada catalogue as the API serves it: indicators by id, aliases, groups and a bounded series cache. */
export interface KoladaIndex {
  idRule: string;
  entries: readonly KoladaCatalogueEntry[];
  skipped: KoladaCatalogueFile['skipped'];
  /** Indicators outside the atlas set, by id. */
  extended: ReadonlyMap<string, Indicator>;
  /** Rule id of a KPI the atlas set carries -> the curated id. */
  aliases: ReadonlyMap<string, string>;
  /** Catalogue entry by indicator id (curated ids included, for their KPI, sex split and description). */
  entryById: ReadonlyMap<string, KoladaCatalogueEntry>;
  /** Operating area -> indicator ids, atlas set first. */
  groups: ReadonlyMap<string, readonly string[]>;
  cache: KoladaSeriesCache;
  /** Loads what these indicators need from Parquet (atlas-set totals are already in memory). */
  ensure(ids: readonly string[], sex?: SexView): Promise<void>;
  /** Several sex views of one answer at once: nothing one view loaded is trimmed before the answer is built. */
  ensureViews(requests: readonly { ids: readonly string[]; sex: SexView }[]): Promise<void>;
  /** Starts the Parquet reader in the background, so the first read does not pay for it. */
  warm(): void;
  /** Closes the Parquet reader; a later read opens it again. */
  close(): void;
}

/** The catalogue entry's id and rules for reading an indicator's KPI from Parquet. */
function seriesSource(indicator: Indicator, entry: KoladaCatalogueEntry): KoladaSeriesSource {
  return {
    indicatorId: indicator.id,
    kpi: entry.indicator.kpi ?? '',
    countyRule: entry.indicator.countyRule,
    nationalRule: entry.indicator.nationalRule,
  };
}

export function indexKolada(
  file: KoladaCatalogueFile,
  curated: ReadonlyMap<string, Indicator>,
  reader: ParquetReader,
): KoladaIndex {
  const extended = new Map<string, Indicator>();
  const aliases = new Map<string, string>();
  const entryById = new Map<string, KoladaCatalogueEntry>();
  const groups = new Map<string, string[]>();
  for (const entry of file.entries) {
    const id = entry.aliasOf ?? entry.indicator.id;
    if (entry.aliasOf) aliases.set(entry.indicator.id, entry.aliasOf);
    else extended.set(id, entry.indicator);
    if (!entryById.has(id)) entryById.set(id, entry);
    for (const group of entry.indicator.groups ?? []) groups.set(group, [...(groups.get(group) ?? []), id]);
  }
  const atlasFirst = (ids: string[]) =>
    [...new Set(ids)].sort((a, b) => Number(curated.has(b)) - Number(curated.has(a)));
  const cache = new KoladaSeriesCache(reader);
  const sourcesOf = (ids: readonly string[], sex: SexView) => {
    const sources: KoladaSeriesSource[] = [];
    for (const raw of ids) {
      const id = aliases.get(raw) ?? raw;
      const entry = entryById.get(id);
      const indicator = curated.get(id) ?? extended.get(id);
      if (!entry || !indicator) continue;
      if (sex === 'total' && curated.has(id)) continue;
      if (sex !== 'total' && !entry.indicator.bySex) continue;
      sources.push(seriesSource(indicator, entry));
    }
    return sources;
  };
  return {
    idRule: file.idRule,
    entries: file.entries,
    skipped: file.skipped,
    extended,
    aliases,
    entryById,
    groups: new Map([...groups].map(([group, ids]) => [group, atlasFirst(ids)])),
    cache,
    warm: () => reader.warm(),
    close: () => reader.close(),
    async ensure(ids, sex = 'total') {
      await cache.ensure(sourcesOf(ids, sex), sex);
    },
    async ensureViews(requests) {
      await cache.ensureViews(requests.map(({ ids, sex }) => ({ sources: sourcesOf(ids, sex), sex })));
    },
  };
}

/**
 * indicator id -> year -> series: the atlas set from observations.json, the rest of Kolada from the cache (present
 * after `ensure`). Iterating lists the atlas set and whatever is cached at that moment.
 */
export class SeriesIndex implements ReadonlyMap<string, YearMap> {
  constructor(
    private readonly curated: ReadonlyMap<string, YearMap>,
    private readonly cache: KoladaSeriesCache,
  ) {}

  get(key: string): YearMap | undefined {
    return this.curated.get(key) ?? this.cache.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.curated.size + this.cache.size;
  }

  *entries(): MapIterator<[string, YearMap]> {
    yield* this.curated.entries();
    for (const key of [...this.cache.keys()]) {
      const value = this.cache.get(key);
      if (value) yield [key, value];
    }
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<YearMap> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, YearMap]> {
    return this.entries();
  }

  forEach(callback: (value: YearMap, key: string, map: ReadonlyMap<string, YearMap>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
