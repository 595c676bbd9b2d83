import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  BUILD_FILES,
  BuildManifest,
  type BuildChanges,
  type KoladaCatalogueFile,
  KoladaCatalogueFile as KoladaCatalogueSchema,
  koladaParquetOf,
  type ObservationSeries,
  ObservationFile,
} from '../../../data/contract';

const EXAMPLES = 5;

export interface BuildContents {
  indicatorIds: readonly string[];
  series: readonly ObservationSeries[];
  kolada: KoladaCatalogueFile;
  /** The new build's Parquet file (absolute), when the whole of Kolada was read anew rather than copied. */
  parquet: string | null;
}

interface Previous {
  buildId: string;
  indicatorIds: string[];
  series: ObservationSeries[];
  kolada: KoladaCatalogueFile | null;
  parquet: string | null;
}

function readPrevious(dir: string): Previous | null {
  try {
    const manifest = BuildManifest.parse(
      JSON.parse(readFileSync(path.join(dir, BUILD_FILES.manifest), 'utf8')),
    );
    const series = ObservationFile.parse(
      JSON.parse(readFileSync(path.join(dir, BUILD_FILES.observations), 'utf8')),
    );
    const indicators = JSON.parse(readFileSync(path.join(dir, BUILD_FILES.indicators), 'utf8')) as {
      id: string;
    }[];
    const catalogueFile = path.join(dir, BUILD_FILES.koladaCatalogue);
    const kolada = existsSync(catalogueFile)
      ? KoladaCatalogueSchema.parse(JSON.parse(readFileSync(catalogueFile, 'utf8')))
      : null;
    const parquet = koladaParquetOf(manifest.outputs);
    return {
      buildId: manifest.buildId,
      indicatorIds: indicators.map((indicator) => indicator.id),
      series,
      kolada,
      parquet: parquet && existsSync(path.join(dir, parquet)) ? path.join(dir, parquet) : null,
    };
  } catch {
    return null; // no previous build, or one this version cannot read: nothing to compare with
  }
}

const listed = <T>(items: T[]) => ({ count: items.length, examples: items.slice(0, EXAMPLES) });
const koladaIds = (file: KoladaCatalogueFile | null) =>
  (file?.entries ?? []).filter((entry) => !entry.aliasOf).map((entry) => entry.indicator.id);
const koladaYears = (file: KoladaCatalogueFile | null) =>
  (file?.entries ?? []).flatMap((entry) =>
    entry.coverageByYear.filter((y) => y.municipalities > 0).map((y) => `${entry.indicator.id}|${y.year}`),
  );

/**
 * What changed against the build in `previousDir`: indicators added or gone, years added, municipal values revised
 * (counts and a few examples), for the atlas set and the whole of Kolada. Null when there is no previous build.
 */
export async function compareWithPrevious(
  previousDir: string,
  next: BuildContents,
): Promise<BuildChanges | null> {
  const previous = readPrevious(previousDir);
  if (!previous) return null;
  const before = new Set([...previous.indicatorIds, ...koladaIds(previous.kolada)]);
  const after = new Set([...next.indicatorIds, ...koladaIds(next.kolada)]);
  const yearKey = (series: readonly ObservationSeries[]) => series.map((s) => `${s.indicator}|${s.year}`);
  const yearsBefore = new Set([...yearKey(previous.series), ...koladaYears(previous.kolada)]);
  const yearsAdded = [...new Set([...yearKey(next.series), ...koladaYears(next.kolada)])]
    .filter((key) => !yearsBefore.has(key) && before.has(key.split('|')[0]!))
    .sort()
    .map((key) => ({ indicator: key.split('|')[0]!, year: Number(key.split('|')[1]) }));
  const revised = revisedAtlasValues(previous.series, next.series);
  const kolada =
    next.parquet && previous.parquet ? await revisedKoladaValues(previous.parquet, next.parquet) : null;
  return {
    previousBuildId: previous.buildId,
    indicatorsAdded: listed([...after].filter((id) => !before.has(id)).sort()),
    indicatorsGone: listed([...before].filter((id) => !after.has(id)).sort()),
    yearsAdded: listed(yearsAdded),
    valuesRevised: {
      count: revised.count + (kolada?.count ?? 0),
      examples: [...revised.examples, ...(kolada?.examples ?? [])].slice(0, EXAMPLES),
    },
  };
}

type Revision = BuildChanges['valuesRevised']['examples'][number];

function revisedAtlasValues(before: readonly ObservationSeries[], after: readonly ObservationSeries[]) {
  const old = new Map(before.map((series) => [`${series.indicator}|${series.year}`, series]));
  let count = 0;
  const examples: Revision[] = [];
  for (const series of after) {
    const previous = old.get(`${series.indicator}|${series.year}`);
    if (!previous) continue;
    for (const [code, value] of Object.entries(series.municipalities)) {
      const was = previous.municipalities[code];
      if (was === undefined || was === value) continue;
      count += 1;
      if (examples.length < EXAMPLES)
        examples.push({
          indicator: series.indicator,
          year: series.year,
          area: code,
          before: was,
          after: value,
        });
    }
  }
  return { count, examples };
}

/** Municipal totals whose value differs between the two Parquet files (same KPI, year and municipality). */
async function revisedKoladaValues(before: string, after: string) {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '300MB' });
  const db = await instance.connect();
  try {
    const quoted = (file: string) => `'${file.replace(/'/g, "''")}'`;
    const pairs = `
      SELECT a.kpi, a.year, a.geo, b.value AS before, a.value AS after
      FROM read_parquet(${quoted(after)}) a JOIN read_parquet(${quoted(before)}) b
        ON a.kpi = b.kpi AND a.sex = b.sex AND a.year = b.year AND a.geo = b.geo
      WHERE a.sex = 'total' AND b.sex = 'total' AND length(a.geo) = 4 AND a.value <> b.value`;
    const counted = await db.runAndReadAll(`SELECT count(*) AS n FROM (${pairs})`);
    const shown = await db.runAndReadAll(`${pairs} ORDER BY a.kpi, a.year, a.geo LIMIT ${EXAMPLES}`);
    return {
      count: Number(counted.getRowObjectsJS()[0]?.n ?? 0),
      examples: shown.getRowObjectsJS().map((row) => ({
        indicator: `kolada_${String(row.kpi).toLowerCase()}`,
        year: Number(row.year),
        area: String(row.geo),
        before: Number(row.before),
        after: Number(row.after),
      })),
    };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/** One line of the ingest summary. */
export function describeChanges(changes: BuildChanges | null): string {
  if (!changes) return 'no previous build to compare with';
  return (
    `against ${changes.previousBuildId}: ${changes.indicatorsAdded.count} indicators added, ` +
    `${changes.indicatorsGone.count} gone, ${changes.yearsAdded.count} indicator-years added, ` +
    `${changes.valuesRevised.count} values revised`
  );
}
