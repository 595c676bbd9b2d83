import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

export type KoladaSex = 'total' | 'women' | 'men';

export interface KoladaRow {
  kpi: string;
  sex: KoladaSex;
  year: number;
  geo: string;
  value: number;
  origin: 'published' | 'sum';
}

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Reads the build's Parquet files with an in-process DuckDB (one connection, a small memory limit). Every query
 * filters on the sort key of one file, so DuckDB reads only the row groups that hold the answer.
 */
export class ParquetReader {
  private connection: Promise<DuckDBConnection> | null = null;
  private readonly byIndicator: string;

  /** `file`: the by-indicator Parquet file the build's own manifest names (null: a build without it). */
  constructor(buildDir: string, file: string | null) {
    this.byIndicator = file === null ? '' : path.join(buildDir, file);
  }

  /** DuckDB's bindings are loaded with the first query, not at start: the atlas set never needs them. */
  private connect(): Promise<DuckDBConnection> {
    this.connection ??= import('@duckdb/node-api')
      .then(({ DuckDBInstance }) =>
        DuckDBInstance.create(':memory:', { threads: '1', memory_limit: '128MB' }),
      )
      .then((instance) => instance.connect());
    return this.connection;
  }

  /**
   * Opens DuckDB in the background (npm start calls it once it listens): the first request for a KPI outside the
   * atlas set then waits for its own read only, not for the bindings to load and the instance to start.
   */
  warm(): void {
    if (this.byIndicator === '') return;
    this.connect().catch((error: unknown) => {
      // The first query will meet the same error and answer it; a failed warm-up must not stop the server.
      this.connection = null;
      console.error('[atlas] DuckDB warm-up failed:', error instanceof Error ? error.message : error);
    });
  }

  /** Every row of some KPIs for one sex (or all sexes). */
  async rows(kpis: readonly string[], sexes: readonly KoladaSex[]): Promise<KoladaRow[]> {
    if (kpis.length === 0 || this.byIndicator === '') return [];
    const db = await this.connect();
    const result = await db.runAndReadAll(
      `SELECT kpi, sex, year, geo, value, origin FROM read_parquet(${sqlString(this.byIndicator)})
       WHERE kpi IN (${kpis.map(sqlString).join(', ')}) AND sex IN (${sexes.map(sqlString).join(', ')})
       ORDER BY kpi, sex, year, geo`,
    );
    const columns = result.getColumnsJS();
    const [kpi, sex, year, geo, value, origin] = columns as [
      string[],
      KoladaSex[],
      number[],
      string[],
      number[],
      KoladaRow['origin'][],
    ];
    return kpi.map((id, index) => ({
      kpi: id,
      sex: sex[index]!,
      year: Number(year[index]),
      geo: geo[index]!,
      value: value[index]!,
      origin: origin[index]!,
    }));
  }

  /** Closes the connection; the next query opens a new one (a build retired after a swap may still be asked). */
  close(): void {
    const open = this.connection;
    this.connection = null;
    void open?.then(
      (db) => db.closeSync(),
      () => undefined,
    );
  }
}
