import { describe, expect, it } from 'vitest';
import { makeBackend, setUpClinic, ADMIN, FACILITY } from '../helpers/backend';
import { serve } from '../helpers/http';
import { rawExchange, rawRequest, statuses } from '../helpers/raw-http';
import { databaseFingerprint } from '../helpers/snapshot';

/**
 * What a web page the user opens, or a script on the clinic network, can do to Tram's HTTP
 * transport. Every attack runs over a real socket; each says what it now gets.
 */

const SETUP_BODY = { facility: FACILITY, admin: ADMIN };

function portOf(url: string): number {
  return Number(new URL(url).port);
}

async function freshServer() {
  const backend = makeBackend();
  const server = await serve(backend);
  return { backend, server, port: portOf(server.url) };
}

describe('attacks on the HTTP transport', () => {
  it('foreign Host (DNS rebinding): 421, nothing run', async () => {
    const { backend, port } = await freshServer();
    const before = databaseFingerprint(backend.database.sqlite);
    const body = JSON.stringify({ ...SETUP_BODY, setupCode: backend.setupCode });
    for (const host of [`evil.example:${port}`, `127.0.0.1.evil.example:${port}`, '127.0.0.1:1']) {
      const answer = await rawRequest(port, {
        path: '/api/auth.setup',
        headers: { host, 'content-type': 'application/json' },
        body,
      });
      expect(answer.status, host).toBe(421);
      expect(JSON.parse(answer.text)).toMatchObject({ error: { messageKey: 'http.wrongHost' } });
    }
    const page = await rawRequest(port, { method: 'GET', path: '/', headers: { host: 'x.test' } });
    expect(page.status).toBe(421);
    expect(databaseFingerprint(backend.database.sqlite)).toBe(before);
    expect(backend.setupCode).not.toBeNull();
    // Tram's own names still work.
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const ok = await rawRequest(port, { method: 'GET', path: '/api/health', headers: { host } });
      expect(ok.status, host).toBe(200);
    }
  });

  it('foreign Origin: 403, nothing run; Tram’s own page is served', async () => {
    const { backend, server, port } = await freshServer();
    const { adminToken } = await setUpClinic(backend);
    const before = databaseFingerprint(backend.database.sqlite);
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${port + 1}`]) {
      const answer = await fetch(`${server.url}/api/users.create`, {
        method: 'POST',
        headers: {
          origin,
          'content-type': 'application/json',
          authorization: `Bearer ${adminToken}`,
        },
        body: JSON.stringify({
          username: 'ke-gian',
          fullName: 'X',
          password: 'mat-khau-1',
          roles: ['admin'],
        }),
      });
      expect(answer.status, origin).toBe(403);
      expect(((await answer.json()) as { error: { messageKey: string } }).error.messageKey).toBe(
        'http.foreignOrigin',
      );
    }
    expect(databaseFingerprint(backend.database.sqlite)).toBe(before);
    const own = await fetch(`${server.url}/api/auth.me`, {
      method: 'POST',
      headers: {
        origin: server.url,
        'content-type': 'application/json',
        authorization: `Bearer ${adminToken}`,
      },
      body: '{}',
    });
    expect(own.status).toBe(200);
  });

  it('text/plain, form and multipart posts (what a plain HTML form sends): 415, nothing run', async () => {
    const { backend, server } = await freshServer();
    const before = databaseFingerprint(backend.database.sqlite);
    const json = JSON.stringify({ ...SETUP_BODY, setupCode: backend.setupCode });
    const bodies: [string | undefined, string][] = [
      ['text/plain', json],
      ['text/plain;charset=UTF-8', json],
      ['application/x-www-form-urlencoded', `${encodeURIComponent(json)}=`],
      [
        'multipart/form-data; boundary=x',
        `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n${json}\r\n--x--`,
      ],
      [undefined, json],
    ];
    for (const [type, body] of bodies) {
      const answer = await fetch(`${server.url}/api/auth.setup`, {
        method: 'POST',
        headers: type ? { 'content-type': type } : {},
        body: type ? body : Buffer.from(body),
      });
      expect(answer.status, type).toBe(415);
    }
    expect(databaseFingerprint(backend.database.sqlite)).toBe(before);
    expect(backend.setupCode).not.toBeNull();
  });

  it('setup without the printed code: 403; with it once: 200; the code again: 409', async () => {
    const { backend, server } = await freshServer();
    const code = backend.setupCode;
    expect(code).toMatch(/^[\w-]{24}$/);
    const setup = (setupCode?: string) =>
      fetch(`${server.url}/api/auth.setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...SETUP_BODY, ...(setupCode !== undefined && { setupCode }) }),
      });
    expect((await setup()).status).toBe(400);
    const wrong = await setup('x'.repeat(24));
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { error: { messageKey: string } }).error.messageKey).toBe(
      'setup.wrongCode',
    );
    expect(
      (await fetch(`${server.url}/api/auth.status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }).then((r) => r.json())) as unknown,
    ).toMatchObject({ value: { setUp: false } });
    expect((await setup(code ?? '')).status).toBe(200);
    expect(backend.setupCode).toBeNull();
    expect((await setup(code ?? '')).status).toBe(409);
  });

  it('a lying Content-Length: refused before the body is read, the connection closed', async () => {
    const { port } = await freshServer();
    // Declares 50 MB and sends nothing: answered at once, not after waiting for the body.
    const declared = await rawExchange(
      port,
      `POST /api/auth.login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n`,
    );
    expect(statuses(declared.text)).toEqual([413]);
    expect(declared.closedBy).toBe('server');
    expect(declared.ms).toBeLessThan(2_000);
    expect(declared.text).toMatch(/connection: close/i);

    // Declares 2 bytes and sends 1 MB: the rest is no request; Node answers 400 and hangs up.
    const smuggled = await rawExchange(
      port,
      `POST /api/auth.status HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n`,
      Buffer.concat([Buffer.from('{}'), Buffer.alloc(1024 * 1024, 'A')]),
    );
    expect(statuses(smuggled.text).at(-1)).toBe(400);
    expect(smuggled.closedBy).toBe('server');

    // No length at all (chunked), 1 MB to a 256 KB procedure: cut off once past the limit.
    const chunk = Buffer.alloc(64 * 1024, 'A');
    const chunked = Buffer.concat(
      Array.from({ length: 16 }, () =>
        Buffer.concat([
          Buffer.from(`${chunk.length.toString(16)}\r\n`),
          chunk,
          Buffer.from('\r\n'),
        ]),
      ).concat([Buffer.from('0\r\n\r\n')]),
    );
    const streamed = await rawExchange(
      port,
      `POST /api/auth.login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
      chunked,
    );
    expect(statuses(streamed.text)).toEqual([413]);

    // The big-upload procedure (catalogue import) takes a large body only from a signed-in caller.
    const anonymous = await rawExchange(
      port,
      `POST /api/catalog.import HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n`,
    );
    expect(statuses(anonymous.text)).toEqual([401]);
    expect(anonymous.closedBy).toBe('server');
  });

  it('guessing names: an unknown name gets byte for byte the answers a real one does, locked too', async () => {
    const { backend, server } = await freshServer();
    await setUpClinic(backend);
    const answers = async (username: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 7; i++) {
        const response = await fetch(`${server.url}/api/auth.login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: `sai-${i}` }),
        });
        seen.push(`${response.status} ${await response.text()}`);
      }
      return seen;
    };
    const real = await answers(ADMIN.username);
    expect(await answers('khong-co-ai')).toEqual(real);
    expect(real[0]).toMatch(/^401 .*"auth\.login\.wrong"/);
    expect(real[6]).toMatch(/^401 .*"auth\.login\.lockedOut"/);
  });

  it('limits the event streams one session holds open', async () => {
    const { backend, server } = await freshServer();
    const { adminToken } = await setUpClinic(backend);
    const controllers: AbortController[] = [];
    const open = async () => {
      const controller = new AbortController();
      controllers.push(controller);
      return fetch(`${server.url}/api/events`, {
        headers: { authorization: `Bearer ${adminToken}` },
        signal: controller.signal,
      });
    };
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await open()).status);
    expect(answers).toEqual([200, 200, 200, 200, 429, 429]);
    controllers[0]?.abort();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await open()).status).toBe(200);
    controllers.forEach((c) => c.abort());
  });
});
