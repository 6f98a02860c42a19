import { describe, expect, it, vi } from 'vitest';
import { PROCEDURE_NAMES } from '../../shared/api';
import { makeBackend, makeUser, setUpClinic } from '../helpers/backend';
import { serve } from '../helpers/http';

interface Body {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string; messageKey: string; fieldErrors?: unknown };
}

describe('HTTP transport', () => {
  it('answers health without sign-in', async () => {
    const backend = makeBackend();
    const { url } = await serve(backend);
    const response = await fetch(`${url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      version: '0.0.0-test',
      schemaVersion: backend.database.schemaVersion,
    });
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('maps each error code to its status', async () => {
    const backend = makeBackend();
    const { adminToken } = await setUpClinic(backend);
    const cashier = await makeUser(backend, adminToken, ['cashier']);
    const { post } = await serve(backend);

    const ok = await post('auth.me', {}, adminToken);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as Body).ok).toBe(true);

    const cases: [string, unknown, string | undefined, number, string][] = [
      ['users.create', { username: '' }, adminToken, 400, 'VALIDATION'],
      ['users.list', {}, undefined, 401, 'UNAUTHENTICATED'],
      ['users.list', {}, cashier.token, 403, 'FORBIDDEN'],
      ['users.nothing', {}, adminToken, 404, 'NOT_FOUND'],
      ['users.update', { id: 999 }, adminToken, 404, 'NOT_FOUND'],
      [
        'users.create',
        { username: cashier.username, fullName: 'X', password: 'mat-khau-1', roles: ['nurse'] },
        adminToken,
        409,
        'CONFLICT',
      ],
    ];
    for (const [name, body, token, status, code] of cases) {
      const response = await post(name, body, token);
      expect(response.status, name).toBe(status);
      expect(((await response.json()) as Body).error?.code, name).toBe(code);
    }
  });

  it('turns away bad JSON, oversized bodies and unknown paths with a clear message', async () => {
    const backend = makeBackend();
    const { post, url } = await serve(backend);
    const bad = await post('auth.login', '{"username": ');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Body).error?.message).toBe(
      'Dữ liệu gửi lên không đúng định dạng JSON.',
    );
    const huge = await post('auth.login', { username: 'a', password: 'x'.repeat(300 * 1024) });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as Body).error?.messageKey).toBe('error.tooLarge');
    const missing = await fetch(`${url}/api/a/b/c`);
    expect(missing.status).toBe(404);
    const empty = await fetch(`${url}/api/auth.status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    expect(((await empty.json()) as Body).ok).toBe(true);
    const untyped = await fetch(`${url}/api/auth.status`, { method: 'POST' });
    expect(untyped.status).toBe(415);
  });

  it('lists procedures with roles and input JSON Schema, for signed-in callers only', async () => {
    const backend = makeBackend();
    const { adminToken } = await setUpClinic(backend);
    const { url } = await serve(backend);
    expect((await fetch(`${url}/api/procedures`)).status).toBe(401);
    const response = await fetch(`${url}/api/procedures`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const body = (await response.json()) as {
      value: { name: string; roles: unknown; input: { type?: string; properties?: object } }[];
    };
    expect(body.value.map((p) => p.name).sort()).toEqual([...PROCEDURE_NAMES].sort());
    const create = body.value.find((p) => p.name === 'users.create');
    expect(create?.roles).toEqual(['admin']);
    expect(create?.input.type).toBe('object');
    expect(Object.keys(create?.input.properties ?? {})).toEqual([
      'username',
      'fullName',
      'password',
      'roles',
      'cashierSupervisor',
      'practitionerCode',
    ]);
  });

  it('never shows a stack trace', async () => {
    const backend = makeBackend();
    const { adminToken } = await setUpClinic(backend);
    const { post } = await serve(backend);
    backend.database.sqlite.exec('DROP TABLE settings');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await post('settings.get', {}, adminToken);
    expect(logged).toHaveBeenCalledOnce(); // loud on the server, quiet to the client
    logged.mockRestore();
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.ts|stack|SqliteError|no such table/);
    expect(JSON.parse(text)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('streams events to the signed-in user they are for', async () => {
    const backend = makeBackend();
    const { adminToken } = await setUpClinic(backend);
    const nurse = await makeUser(backend, adminToken, ['nurse']);
    const { url, post } = await serve(backend);
    const controller = new AbortController();
    const response = await fetch(`${url}/api/events`, {
      headers: { authorization: `Bearer ${nurse.token}` },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
    await reader?.read(); // ": connected"
    await post('users.update', { id: nurse.id, active: false }, adminToken);
    const chunk = await reader?.read();
    expect(chunk?.value).toBe('event: session.ended\ndata: {"reason":"deactivated"}\n\n');
    controller.abort();
  });
});
