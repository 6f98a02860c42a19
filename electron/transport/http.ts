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
  PROCEDURE_NAMES,
  type ApiError,
  type FileResult,
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
import { declaredLength, guardRequest, type HostRules } from './http-guards';
import { STATION_HEADER, WORKSTATION_HEADER } from './workstation-header';
import { stationOfCredential } from '../backend/sync/credentials';

export interface HttpOptions {
  /** Built renderer to serve at `/`; none in API-only use. */
  staticDir?: string | null;
  /** Names and addresses this server announces besides loopback (LAN mode). */
  hostNames?: readonly string[];
  /** Exact `host:port` pairs also answered (the dev server's proxy). */
  extraHosts?: readonly string[];
  /** Serve HTTPS with this key and certificate chain (LAN mode). */
  tls?: { key: string; cert: string } | null;
  /** Tram's own CA certificate (PEM), offered at /ca.crt so a browser PC can trust it. */
  caCertificate?: string | null;
}

/** Open event streams one session may hold (a few tabs); more are refused. */
export const MAX_STREAMS_PER_SESSION = 4;

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
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
function sendFile(reply: FastifyReply, file: FileOutput | FileResult): FastifyReply {
  const { content, ...meta } = file;
  const name = encodeURIComponent(file.fileName);
  reply
    .type(file.mimeType)
    .header('content-disposition', `inline; filename="${name}"; filename*=UTF-8''${name}`)
    // Nested files (a bundle export's list) keep their names here, never their bytes: a
    // header has no room for them, and the body is the file asked for.
    .header(
      'x-tram-file',
      encodeURIComponent(
        JSON.stringify(meta, (key, value: unknown) => (key === 'content' ? undefined : value)),
      ),
    )
    .header('cache-control', 'no-store');
  if (content instanceof DiskFile) {
    reply.raw.once('close', () => content.discard());
    return reply.header('content-length', content.size).send(content.stream());
  }
  if (typeof content === 'string') return reply.send(Buffer.from(content, 'base64'));
  return reply.send(Buffer.from(content.buffer, content.byteOffset, content.byteLength));
}

function bodyLimitFor(name: string): number {
  return (isProcedureName(name) && api[name].maxBodyBytes) || DEFAULT_MAX_BODY_BYTES;
}

