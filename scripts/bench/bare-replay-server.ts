import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One answer as the app sent it: status, the headers that describe the bytes, and the bytes on the wire. */
export interface RecordedAnswer {
  headers: Record<string, string>;
  body: Buffer;
}

const KEPT_HEADERS = ['content-type', 'content-encoding', 'etag', 'cache-control', 'vary'];

/**
 * Asks the app once, as a browser would, and keeps the encoded bytes. Node's http.get does not decode, so the
 * body is exactly what went over the wire.
 */
export function recordAnswer(url: string, headers: Record<string, string>): Promise<RecordedAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`${url}: ${res.statusCode}`));
          const kept = Object.fromEntries(
            KEPT_HEADERS.flatMap((name) => {
              const value = res.headers[name];
              return typeof value === 'string' ? [[name, value]] : [];
            }),
          );
          resolve({ headers: kept, body: Buffer.concat(chunks) });
        });
      })
      .on('error', reject);
  });
}

/**
 * The floor for a p99 target: plain node:http answering every request with the app's own recorded bytes from
 * memory, no routing, no middleware, no work. What the app adds above it is the app's cost on this machine now.
 */
export async function bareReplayServer(
  answer: RecordedAnswer,
): Promise<{ url: string; close: () => Promise<void> }> {
  const headers = { ...answer.headers, 'content-length': String(answer.body.length) };
  const server = http.createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
