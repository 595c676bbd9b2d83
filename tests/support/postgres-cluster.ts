/**
 * A throw-away PostgreSQL cluster for tests: initdb in a temp directory, a loopback port, trust auth for the
 * superuser `atlas`. Real server binaries (Debian's postgresql), never a mock. As root the server runs as the
 * `postgres` user (it refuses to run as root):
 *   const pg = await startPostgresCluster(); const url = await pg.createDatabase('contract'); ... await pg.destroy();
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const BIN_DIR = process.env.ATLAS_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PostgresCluster {
  port: number;
  /** postgres://atlas@127.0.0.1:PORT/NAME for a new, empty database. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (fast shutdown): clients see the database go away. */
  stop(): void;
  /** Starts it again on the same port and data directory. */
  start(): void;
  destroy(): Promise<void>;
}

/** `durable: true` keeps fsync on (benchmarks against SQLite's synchronous=FULL); tests do not need it. */
export async function startPostgresCluster(options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  if (!existsSync(path.join(BIN_DIR, 'initdb'))) {
    throw new Error(
      `PostgreSQL server binaries not found in ${BIN_DIR}: install them with ` +
        '`apt-get install -y postgresql` (or set ATLAS_PG_BIN to the directory holding initdb and pg_ctl)',
    );
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-pg-'));
  const dataDir = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const run = (command: string, args: string[]) => {
    if (asRoot) {
      const line = [path.join(BIN_DIR, command), ...args].map(shellQuote).join(' ');
      execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', line], { stdio: 'pipe' });
    } else {
      execFileSync(path.join(BIN_DIR, command), args, { stdio: 'pipe' });
    }
  };
  run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'atlas', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const serverOptions =
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200` +
    (options.durable ? '' : ' -c fsync=off');
  const start = () =>
    run('pg_ctl', ['-D', dataDir, '-o', serverOptions, '-l', path.join(dir, 'log'), '-w', 'start']);
  const stop = () => run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  start();
  let running = true;
  return {
    port,
    async createDatabase(name) {
      const admin = new pg.Client({ host: '127.0.0.1', port, user: 'atlas', database: 'postgres' });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await admin.end();
      }
      return `postgres://atlas@127.0.0.1:${port}/${name}`;
    },
    stop() {
      stop();
      running = false;
    },
    start() {
      start();
      running = true;
    },
    async destroy() {
      if (running) stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresUser(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
