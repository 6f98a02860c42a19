/**
 * A DHIS2 test double, written from DHIS2's Web API documentation (no DHIS2 can run here: it is
 * a Java server from its own download site). It checks what a real instance would refuse
 * (authentication, JSON content type, idScheme=code, the data set's period type, known codes),
 * upserts values by their natural key (data element, period, org unit, option combo), and
 * answers as 2.38+ does (ImportSummary under `response`, 409 with conflicts) or, when asked,
 * as older versions did (the summary at the top, always 200). Faults can be queued: 401, 500,
 * a timeout, or a reply dropped after the values were stored.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

export interface Dhis2Metadata {
  dataSets: Record<string, { periodType: 'Monthly' | 'Quarterly' | 'Yearly' }>;
  orgUnits: string[];
  dataElements: string[];
  categoryOptionCombos: string[];
}

export type Fault = 401 | 500 | 'timeout' | 'dropAfterStore';

interface DataValue {
  dataElement: string;
  categoryOptionCombo?: string;
  value: string;
}

const PERIOD = {
  Monthly: /^\d{4}(0[1-9]|1[0-2])$/,
  Quarterly: /^\d{4}Q[1-4]$/,
  Yearly: /^\d{4}$/,
};

export interface Dhis2Double {
  url: string;
  /** Stored values: "de|coc|period|ou" → value. */
  values: Map<string, string>;
  registrations: { dataSet: string; period: string; organisationUnit: string }[];
  /** Every POST to dataValueSets as received: query and body. */
  imports: { query: Record<string, string>; body: unknown }[];
  faults: Fault[];
  metadata: Dhis2Metadata;
  close(): Promise<void>;
}