function procedureOf(url: string): string | null {
  const match = /^\/api\/([^/?#]+)/.exec(url);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

class BodyError extends Error {
  constructor(readonly kind: 'badJson') {
    super(kind);
  }
}

function createInstance(tls: HttpOptions['tls']): FastifyInstance {
  const common = {
    logger: false,
    bodyLimit: DEFAULT_MAX_BODY_BYTES,
    return503OnClosing: true,
    forceCloseConnections: true,
  } as const;
  return tls ? Fastify({ ...common, https: tls }) : Fastify(common);
}

/**
 * The HTTP transport: the same dispatcher as IPC, for `npm run web` and for other PCs on the
 * station's network once an admin allows it (then over HTTPS only).
 */
export async function createHttpServer(
  backend: Backend,
  options: HttpOptions = {},
): Promise<FastifyInstance> {
  const secure = Boolean(options.tls);
  const app = createInstance(options.tls);
  const { dispatcher } = backend;
  const rules: HostRules = {
    names: options.hostNames ?? [],
    extraHosts: options.extraHosts ?? [],
  };
  const workstations = backend.services.workstations;

  // Refused before a byte of the body is read: wrong Host, foreign Origin, not JSON, too big.
  app.addHook('onRequest', async (request, reply) => {
    const guarded = guardRequest(
      {
        method: request.method,
        url: request.url,
        headers: request.headers,
        localPort: request.socket.localPort,
      },
      secure,
      rules,
    );
    if (!guarded.ok) {
      reply.header('connection', 'close');
      const code = guarded.status === 403 ? 'FORBIDDEN' : 'VALIDATION';
      return sendError(reply, request, guarded.status, code, guarded.key);
    }
    const revoked = workstations.check(header(request, WORKSTATION_HEADER));
    if (revoked) {
      reply.header('connection', 'close');
      return sendError(reply, request, 401, 'UNAUTHENTICATED', revoked);
    }
    const name = procedureOf(request.url);
    if (name === null || request.method !== 'POST') return;
    const limit = bodyLimitFor(name);
    const declared = declaredLength(request.headers);
    if (declared !== null && declared > limit) {
      reply.header('connection', 'close');
      return sendError(reply, request, 413, 'VALIDATION', 'error.tooLarge', {
        max: Math.round(limit / 1024),
      });
    }
    // Only a signed-in caller (or a station with its district's credential) may send more
    // than the ordinary limit: catalogue imports, bundles.
    const station = header(request, STATION_HEADER);
    const known = (): boolean =>
      dispatcher.authenticate(bearer(request)) !== null ||
      (station !== undefined &&
        station.length < 200 &&
        stationOfCredential(backend.database.db, station) !== null);
    if (limit > DEFAULT_MAX_BODY_BYTES && !known()) {
      reply.header('connection', 'close');
      return sendError(reply, request, 401, 'UNAUTHENTICATED', 'error.UNAUTHENTICATED');
    }
  });

  // Other PCs on a slow station network load the interface compressed.
  await app.register(fastifyCompress, { threshold: 1024 });

  app.addHook('onSend', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
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
    if (error instanceof BodyError) {
      return sendError(reply, request, 400, 'VALIDATION', 'error.badJson');
    }
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const name = procedureOf(request.url) ?? '';
      reply.header('connection', 'close');
      return sendError(reply, request, 413, 'VALIDATION', 'error.tooLarge', {
        max: Math.round(bodyLimitFor(name) / 1024),
      });
    }
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendError(reply, request, 415, 'VALIDATION', 'http.jsonOnly');
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

  const callProcedure = async (name: string, request: FastifyRequest, reply: FastifyReply) => {
    const raw = isProcedureName(name) && api[name].returnsFile === true && !wantsJson(request);
    const result = await dispatcher.call(name, request.body, {
      token: bearer(request),
      locale: requestLocale(request),
      files: raw ? 'raw' : 'base64',
      workstation: header(request, WORKSTATION_HEADER),
      address: request.ip,
    });
    if (result.ok && raw) return sendFile(reply, result.value as FileOutput | FileResult);
    if (result.ok) return reply.send(result);
    return reply.code(HTTP_STATUS[result.error.code]).send(result);
  };
  // One route per procedure, each with its own body limit, counted while the body streams in.
  for (const name of PROCEDURE_NAMES) {
    app.post(`/api/${name}`, { bodyLimit: bodyLimitFor(name) }, (request, reply) =>
      callProcedure(name, request, reply),
    );
  }
  app.post<{ Params: { name: string } }>('/api/:name', (request, reply) =>
    callProcedure(request.params.name, request, reply),
  );

  const streams = new Map<string, number>();
  app.get('/api/events', (request, reply) => {
    const auth = dispatcher.authenticate(bearer(request));
    if (!auth) return sendError(reply, request, 401, 'UNAUTHENTICATED', 'error.UNAUTHENTICATED');
    const sessionId = auth.session.id;
    const open = streams.get(sessionId) ?? 0;
    if (open >= MAX_STREAMS_PER_SESSION) {
      return sendError(reply, request, 429, 'CONFLICT', 'http.tooManyStreams', {
        max: MAX_STREAMS_PER_SESSION,
      });
    }
    streams.set(sessionId, open + 1);
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
        if (target.exceptSession === sessionId) return;
        reply.raw.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
      },
    );
    const heartbeat = setInterval(() => reply.raw.write(': ping\n\n'), 25_000);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      const left = (streams.get(sessionId) ?? 1) - 1;
      if (left > 0) streams.set(sessionId, left);
      else streams.delete(sessionId);
    });
    return reply;
  });

  const ca = options.caCertificate;
  if (ca) {
    app.get('/ca.crt', (_request, reply) =>
      reply
        .type('application/x-x509-ca-cert')
        .header('content-disposition', 'attachment; filename="tram-ca.crt"')
        .send(ca),
    );
  }

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
