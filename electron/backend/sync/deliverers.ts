import type { LocalizedText } from '../../../shared/api';
import type { SyncOutboxRow, SyncTargetRow } from '../../../db/schema';
import {
  aggregateValueSet,
  mapDataValueSet,
  readImportSummary,
  summaryAccepted,
  type SyncAnswer,
} from '../../../shared/domain/sync';
import { STATION_HEADER } from '../../transport/workstation-header';
import type { Http, Reply } from './transport';

/** What one attempt came to: the worker writes it to the row. */
export type Outcome =
  | { status: 'sent'; answer: SyncAnswer }
  | { status: 'failed'; error: LocalizedText; answer?: SyncAnswer }
  /** Try again later; `down`: the target itself is unreachable, so its other rows wait too. */
  | { status: 'retry'; error: LocalizedText; answer?: SyncAnswer; down?: boolean };

/** A reply that never came, or came as 401/403/5xx: the same rules for every target. */
export function transportOutcome(reply: Reply): Outcome | null {
  if (!reply.ok) {
    if (reply.why === 'pin') {
      return {
        status: 'failed',
        error: { key: 'sync.error.pin', params: { detail: reply.detail } },
      };
    }
    return {
      status: 'retry',
      down: true,
      error: {
        key: reply.why === 'timeout' ? 'sync.error.timeout' : 'sync.error.unreachable',
        params: { detail: reply.detail },
      },
    };
  }
  if (reply.status === 401 || reply.status === 403) {
    return {
      status: 'failed',
      error: { key: 'sync.error.credential', params: { status: reply.status } },
      answer: { httpStatus: reply.status, text: textOf(reply.body) },
    };
  }
  if (reply.status >= 500 || reply.status === 408 || reply.status === 429) {
    return {
      status: 'retry',
      error: { key: 'sync.error.server', params: { status: reply.status } },
      answer: { httpStatus: reply.status, text: textOf(reply.body) },
    };
  }
  return null;
}

function textOf(body: Buffer): string {
  return body.toString('utf8').slice(0, 300);
}

function jsonOf(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** A Tram receiver: the signed bundle to `bundles.receive`, with the station's credential. */
export async function deliverToTram(
  http: Http,
  target: SyncTargetRow,
  row: SyncOutboxRow,
  credential: string,
): Promise<Outcome> {
  const fileName = `${row.idempotencyKey.replaceAll(':', '_')}.tram`;
  const reply = await http.post(
    new URL('/api/bundles.receive', `${target.baseUrl}/`),
    // The credential rides in a header too: the receiver reads a bundle-sized body only then.
    {
      'content-type': 'application/json',
      accept: 'application/json',
      [STATION_HEADER]: credential,
    },
    JSON.stringify({ credential, fileName, content: row.payload.toString('base64') }),
  );
  const transport = transportOutcome(reply);
  if (transport) return transport;
  if (!reply.ok) throw new Error('unreachable');
  const body = jsonOf(reply.body) as
    | { ok: true; value: { outcome: string; reason?: string } }
    | { ok: false; error: { message?: string } }
    | undefined;
  if (!body || typeof body !== 'object' || !('ok' in body)) {
    return {
      status: reply.status >= 400 ? 'failed' : 'retry',
      error: { key: 'sync.error.unreadable', params: { status: reply.status } },
      answer: { httpStatus: reply.status, text: textOf(reply.body) },
    };
  }
  if (!body.ok) {
    return {
      status: 'failed',
      error: { key: 'sync.error.refused', params: { detail: body.error.message ?? '' } },
      answer: { httpStatus: reply.status, text: body.error.message ?? '' },
    };
  }
  const answer: SyncAnswer = {
    httpStatus: reply.status,
    outcome: body.value.outcome,
    ...(body.value.reason && { reason: body.value.reason }),
  };
  if (body.value.outcome === 'rejected') {
    return {
      status: 'failed',
      error: { key: 'sync.error.rejected', params: { reason: body.value.reason ?? '' } },
      answer,
    };
  }
  // imported, duplicate (sent before, the reply was lost), superseded, pending-station: it is there.
  return { status: 'sent', answer };
}

export interface Dhis2Auth {
  authorization: string;
}

export function dhis2Auth(
  target: SyncTargetRow,
  secrets: { password: string | null; token: string | null },
): Dhis2Auth | null {
  if (secrets.token) return { authorization: `ApiToken ${secrets.token}` };
  if (target.username && secrets.password) {
    const basic = Buffer.from(`${target.username}:${secrets.password}`).toString('base64');
    return { authorization: `Basic ${basic}` };
  }
  return null;
}

const IMPORT_QUERY = 'idScheme=code&importStrategy=CREATE_AND_UPDATE';

/**
 * DHIS2: a dry run first (conflicts stop here, with nothing written there), then the import,
 * then the data set's completeness registration. Every step is an upsert on DHIS2's side, so
 * a whole delivery may be repeated after a lost reply without counting anything twice.
 */
export async function deliverToDhis2(
  http: Http,
  target: SyncTargetRow,
  row: SyncOutboxRow,
  auth: Dhis2Auth,
): Promise<Outcome> {
  const set = mapDataValueSet(
    aggregateValueSet.parse(JSON.parse(row.payload.toString('utf8'))),
    target.mapping,
  );
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json',
    authorization: auth.authorization,
  };
  const api = (path: string) => new URL(`api/${path}`, `${target.baseUrl}/`);
  const body = JSON.stringify(set);

  for (const dryRun of [true, false]) {
    const reply = await http.post(
      api(`dataValueSets?${IMPORT_QUERY}&dryRun=${dryRun}`),
      headers,
      body,
    );
    const transport = transportOutcome(reply);
    if (transport) return transport;
    if (!reply.ok) throw new Error('unreachable');
    const answer = readImportSummary(reply.status, jsonOf(reply.body));
    if (!answer.status && !answer.importCount) answer.text = textOf(reply.body);
    if (!summaryAccepted(answer)) {
      const first = answer.conflicts?.[0];
      return {
        status: 'failed',
        error: first
          ? {
              key: dryRun ? 'sync.error.conflictsDryRun' : 'sync.error.conflicts',
              params: {
                count: answer.conflicts?.length ?? 0,
                object: first.object,
                value: first.value,
              },
            }
          : {
              key: 'sync.error.badRequest',
              params: { status: reply.status, detail: answer.text ?? answer.status ?? '' },
            },
        answer,
      };
    }
    if (!dryRun) {
      const complete = await http.post(
        api(`completeDataSetRegistrations?idScheme=code`),
        headers,
        JSON.stringify({
          completeDataSetRegistrations: [
            {
              dataSet: set.dataSet,
              period: set.period,
              organisationUnit: set.orgUnit,
              completed: true,
              ...(set.completeDate && { date: set.completeDate }),
            },
          ],
        }),
      );
      const completeTransport = transportOutcome(complete);
      if (completeTransport) return { ...completeTransport, answer };
      if (complete.ok && complete.status >= 400) {
        return {
          status: 'failed',
          error: { key: 'sync.error.complete', params: { status: complete.status } },
          answer: { ...answer, text: textOf(complete.body) },
        };
      }
      return { status: 'sent', answer };
    }
  }
  throw new Error('unreachable');
}
