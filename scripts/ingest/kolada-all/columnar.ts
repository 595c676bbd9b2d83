import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { KoladaYearCoverage } from '../../../data/contract';
import { IngestError } from '../errors';
import { datapointsFile } from '../sources/kolada-ddf';
import { csvReadError, linesOf } from './row-errors';
import { bySexFile } from './scan-files';
import type { KpiFile } from './scan-files';

/** Prices of 0 SEK mean no recorded sale (data README): missing, not zero. */
export const ZERO_IS_MISSING_KPIS = ['N07908', 'N07909'];

export interface ColumnarInput {
  totals: KpiFile[];
  bySex: KpiFile[];
  /** Municipality code -> county code, from the reference table. */
  countyOf: ReadonlyMap<string, string>;
  /** KPIs whose county and national figures may be summed where Kolada publishes none (counts). */
  summable: ReadonlySet<string>;
  /** The build's temporary directory: the Parquet files go under it. */
  outDir: string;
  /** The Parquet file's name relative to outDir (it carries the build id). */
  parquetFile: string;
}

export interface ColumnarResult {
  coverage: Map<string, KoladaYearCoverage[]>;
  /** KPIs with women and men rows. */
  bySex: Set<string>;
  /** Rows per Parquet file (relative path). */
  parquet: { file: string; rows: number }[];
  totalValues: number;
}

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;
const fileList = (files: KpiFile[]) => `[${files.map((f) => sqlString(f.absolute)).join(', ')}]`;
const KPI_AT = 'ddf--datapoints--'.length;
const kpiFromFile = `upper(substr(parse_filename(filename), ${KPI_AT + 1}, 6))::kpi_t`;

/**
 * Reads every Kolada datapoints file with DuckDB (positional columns: each file names its value column after its
 * KPI), checks the rows, adds county and national sums for counts, and writes the observations as Parquet laid out
 * for the API's access path (by indicator). Runs in the ingest process only; memory is capped by DuckDB's own limit.
 */
