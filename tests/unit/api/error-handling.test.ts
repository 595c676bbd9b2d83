import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../../api/http/api-error';
import { onError } from '../../../api/http/error-handling';

function appThrowing(error: unknown) {
  return new Hono()
    .get('/x', () => {
      throw error;
    })
    .onError(onError);
}

describe('onError', () => {
  it('turns an ApiError into its status and the shared shape', async () => {
    const res = await appThrowing(new ApiError(404, 'not_found', 'unknown site', 'site')).request('/x');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'unknown site', field: 'site' },
    });
  });

  it('names the parameter of a ZodError with a 400', async () => {
    const error = z.object({ year: z.number() }).safeParse({ year: 'x' }).error!;
    const res = await appThrowing(error).request('/x');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe('year');
  });

  it('keeps the status of a 4xx HTTPException (e.g. 415 from a media-type check)', async () => {
    const res = await appThrowing(new HTTPException(415, { message: 'Unsupported Media Type' })).request(
      '/x',
    );
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
  });

  it('answers a bug with a 500 that leaks nothing, and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await appThrowing(new Error('secret path /etc/x')).request('/x');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'internal server error', field: null },
    });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