export async function startDhis2Double(options: {
  metadata: Dhis2Metadata;
  users?: Record<string, string>;
  tokens?: string[];
  legacy?: boolean;
  timeoutMs?: number;
}): Promise<Dhis2Double> {
  const users = options.users ?? { admin: 'district' };
  const tokens = options.tokens ?? [];
  const app: FastifyInstance = Fastify({ logger: false });
  const state: Omit<Dhis2Double, 'url' | 'close'> = {
    values: new Map(),
    registrations: [],
    imports: [],
    faults: [],
    metadata: options.metadata,
  };

  const authorized = (request: FastifyRequest): string | null => {
    const header = request.headers.authorization ?? '';
    if (header.startsWith('ApiToken ')) {
      return tokens.includes(header.slice(9)) ? 'token-user' : null;
    }
    if (header.startsWith('Basic ')) {
      const [user = '', ...rest] = Buffer.from(header.slice(6), 'base64').toString().split(':');
      return users[user] === rest.join(':') ? user : null;
    }
    return null;
  };
  const unauthorized = (reply: FastifyReply) =>
    reply.code(401).send({
      httpStatus: 'Unauthorized',
      httpStatusCode: 401,
      status: 'ERROR',
      message: 'Unauthorized',
    });
  /** A queued fault, applied before the request is handled (dropAfterStore: after). */
  const fault = async (request: FastifyRequest, reply: FastifyReply): Promise<boolean> => {
    const next = state.faults[0];
    if (next === undefined || next === 'dropAfterStore') return false;
    state.faults.shift();
    if (next === 'timeout') {
      await new Promise((resolve) => setTimeout(resolve, options.timeoutMs ?? 5_000));
      request.raw.socket.destroy();
      return true;
    }
    if (next === 401) {
      await unauthorized(reply);
      return true;
    }
    await reply.code(500).send({ httpStatus: 'Internal Server Error', httpStatusCode: 500 });
    return true;
  };

  // Every body as text, JSON too: the handlers check the type and parse it as DHIS2 would.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
    done(null, body);
  });

  app.get('/api/me', async (request, reply) => {
    const user = authorized(request);
    if (!user) return unauthorized(reply);
    return { username: user, displayName: `DHIS2 ${user}` };
  });
  app.get('/api/system/info', async (request, reply) => {
    if (!authorized(request)) return unauthorized(reply);
    return { version: options.legacy ? '2.36.12' : '2.40.3' };
  });

  const summary = (
    httpCode: number,
    importCount: Record<string, number>,
    conflicts: { object: string; value: string }[],
    status: string,
  ) =>
    options.legacy
      ? { code: 200, body: { responseType: 'ImportSummary', status, importCount, conflicts } }
      : {
          code: httpCode,
          body: {
            httpStatus: httpCode === 200 ? 'OK' : 'Conflict',
            httpStatusCode: httpCode,
            status: httpCode === 200 ? 'OK' : 'WARNING',
            message:
              httpCode === 200
                ? 'Import was successful.'
                : 'One more conflicts encountered, please check import summary.',
            response: { responseType: 'ImportSummary', status, importCount, conflicts },
          },
        };

  app.post('/api/dataValueSets', async (request, reply) => {
    if (!authorized(request)) return unauthorized(reply);
    if (await fault(request, reply)) return reply;
    const query = request.query as Record<string, string>;
    if (!String(request.headers['content-type']).startsWith('application/json')) {
      return reply.code(415).send({ httpStatusCode: 415, message: 'Unsupported media type' });
    }
    let body: { dataSet?: unknown; period?: unknown; orgUnit?: unknown; dataValues?: unknown };
    try {
      body = JSON.parse(String(request.body)) as typeof body;
    } catch {
      return reply.code(400).send({ httpStatusCode: 400, message: 'Invalid JSON' });
    }
    state.imports.push({ query, body });
    if (query.idScheme !== 'code') {
      // Without idScheme=code, DHIS2 reads the codes as uids and finds none of them.
      return reply
        .code(409)
        .send(
          summary(
            409,
            { imported: 0, updated: 0, ignored: 0, deleted: 0 },
            [{ object: String(body.dataSet), value: 'Data set not found or not accessible' }],
            'ERROR',
          ).body,
        );
    }
    const conflicts: { object: string; value: string }[] = [];
    const dataSet = state.metadata.dataSets[String(body.dataSet)];
    if (!dataSet)
      conflicts.push({
        object: String(body.dataSet),
        value: 'Data set not found or not accessible',
      });
    if (!state.metadata.orgUnits.includes(String(body.orgUnit))) {
      conflicts.push({
        object: String(body.orgUnit),
        value: 'Org unit not found or not accessible',
      });
    }
    if (dataSet && !PERIOD[dataSet.periodType].test(String(body.period))) {
      conflicts.push({
        object: String(body.period),
        value: `Period type of period does not match data set: ${dataSet.periodType}`,
      });
    }
    if (!Array.isArray(body.dataValues)) {
      return reply.code(400).send({ httpStatusCode: 400, message: 'dataValues missing' });
    }
    const count = { imported: 0, updated: 0, ignored: 0, deleted: 0 };
    const accepted: { key: string; value: string }[] = [];
    if (conflicts.length === 0) {
      for (const raw of body.dataValues as DataValue[]) {
        if (!state.metadata.dataElements.includes(raw.dataElement)) {
          conflicts.push({
            object: raw.dataElement,
            value: 'Data element not found or not accessible',
          });
          count.ignored++;
          continue;
        }
        if (
          raw.categoryOptionCombo &&
          !state.metadata.categoryOptionCombos.includes(raw.categoryOptionCombo)
        ) {
          conflicts.push({
            object: raw.categoryOptionCombo,
            value: 'Category option combo not found or not accessible',
          });
          count.ignored++;
          continue;
        }
        if (!/^-?\d+(\.\d+)?$/.test(raw.value)) {
          conflicts.push({ object: raw.dataElement, value: 'Value must be a number' });
          count.ignored++;
          continue;
        }
        const key = [
          raw.dataElement,
          raw.categoryOptionCombo ?? 'default',
          body.period,
          body.orgUnit,
        ].join('|');
        const held = state.values.get(key);
        if (held === undefined) count.imported++;
        else if (held === raw.value) count.ignored++;
        else count.updated++;
        accepted.push({ key, value: raw.value });
      }
    } else {
      count.ignored = (body.dataValues as unknown[]).length;
    }
    if (query.dryRun !== 'true') for (const v of accepted) state.values.set(v.key, v.value);
    if (state.faults[0] === 'dropAfterStore' && query.dryRun !== 'true') {
      state.faults.shift();
      request.raw.socket.destroy();
      return reply;
    }
    const status = conflicts.length === 0 ? 'SUCCESS' : accepted.length > 0 ? 'WARNING' : 'ERROR';
    const answer = summary(conflicts.length === 0 ? 200 : 409, count, conflicts, status);
    return reply.code(answer.code).send(answer.body);
  });

  app.post('/api/completeDataSetRegistrations', async (request, reply) => {
    if (!authorized(request)) return unauthorized(reply);
    if (await fault(request, reply)) return reply;
    const body = JSON.parse(String(request.body)) as {
      completeDataSetRegistrations?: {
        dataSet: string;
        period: string;
        organisationUnit: string;
      }[];
    };
    for (const r of body.completeDataSetRegistrations ?? []) {
      const exists = state.registrations.some(
        (x) =>
          x.dataSet === r.dataSet &&
          x.period === r.period &&
          x.organisationUnit === r.organisationUnit,
      );
      if (!exists)
        state.registrations.push({
          dataSet: r.dataSet,
          period: r.period,
          organisationUnit: r.organisationUnit,
        });
    }
    return { httpStatusCode: 200, status: 'OK', response: { status: 'SUCCESS' } };
  });

  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    ...state,
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      app.server.closeAllConnections();
      await app.close();
    },
  };
}
