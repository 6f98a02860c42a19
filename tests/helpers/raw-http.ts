import http from 'node:http';
import net from 'node:net';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** One HTTP request with any headers at all (Host included), as an attacker's script sends it. */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: options.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * Bytes on a bare socket (a request whose Content-Length lies), then everything the server
 * answers until it closes the connection or `waitMs` passes.
 */
export function rawExchange(
  port: number,
  head: string,
  body: Buffer | string = '',
  waitMs = 5_000,
): Promise<{ text: string; closedBy: 'server' | 'timeout'; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({
        text: Buffer.concat(chunks).toString('latin1'),
        closedBy: 'timeout',
        ms: Date.now() - started,
      });
    }, waitMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({
        text: Buffer.concat(chunks).toString('latin1'),
        closedBy: 'server',
        ms: Date.now() - started,
      });
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A server that hangs up mid-upload resets the socket: that is an answer too.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return;
      clearTimeout(timer);
      reject(error);
    });
    socket.write(head);
    if (body.length > 0) socket.write(body);
  });
}

/** Status codes of every response in a raw exchange, in order. */
export function statuses(text: string): number[] {
  return [...text.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
}