export async function buildColumnar(input: ColumnarInput): Promise<ColumnarResult> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '500MB' });
  const db = await instance.connect();
  try {
    await loadRows(db, input);
    await checkRows(db, input);
    await addSums(db, input);
    mkdirSync(path.join(input.outDir, 'kolada'), { recursive: true });
    const parquet = await writeParquet(db, input.outDir, input.parquetFile);
    const coverage = await readCoverage(db);
    const sexRows = await db.runAndReadAll(`SELECT DISTINCT kpi FROM obs WHERE sex <> 'total'`);
    const bySex = new Set(sexRows.getRowObjectsJS().map((row) => String(row.kpi)));
    const count = await db.runAndReadAll(`SELECT count(*) AS n FROM obs WHERE origin = 'published'`);
    return { coverage, bySex, parquet, totalValues: Number(count.getRowObjectsJS()[0]?.n ?? 0) };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

async function run(db: DuckDBConnection, sql: string, folder: string, files: KpiFile[]): Promise<void> {
  try {
    await db.run(sql);
  } catch (error) {
    // DuckDB's CSV errors name the file and line ("CSV Error on Line: 5 ... file = ...").
    const message = error instanceof Error ? error.message : String(error);
    throw (
      csvReadError(message, files) ??
      new IngestError({ file: folder }, `could not read: ${message.split('\n').slice(0, 4).join(' ')}`)
    );
  }
}

/**
 * KPI, sex and origin are ENUMs and the year a SMALLINT: a grouping or a Parquet write over 7 million rows then
 * compares small integers instead of strings. The KPI comes from the fixed place of the id in the file name
 * (`ddf--datapoints--n01951--by--…`); a name that does not fit was already skipped by the folder scan.
 */
async function loadRows(db: DuckDBConnection, input: ColumnarInput): Promise<void> {
  const places = [
    `('0', NULL)`,
    ...[...new Set(input.countyOf.values())].map((county) => `(${sqlString(county)}, NULL)`),
    ...[...input.countyOf].map(([code, county]) => `(${sqlString(code)}, ${sqlString(county)})`),
  ];
  await db.run(`CREATE TABLE places (geo VARCHAR PRIMARY KEY, county VARCHAR)`);
  await db.run(`INSERT INTO places VALUES ${places.join(', ')}`);
  const kpis = [...new Set([...input.totals, ...input.bySex].map((file) => file.kpi))].sort();
  await db.run(`CREATE TYPE kpi_t AS ENUM (${(kpis.length > 0 ? kpis : ['-']).map(sqlString).join(', ')})`);
  await db.run(`CREATE TYPE sex_t AS ENUM ('total', 'women', 'men')`);
  await db.run(`CREATE TYPE origin_t AS ENUM ('published', 'sum')`);
  await db.run(`CREATE TABLE summable (kpi kpi_t)`);
  const summable = [...input.summable].filter((kpi) => kpis.includes(kpi));
  if (summable.length > 0)
    await db.run(`INSERT INTO summable VALUES ${summable.map((k) => `(${sqlString(k)})`).join(', ')}`);
  const zeroMissing = ZERO_IS_MISSING_KPIS.filter((kpi) => kpis.includes(kpi)).map(sqlString);
  await db.run(
    `CREATE TABLE obs (kpi kpi_t, sex sex_t, year SMALLINT, geo VARCHAR, value DOUBLE, origin origin_t)`,
  );
  if (input.totals.length > 0) {
    await run(
      db,
      `INSERT INTO obs SELECT ${kpiFromFile}, 'total', year, geo, value, 'published'
       FROM read_csv(${fileList(input.totals)}, filename = true, header = true, auto_detect = false,
         columns = {'geo': 'VARCHAR', 'year': 'INTEGER', 'value': 'DOUBLE'})
       WHERE value IS NOT NULL`,
      'kolada/datapoints--by--geo--year',
      input.totals,
    );
  }
  if (input.bySex.length > 0) {
    await run(
      db,
      `INSERT INTO obs SELECT ${kpiFromFile}, CASE gender WHEN 'k' THEN 'women' WHEN 'm' THEN 'men' END, year, geo, value,
         'published'
       FROM read_csv(${fileList(input.bySex)}, filename = true, header = true, auto_detect = false,
         columns = {'geo': 'VARCHAR', 'gender': 'VARCHAR', 'year': 'INTEGER', 'value': 'DOUBLE'})
       WHERE value IS NOT NULL`,
      'kolada/datapoints--by--geo--gender--year',
      input.bySex,
    );
  }
  await checkGender(db, input.bySex);
  if (zeroMissing.length > 0)
    await db.run(`DELETE FROM obs WHERE value = 0 AND kpi IN (${zeroMissing.join(', ')})`);
}

/** A gender other than k/m was loaded as a NULL sex: read that one file again to name the value. */
async function checkGender(db: DuckDBConnection, bySex: KpiFile[]): Promise<void> {
  const bad = await db.runAndReadAll(`SELECT kpi FROM obs WHERE sex IS NULL LIMIT 1`);
  const kpi = bad.getRowObjectsJS()[0]?.kpi;
  if (kpi === undefined) return;
  const file = bySex.find((entry) => entry.kpi === String(kpi));
  const genders = await db.runAndReadAll(
    `SELECT DISTINCT gender FROM read_csv(${fileList(file ? [file] : [])}, header = true, auto_detect = false,
       columns = {'geo': 'VARCHAR', 'gender': 'VARCHAR', 'year': 'INTEGER', 'value': 'DOUBLE'})
     WHERE gender NOT IN ('k', 'm') LIMIT 1`,
  );
  throw new IngestError(
    { file: bySexFile(String(kpi)) },
    `gender "${String(genders.getRowObjectsJS()[0]?.gender ?? '')}" is neither k (women) nor m (men)`,
  );
}

/** Bad rows stop the build with the file, the line and the offending key; the previous build stays in place. */
async function checkRows(db: DuckDBConnection, input: ColumnarInput): Promise<void> {
  const locate = (row: Record<string, unknown>) => {
    const total = row.sex === 'total';
    const kpi = String(row.kpi);
    const file = (total ? input.totals : input.bySex).find((entry) => entry.kpi === kpi);
    const name = total ? datapointsFile(kpi) : bySexFile(kpi);
    const gender = total ? undefined : row.sex === 'women' ? 'k' : 'm';
    const lines = file ? linesOf(file, { geo: String(row.geo), year: Number(row.year), gender }) : [];
    return { name, lines };
  };
  const badGeo = await db.runAndReadAll(
    `SELECT kpi, sex, geo, year FROM obs WHERE geo NOT IN (SELECT geo FROM places) LIMIT 1`,
  );
  for (const row of badGeo.getRowObjectsJS()) {
    const { name, lines } = locate(row);
    throw new IngestError(
      { file: name, ...(lines[0] !== undefined ? { line: lines[0], column: 1 } : {}) },
      `geo "${String(row.geo)}" (year ${String(row.year)}) is neither 0 (Sweden), a county nor a municipality code`,
    );
  }
  const duplicates = await db.runAndReadAll(
    `SELECT kpi, sex, year, geo, count(*) AS n FROM obs GROUP BY kpi, sex, year, geo HAVING count(*) > 1 LIMIT 1`,
  );
  for (const row of duplicates.getRowObjectsJS()) {
    const { name, lines } = locate(row);
    const first = lines[0] !== undefined ? ` (first on line ${lines[0]})` : '';
    throw new IngestError(
      { file: name, ...(lines[1] !== undefined ? { line: lines[1] } : {}) },
      `duplicated (kpi, geo, year): ${String(row.kpi)} ${String(row.geo)} ${String(row.year)} appears ${String(row.n)} times${first}`,
    );
  }
}

/**
 * Counts only: a county sum where every member municipality has a value and Kolada published no county row that
 * year; a national sum where all 290 have one and no national row exists. Nothing partial, no means.
 */
async function addSums(db: DuckDBConnection, input: ColumnarInput): Promise<void> {
  const municipalities = input.countyOf.size;
  await db.run(`
    INSERT INTO obs
    WITH municipal AS (
      SELECT o.kpi, o.sex, o.year, p.county, o.value FROM obs o SEMI JOIN summable s ON s.kpi = o.kpi
      JOIN places p ON p.geo = o.geo
      WHERE length(o.geo) = 4
    ), members AS (SELECT county, count(*) AS n FROM places WHERE length(geo) = 4 GROUP BY county),
    published AS (
      SELECT DISTINCT o.kpi, o.sex, o.year, length(o.geo) = 2 AS county
      FROM obs o SEMI JOIN summable s ON s.kpi = o.kpi WHERE length(o.geo) < 4
    ), county_sums AS (
      SELECT kpi, sex, year, county AS geo, round(sum(value), 6) AS value, count(*) AS n
      FROM municipal GROUP BY kpi, sex, year, county
    ), nation_sums AS (
      SELECT kpi, sex, year, '0' AS geo, round(sum(value), 6) AS value, count(*) AS n
      FROM municipal GROUP BY kpi, sex, year
    )
    SELECT c.kpi, c.sex, c.year, c.geo, c.value, 'sum' FROM county_sums c JOIN members mb ON mb.county = c.geo
    ANTI JOIN (SELECT * FROM published WHERE county) p ON p.kpi = c.kpi AND p.sex = c.sex AND p.year = c.year
    WHERE c.n = mb.n
    UNION ALL
    SELECT n.kpi, n.sex, n.year, n.geo, n.value, 'sum' FROM nation_sums n
    ANTI JOIN (SELECT * FROM published WHERE NOT county) p ON p.kpi = n.kpi AND p.sex = n.sex AND p.year = n.year
    WHERE n.n = ${municipalities}
  `);
}

/**
 * Rows stay in the order they were read: file by file (one KPI each, files sorted by KPI) for the totals, then the
 * split by sex, then the computed sums. So every row group spans a narrow range of KPIs and a query for one KPI
 * reads about three row groups, without paying for a sort of 7 million rows.
 */
async function writeParquet(
  db: DuckDBConnection,
  outDir: string,
  file: string,
): Promise<ColumnarResult['parquet']> {
  const byIndicator = path.join(outDir, file);
  await db.run(
    `COPY (SELECT kpi, sex, year, geo, value, origin FROM obs) TO ${sqlString(byIndicator)}
     (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 30720)`,
  );
  const counts = await db.runAndReadAll(`SELECT count(*) AS total FROM obs`);
  return [{ file, rows: Number(counts.getRowObjectsJS()[0]?.total ?? 0) }];
}

async function readCoverage(db: DuckDBConnection): Promise<Map<string, KoladaYearCoverage[]>> {
  const result = await db.runAndReadAll(`
    SELECT kpi, year,
      count(*) FILTER (WHERE length(geo) = 4) AS municipalities,
      count(*) FILTER (WHERE length(geo) = 2 AND origin = 'published') AS counties,
      bool_or(geo = '0' AND origin = 'published') AS national
    FROM obs WHERE sex = 'total' GROUP BY kpi, year ORDER BY kpi, year`);
  const coverage = new Map<string, KoladaYearCoverage[]>();
  for (const row of result.getRowObjectsJS()) {
    const kpi = String(row.kpi);
    const list = coverage.get(kpi) ?? [];
    list.push({
      year: Number(row.year),
      municipalities: Number(row.municipalities),
      publishedCounties: Number(row.counties),
      publishedNational: row.national === true,
    });
    coverage.set(kpi, list);
  }
  return coverage;
}
