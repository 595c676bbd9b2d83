import { afterAll, beforeAll } from 'vitest';

/**
 * A session one test file shares: opened before its first test, closed after its last. The returned object reads
 * through to the open session, so it can be declared at the top of the file and used inside tests only.
 */
export function sessionPerFile<S extends object>(
  name: string,
  open: () => Promise<S>,
  close: (session: S) => Promise<void>,
): S {
  let session: S | undefined;
  beforeAll(async () => {
    session = await open();
  });
  afterAll(async () => {
    if (session) await close(session);
  });
  return new Proxy({} as S, {
    get: (_, key) => {
      if (!session) throw new Error(`${name}: the session is read before beforeAll opened it`);
      return Reflect.get(session, key) as unknown;
    },
  });
}
