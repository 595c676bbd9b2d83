import { ApiError } from '../http/api-error';

/**
 * The version a PATCH of a workshop, cycle, organisation or decision (or a PUT of a meeting record, where 0 means
 * none written yet) is based on may come as `version` in the body or as an `If-Match` header (`"3"`, `W/"3"` or
 * `3`), as HTTP clients do with ETags. Read from the raw request
 * rather than declared in the route spec, so the typed dashboard client is not made to send a header.
 */
const IF_MATCH = /^\s*(?:W\/)?"?(0|[1-9]\d{0,8})"?\s*$/;

export function withIfMatch<T extends { version?: number | undefined }>(
  body: T,
  ifMatch: string | undefined,
): T {
  if (ifMatch === undefined) return body;
  const match = IF_MATCH.exec(ifMatch);
  if (!match?.[1]) {
    throw new ApiError(
      400,
      'invalid_parameter',
      'If-Match: expected a version number such as "3"',
      'If-Match',
    );
  }
  const version = Number(match[1]);
  if (body.version !== undefined && body.version !== version) {
    throw new ApiError(
      400,
      'invalid_parameter',
      `If-Match (${version}) and version in the body (${body.version}) disagree: send one`,
      'If-Match',
    );
  }
  return { ...body, version };
}

/**
 * A change without the version it is based on would overwrite whatever others saved meanwhile (last writer wins),
 * so it is refused with 428. Services call this after the row was found: a caller learns nothing more from it
 * than from the 404 before it.
 */
export function requireVersion(version: number | undefined, what: string): number {
  if (version !== undefined) return version;
  throw new ApiError(
    428,
    'version_required',
    `send the version of the ${what} you last read: version in the body or an If-Match header`,
    'version',
  );
}
