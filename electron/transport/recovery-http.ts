import { isJsonContentType, isOwnOrigin } from './http-guards';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';
import { HTTP_STATUS } from '../../shared/api';
import { isLocale } from '../../shared/i18n';
import type { RecoveryService } from '../backend/backups/recovery';
import { CONTENT_SECURITY_POLICY } from './csp';

const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

/**
 * Web mode's start-up error screen: only while the database cannot be opened, on loopback
 * only, it serves the interface and the recovery.* procedures, so the station head can check
 * and restore a backup from the browser. Every other call answers "start-up failed".
 */
export async function createRecoveryServer(
  recovery: RecoveryService,
  staticDir: string | null,
): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 16 * 1024, forceCloseConnections: true });
  app.addHook('onRequest', async (request, reply) => {
    // A page on another site resolving its name to 127.0.0.1 must not reach this.
    const host = request.headers.host ?? '';
    if (!LOOPBACK_HOST.test(host)) return reply.code(403).send();
    // The same rules as Tram's own server: no other site's page may restore or unlock.
    const origin = request.headers.origin;
    if (origin !== undefined && !isOwnOrigin(origin, host, false)) return reply.code(403).send();
    if (request.method === 'POST' && !isJsonContentType(request.headers['content-type'])) {
      return reply.code(415).send();
    }
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.headers({
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
  });
  app.get('/api/health', () => ({ ok: false, startupFailed: true }));
  app.post<{ Params: { name: string } }>('/api/:name', async (request, reply) => {
    const header = request.headers['x-tram-locale'];
    const locale = isLocale(header) ? header : 'vi';
    const result = await recovery.call(request.params.name, request.body, locale);
    if (result.ok) return reply.send(result);
    const status = result.error.reason === 'startupFailed' ? 503 : HTTP_STATUS[result.error.code];
    return reply.code(status).send(result);
  });
  if (staticDir && fs.existsSync(path.join(staticDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: staticDir, index: 'index.html', maxAge: 0 });
    app.setNotFoundHandler((request, reply) =>
      request.method === 'GET' ? reply.sendFile('index.html') : reply.code(404).send(),
    );
  }
  return app;
}
