import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  api,
  HTTP_STATUS,
  isProcedureName,
  type ApiError,
  type EventName,
  type Events,
} from '../../shared/api';
import { DEFAULT_MAX_BODY_BYTES } from '../../shared/api/contract';
import {
  DEFAULT_LOCALE,
  isLocale,
  translate,
  type Locale,
  type MessageKey,
} from '../../shared/i18n';
import type { Backend } from '../backend/backend';
import { DiskFile, type FileOutput } from '../backend/files';
import { CONTENT_SECURITY_POLICY } from './csp';

export interface HttpOptions {
  /** Built renderer to serve at `/`; none in API-only use. */
  staticDir?: string | null;
}

const MAX_BODY_BYTES = Math.max(
  DEFAULT_MAX_BODY_BYTES,
  ...Object.values(api).map((p) => p.maxBodyBytes ?? 0),
);

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** The language the caller asked for: x-tram-locale, else Accept-Language, else none. */
function requestLocale(request: FastifyRequest): Locale | undefined {
  const explicit = request.headers['x-tram-locale'];
  if (isLocale(explicit)) return explicit;
  const accept = request.headers['accept-language'];
  const first = typeof accept === 'string' ? accept.split(',')[0]?.trim().slice(0, 2) : undefined;
  return isLocale(first) ? first : undefined;
}

function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: ApiError['code'],
  key: MessageKey,
  params?: Record<string, string | number>,
): FastifyReply {
  const locale = requestLocale(request) ?? DEFAULT_LOCALE;
  const error: ApiError = {
    code,
    message: translate(locale, key, params),
    messageKey: key,
    ...(params && { params }),
  };
  return reply.code(status).send({ ok: false, error });
}

function wantsJson(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('application/json');
}

/**
 * A file procedure's answer as the file itself; its other fields (an export's count) ride in
 * the x-tram-file header as JSON. A file made on disk streams and is removed once sent.
 */
function sendFile(reply: FastifyReply, file: FileOutput): FastifyReply {
  const { content, ...meta } = file;
  const name = encodeURIComponent(file.fileName);
  reply
    .type(file.mimeType)
    .header('content-disposition', `inline; filename="${name}"; filename*=UTF-8''${name}`)
    .header('x-tram-file', encodeURIComponent(JSON.stringify(meta)))
    .header('cache-control', 'no-store');
  if (content instanceof DiskFile) {
    reply.raw.once('close', () => content.discard());
    return reply.header('content-length', content.size).send(content.stream());
  }
  return reply.send(Buffer.from(content.buffer, content.byteOffset, content.byteLength));
}

function bodyLimitFor(name: string): number {
  return (isProcedureName(name) && api[name].maxBodyBytes) || DEFAULT_MAX_BODY_BYTES;
}

class BodyError extends Error {
  constructor(readonly kind: 'tooLarge' | 'badJson') {
    super(kind);
  }
}

/**
 * The HTTP transport: the same dispatcher as IPC, for `npm run web` and for other PCs on the
 * station's network once an admin allows it.
 */
export async function createHttpServer(
  backend: Backend,
  options: HttpOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: MAX_BODY_BYTES,
    return503OnClosing: true,
    forceCloseConnections: true,
  });
  const { dispatcher } = backend;
  // Other PCs on a slow station network load the interface compressed.
  await app.register(fastifyCompress, { threshold: 1024 });

  app.addHook('onSend', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, body, done) => {
    const name = (request.params as { name?: string } | undefined)?.name ?? '';
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (Buffer.byteLength(text) > bodyLimitFor(name)) {
      done(new BodyError('tooLarge'), undefined);
      return;
    }
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text) as unknown);
    } catch {
      done(new BodyError('badJson'), undefined);
    }
  });

  app.setErrorHandler((error, request, reply) => {
    const code = (error as { code?: string }).code;
    if (error instanceof BodyError && error.kind === 'badJson') {
      return sendError(reply, request, 400, 'VALIDATION', 'error.badJson');
    }
    if (
      (error instanceof BodyError && error.kind === 'tooLarge') ||
      code === 'FST_ERR_CTP_BODY_TOO_LARGE'
    ) {
      const name = (request.params as { name?: string } | undefined)?.name ?? '';
      return sendError(reply, request, 413, 'VALIDATION', 'error.tooLarge', {
        max: Math.round(bodyLimitFor(name) / 1024),
      });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return sendError(reply, request, status, 'VALIDATION', 'error.VALIDATION');
    }
    console.error('[tram] http error:', error);
    return sendError(reply, request, 500, 'INTERNAL', 'error.INTERNAL');
  });

  app.get('/api/health', () => ({
    ok: true,
    version: backend.version,
    schemaVersion: backend.database.schemaVersion,
  }));

  app.get('/api/procedures', (request, reply) => {
    if (!dispatcher.authenticate(bearer(request))) {
      return sendError(reply, request, 401, 'UNAUTHENTICATED', 'error.UNAUTHENTICATED');
    }
    return {
      ok: true,
      value: Object.entries(api).map(([name, procedure]) => ({
        name,
        kind: procedure.kind,
        roles: procedure.access,
        summary: procedure.summary,
        input: z.toJSONSchema(procedure.input, { io: 'input', unrepresentable: 'any' }),
      })),
    };
  });

  app.post<{ Params: { name: string } }>('/api/:name', async (request, reply) => {
    const { name } = request.params;
    const raw = isProcedureName(name) && api[name].returnsFile === true && !wantsJson(request);
    const result = await dispatcher.call(name, request.body, {
      token: bearer(request),
      locale: requestLocale(request),
      files: raw ? 'raw' : 'base64',
    });
    if (result.ok && raw) return sendFile(reply, result.value as FileOutput);
    if (result.ok) return reply.send(result);
    return reply.code(HTTP_STATUS[result.error.code]).send(result);
  });

  app.get('/api/events', (request, reply) => {
    const auth = dispatcher.authenticate(bearer(request));
    if (!auth) return sendError(reply, request, 401, 'UNAUTHENTICATED', 'error.UNAUTHENTICATED');
    reply.hijack();
    reply.raw.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    reply.raw.write(': connected\n\n');
    const unsubscribe = backend.events.subscribe(
      <E extends EventName>(
        event: E,
        payload: Events[E],
        target: { userId?: number; exceptSession?: string },
      ) => {
        if (target.userId !== undefined && target.userId !== auth.user.id) return;
        if (target.exceptSession === auth.session.id) return;
        reply.raw.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
      },
    );
    const heartbeat = setInterval(() => reply.raw.write(': ping\n\n'), 25_000);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
    return reply;
  });

  app.all('/api/*', (request, reply) =>
    sendError(reply, request, 404, 'NOT_FOUND', 'error.NOT_FOUND'),
  );

  const staticDir = options.staticDir;
  if (staticDir && fs.existsSync(path.join(staticDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: staticDir, index: 'index.html', maxAge: 0 });
    app.setNotFoundHandler((request, reply) =>
      request.method === 'GET' ? reply.sendFile('index.html') : reply.code(404).send(),
    );
  }
  return app;
}
