/**
 * An HTTP request sent from a chosen loopback address (127.0.0.2, 127.0.0.3, ...): every 127.x address reaches a
 * server on 127.0.0.1, so a test can be several clients, each with its own rate-limit buckets.
 */
import http from 'node:http';

export function requestFrom(
  localAddress: string,
  url: string,
  options: { method: string; headers?: Record<string, string>; body?: Uint8Array | string },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method, headers: options.headers, localAddress });
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on('error', reject);
    request.end(options.body);
  });
}
