import type { FastifyInstance } from 'fastify';
import { afterEach } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { createHttpServer, type HttpOptions } from '../../electron/transport/http';

const servers: FastifyInstance[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()?.close();
});

/** The HTTP transport on a real loopback port; closed after the test. */
export async function serve(
  backend: Backend,
  options: HttpOptions = {},
): Promise<{
  url: string;
  post: (name: string, body: unknown, token?: string) => Promise<Response>;
}> {
  const server = await createHttpServer(backend, options);
  servers.push(server);
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    post: (name, body, token) =>
      fetch(`${url}/api/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token && { authorization: `Bearer ${token}` }),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}
