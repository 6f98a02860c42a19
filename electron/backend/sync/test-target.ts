import type { SyncTargetRow } from '../../../db/schema';
import type { SyncTestResult } from '../../../shared/api';
import { translate, type MessageKey } from '../../../shared/i18n';
import type { UserCtx } from '../context';
import { connectTarget } from './connect';
import { transportOutcome } from './deliverers';
import type { Reply } from './transport';

const TEST_TIMEOUT_MS = 15_000;

function json(reply: Reply): Record<string, unknown> {
  if (!reply.ok) return {};
  try {
    const value: unknown = JSON.parse(reply.body.toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * "Kiểm tra": reaches the target with its saved settings. A Tram: the pinned certificate and
 * the credential (sync.hello); DHIS2: the account (/api/me) and the version (/api/system/info).
 */
export async function testTarget(ctx: UserCtx, target: SyncTargetRow): Promise<SyncTestResult> {
  const say = (ok: boolean, key: MessageKey, params = {}, detail?: Record<string, string>) => ({
    ok,
    message: translate(ctx.locale, key, params),
    ...(detail && { detail }),
  });
  const problem = (reply: Reply): SyncTestResult => {
    const outcome = transportOutcome(reply);
    if (outcome && outcome.status !== 'sent') {
      return say(false, outcome.error.key, outcome.error.params);
    }
    return say(false, 'sync.error.unreadable', { status: reply.ok ? reply.status : 0 });
  };
  const connection = await connectTarget(ctx.db, ctx.config.dataDir, target, TEST_TIMEOUT_MS);
  if ('status' in connection) {
    return connection.status === 'sent'
      ? say(false, 'sync.error.noSecret')
      : say(false, connection.error.key, connection.error.params);
  }
  const { http } = connection;
  const base = new URL(`${target.baseUrl}/`);
  if (target.kind === 'tram') {
    const credential = connection.credential ?? '';
    try {
      const reply = await http.post(
        new URL('/api/sync.hello', base),
        { 'content-type': 'application/json', accept: 'application/json' },
        JSON.stringify({ credential }),
      );
      const body = json(reply);
      const value = body.value as
        { facilityName?: string; facilityCode?: string; stationCode?: string } | undefined;
      if (!reply.ok || reply.status !== 200 || !value) return problem(reply);
      return say(
        true,
        'sync.test.tramOk',
        { name: value.facilityName ?? '', station: value.stationCode ?? '' },
        {
          facilityName: value.facilityName ?? '',
          facilityCode: value.facilityCode ?? '',
          stationCode: value.stationCode ?? '',
        },
      );
    } finally {
      http.close();
    }
  }
  const headers = {
    accept: 'application/json',
    authorization: connection.auth?.authorization ?? '',
  };
  const me = await http.get(new URL('api/me', base), headers);
  if (!me.ok || me.status !== 200) return problem(me);
  const info = await http.get(new URL('api/system/info', base), headers);
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const user = text(json(me).username) || text(json(me).displayName);
  const version = text(json(info).version);
  return say(true, 'sync.test.dhis2Ok', { user, version }, { user, version });
}
