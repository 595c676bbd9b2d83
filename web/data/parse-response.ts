import type { z } from 'zod';
import { readJson } from './api-client';

/** Reads a typed-client response and validates it against the shared contract, so a drifted server fails loudly. */
export async function parsed<T>(request: Promise<Response>, schema: z.ZodType<T>): Promise<T> {
  return schema.parse(await readJson(await request));
}
