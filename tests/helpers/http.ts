import type { FastifyInstance } from 'fastify';
import { afterEach } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { createHttpServer, type HttpOptions } from '../../electron/transport/http';

const servers: FastifyInstance[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()?.close();
});

/**
 * The HTTP transport on a real loopback port (HTTPS when given a certificate); closed after
 * the test, or earlier with `close`.
 */
export async function serve(
  backend: Backend,
  options: HttpOptions & { port?: number } = {},
): Promise<{
  url: string;
  port: number;
  post: (name: string, body: unknown, token?: string) => Promise<Response>;
  close: () => Promise<void>;
}> {
  const { port: wanted = 0, ...httpOptions } = options;
  const server = await createHttpServer(backend, httpOptions);
  servers.push(server);
  await server.listen({ host: '127.0.0.1', port: wanted });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${address.port}`;
  return {
    url,
    port: address.port,
    post: (name, body, token) =>
      fetch(`${url}/api/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token && { authorization: `Bearer ${token}` }),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: async () => {
      servers.splice(servers.indexOf(server), 1);
      await server.close();
    },
  };
}
