import type { QueryFunctionContext } from '@tanstack/react-query';
import type { z } from 'zod';
import { readJson } from './api-client';
import { contractRequested, loadApiContract, loadedApiContract, type ApiContract } from './contract-loader';
import { firstMapDrawn } from './first-map-gate';

/** Picks an answer's schema from the contract, which loads on demand (web/data/contract-loader). */
export type SchemaOf<T> = (contract: ApiContract) => z.ZodType<T>;

/**
 * Reads a typed-client response and validates it against the shared contract, so a drifted server fails loudly.
 * A page's own chunk may hold its schema (`ProfileResponse`); code on the planner's first path picks it from the
 * contract loaded alongside the request (`(c) => c.FirmsResponse`), so zod stays out of the first map's scripts.
 */
export async function parsed<T>(request: Promise<Response>, schema: z.ZodType<T> | SchemaOf<T>): Promise<T> {
  if (typeof schema !== 'function') return schema.parse(await readJson(await request));
  const [body, contract] = await Promise.all([request.then(readJson), loadApiContract()]);
  return schema(contract).parse(body);
}

/**
 * For the first coloured map's two answers (the catalogue and one indicator's values). Once the contract has
 * loaded this is `parsed`. Before that, the body is used as it arrives and checked as soon as the first map is
 * drawn (or anything else loads the contract): a mismatch then puts the query into the same error state a failed
 * check at arrival would have, with zod's error, and its data is dropped. The real answers pass the schemas
 * unchanged (tests/unit/web/first-map-answers.test.ts), so using the body before the check changes nothing else.
 * `select` picks the query's data from the body (the catalogue keeps its `indicators`).
 */
export async function checkedAfterFirstMap<T, D = T>(
  request: Promise<Response>,
  schema: SchemaOf<T>,
  context: Pick<QueryFunctionContext, 'client' | 'queryKey'>,
  select: (body: T) => D = (body) => body as unknown as D,
): Promise<D> {
  const body = await readJson(await request);
  const contract = loadedApiContract();
  if (contract) return select(schema(contract).parse(body));
  const data = select(body as T);
  checkAfterFirstMap(body, data, schema, context);
  return data;
}

/**
 * Checks an answer the cache holds under `context.queryKey` (as `data`, picked from `body`) once the first map is
 * drawn: a mismatch turns the query into zod's error and drops its data. Also for the answers the first map was
 * drawn with before React loaded (web/data/seed-first-answers.ts).
 */
export function checkAfterFirstMap<T>(
  body: unknown,
  data: unknown,
  schema: SchemaOf<T>,
  context: Pick<QueryFunctionContext, 'client' | 'queryKey'>,
): void {
  void Promise.race([firstMapDrawn(), contractRequested()])
    .then(loadApiContract)
    .then((loaded) => {
      const result = schema(loaded).safeParse(body);
      if (result.success) return;
      const query = context.client.getQueryCache().find({ queryKey: context.queryKey, exact: true });
      // Only the answer this check is about: a later fetch of the same key is checked on its own.
      if (!query || query.state.data !== data) return;
      query.setState({
        ...query.state,
        status: 'error',
        fetchStatus: 'idle',
        data: undefined,
        error: result.error,
        errorUpdatedAt: Date.now(),
        errorUpdateCount: query.state.errorUpdateCount + 1,
      });
    });
}
