import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../electron/transport/csp';
import {
  isAllowedNavigation,
  isTrustedSender,
  printWindowPreferences,
  secureWebPreferences,
} from '../../electron/window-options';

const APP = 'file:///C:/Tram/resources/app.asar/dist/renderer/index.html';

describe('desktop window security', () => {
  it('isolates the page: context isolation, sandbox, no Node', () => {
    expect(secureWebPreferences('/x/preload.cjs')).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('prints through the OS driver from a hidden page that runs no script', () => {
    expect(printWindowPreferences()).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      javascript: false,
    });
    expect(printWindowPreferences()).not.toHaveProperty('preload');
    const main = fs.readFileSync(path.join(SOURCE_ROOT, 'electron', 'main.ts'), 'utf8');
    expect(main).toContain('webPreferences: printWindowPreferences()');
    expect(main).toContain('backend.setOsPrinter(');
  });

  it('allows in-page routes and refuses navigation anywhere else', () => {
    expect(isAllowedNavigation(`${APP}#/users`, APP)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', APP)).toBe(false);
    expect(isAllowedNavigation('file:///C:/Windows/system32/calc.exe', APP)).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)', APP)).toBe(false);
    expect(isAllowedNavigation('not a url', APP)).toBe(false);
    expect(isTrustedSender(undefined, APP)).toBe(false);
    expect(isTrustedSender(`${APP}#/audit`, APP)).toBe(true);
  });

  it('main.ts wires those rules: window.open denied, navigation checked, one instance', () => {
    const main = fs.readFileSync(path.join(SOURCE_ROOT, 'electron', 'main.ts'), 'utf8');
    expect(main).toContain("setWindowOpenHandler(() => ({ action: 'deny' }))");
    expect(main).toContain("contents.on('will-navigate'");
    expect(main).toContain('app.requestSingleInstanceLock()');
    expect(main).toContain('secureWebPreferences(');
    expect(main).toContain('Content-Security-Policy');
    expect(main).toContain('setPermissionCheckHandler(() => false)');
    expect(main).toContain('setDevicePermissionHandler(() => false)');
    expect(main).toMatch(/setPermissionRequestHandler\([^)]*\)\s*=>\s*callback\(false\)/);
  });

  it('puts the CSP in the built page itself, for a window loaded from a file', async () => {
    const config = (await import('../../vite.config')).default as {
      plugins: { name: string; apply?: string; transformIndexHtml?: () => unknown }[];
    };
    const plugin = config.plugins.flat().find((p) => p.name === 'tram-csp-meta');
    expect(plugin?.apply).toBe('build');
    expect(plugin?.transformIndexHtml?.()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ]);
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(META_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('bundles a preload that requires nothing but electron and exposes invoke and on', async () => {
    const result = await build({
      entryPoints: [path.join(SOURCE_ROOT, 'electron', 'preload.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      write: false,
    });
    const code = result.outputFiles[0]?.text ?? '';
    expect([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(code).toContain('exposeInMainWorld("tram"');
    expect(code).not.toMatch(/ipcRenderer\.(send|sendSync)\b/);
  });
});
