import { InProcessEventBus } from '../live/in-process-event-bus';
import type { WorkshopEventBus } from '../live/event-bus';
import { PgEventBus } from '../live/pg-event-bus';
import type { TokenBuckets } from '../workshops/rate-limit';
import { isPostgresUrl, openWorkshopStore } from './index';
import { PgDatabase } from './postgres/pg-database';
import { PgNotifier } from './postgres/pg-notifier';
import { PostgresWorkshopStore } from './postgres/postgres-workshop-store';
import { PgTokenBuckets } from './postgres/pg-token-buckets';
import type { WorkshopStore } from './workshop-store';
import type { ImportStore } from '../imports/import-store';
import { PgImportStore } from './postgres/pg-import-store';

/** Everything a server process keeps in its database, chosen together from ATLAS_DB. */
export interface Storage {
  store: WorkshopStore;
  /** Workshop write limits; undefined = this process's memory (one instance). */
  writeBuckets: TokenBuckets | undefined;
  /** Live-board fan-out: in process for SQLite, LISTEN/NOTIFY across instances for PostgreSQL. */
  eventBus: WorkshopEventBus;
  /** Cross-instance publish/subscribe (PostgreSQL only). */
  notifier: PgNotifier | null;
  /** The database (PostgreSQL only): the build lock takes a connection of its own from its URL. */
  database: PgDatabase | null;
  /** Rate-limit buckets of one scope shared by every instance (PostgreSQL); undefined = this process's memory. */
  bucketsFor(scope: string): TokenBuckets | undefined;
  /** Users' CSV imports in the same database (PostgreSQL); undefined = files in the imports directory. */
  importStore: ImportStore | undefined;
  /** Closes in order: subscriptions, then the store (SQLite checkpoints here). */
  close(): Promise<void>;
}

export function openStorage(location: string): Storage {
  if (!isPostgresUrl(location)) {
    const store = openWorkshopStore(location);
    const eventBus = new InProcessEventBus();
    return {
      store,
      writeBuckets: undefined,
      eventBus,
      notifier: null,
      database: null,
      bucketsFor: () => undefined,
      importStore: undefined,
      close: async () => {
        await eventBus.close();
        await store.close();
      },
    };
  }
  const database = new PgDatabase(location);
  const store = new PostgresWorkshopStore(database);
  const notifier = new PgNotifier(database);
  const eventBus = new PgEventBus(notifier, (id) => store.latestEventSeq(id));
  return {
    store,
    writeBuckets: new PgTokenBuckets(database, 'workshop-writes'),
    eventBus,
    notifier,
    database,
    bucketsFor: (scope) => new PgTokenBuckets(database, scope),
    importStore: new PgImportStore(database),
    close: async () => {
      await eventBus.close();
      await notifier.close();
      await store.close();
    },
  };
}
