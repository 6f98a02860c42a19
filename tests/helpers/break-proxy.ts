import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * An HTTPS proxy between a station and its district on loopback, to break the link at chosen
 * moments. It serves with a certificate from the district's own CA (the station's pin holds)
 * and forwards to the district trusting that CA:
 * - 'pass': forwards the request and the answer;
 * - 'cutRequest': sends the district the headers and half of the body, runs `onBreak` (the
 *   test kills the district there), and drops the station's connection;
 * - 'dropReply': forwards the request, waits for the district's whole answer (it has
 *   committed by then), runs `onBreak`, and closes the station's socket without answering.
 */
export type BreakMode = 'pass' | 'cutRequest' | 'dropReply';

export interface BreakProxy {
  port: number;
  mode: BreakMode;
  /** The district's port now (it may come back on another). */
  target: number;
  onBreak: () => Promise<void> | void;
  /** Paths that break; others always pass (the station's /ca.crt, sync.hello). */
  breaks: string[];
  close(): Promise<void>;
}

export async function startBreakProxy(options: {
  key: string;
  cert: string;
  caCertificate: string;
  target: number;
  path?: string;
}): Promise<BreakProxy> {
  // Trusts the district's CA; the names on its certificate are its LAN names, not loopback's.
  const agent = new https.Agent({
    ca: options.caCertificate,
    keepAlive: false,
    checkServerIdentity: () => undefined,
  });
  const breakPath = options.path ?? '/api/bundles.receive';

  const forward = (req: IncomingMessage, body: Buffer, partial: boolean) => {
    const upstream = https.request({
      host: '127.0.0.1',
      port: proxy.target,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: `127.0.0.1:${proxy.target}` },
      agent,
    });
    upstream.on('error', () => undefined);
    if (partial) upstream.write(body.subarray(0, Math.floor(body.length / 2)));
    else upstream.end(body);
    return upstream;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const mode = req.url === breakPath ? proxy.mode : 'pass';
    if (mode === 'cutRequest') {
      const upstream = forward(req, body, true);
      // Let the half-sent request reach the district before it dies.
      await new Promise((resolve) => setTimeout(resolve, 200));
      proxy.breaks.push(req.url ?? '');
      await proxy.onBreak();
      upstream.destroy();
      req.socket.destroy();
      return;
    }
    const upstream = forward(req, body, false);
    const answer = await new Promise<{
      status: number;
      headers: IncomingMessage['headers'];
      body: Buffer;
    } | null>((resolve) => {
      upstream.on('response', (r: IncomingMessage) => {
        const parts: Buffer[] = [];
        r.on('data', (c: Buffer) => parts.push(c));
        r.on('end', () =>
          resolve({ status: r.statusCode ?? 502, headers: r.headers, body: Buffer.concat(parts) }),
        );
        r.on('error', () => resolve(null));
      });
      upstream.on('error', () => resolve(null));
    });
    if (mode === 'dropReply') {
      proxy.breaks.push(req.url ?? '');
      await proxy.onBreak();
      req.socket.destroy();
      return;
    }
    if (!answer) {
      req.socket.destroy();
      return;
    }
    res.writeHead(answer.status, {
      'content-type': answer.headers['content-type'] ?? 'application/octet-stream',
    });
    res.end(answer.body);
  };

  const server = https.createServer({ key: options.key, cert: options.cert }, (req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  const proxy: BreakProxy = {
    port: 0,
    mode: 'pass',
    target: options.target,
    onBreak: () => undefined,
    breaks: [],
    close: async () => {
      server.closeAllConnections();
      agent.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  proxy.port = address.port;
  return proxy;
}
