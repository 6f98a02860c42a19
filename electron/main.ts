import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, session } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DatabaseOpenError } from '../db/open';
import { translate } from '../shared/i18n';
import type { Backend } from './backend/backend';
import { shutdownBackup, startDesktop } from './backend/backups/desktop';
import type { KeyWrapper } from './backend/backups/key-store';
import type { OsPrinter } from './devices/print/os-driver';
import { readSection } from './backend/settings/store';
import { CONTENT_SECURITY_POLICY } from './transport/csp';
import { createHttpServer } from './transport/http';
import { registerIpc, type IpcTarget } from './transport/ipc';
import { registerRecoveryIpc } from './transport/recovery-ipc';
import { servingFor } from './transport/lan-serving';
import { desktopTargets } from './workstation/desktop-link';
import { WorkstationRouter } from './workstation/router';
import {
  isAllowedNavigation,
  isTrustedSender,
  pdfPrintWindowPreferences,
  printWindowPreferences,
  secureWebPreferences,
} from './window-options';

// Bundled to dist/electron/main.cjs; the renderer build sits beside it in dist/renderer.
const rendererIndex = path.join(__dirname, '..', 'renderer', 'index.html');
const appUrl = pathToFileURL(rendererIndex).href;
let mainWindow: BrowserWindow | null = null;

function dataDirFromArgs(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--data-dir');
  return index >= 0 ? argv[index + 1] : undefined;
}

function showStartupError(error: unknown): void {
  const detail =
    error instanceof DatabaseOpenError
      ? `${error.localized('vi')}\n\n${error.message}`
      : String(error);
  dialog.showErrorBox(translate('vi', 'startup.title'), detail);
}

function createWindow(): void {
  // No menu bar: its Alt-letter mnemonics (Alt+H Help…) would take the pages' fixed keys, and
  // Ctrl+R would reload away unsaved work.
  Menu.setApplicationMenu(null);
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Tram',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  const contents = mainWindow.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadFile(rendererIndex);
}

/** Silent printing through the vendor's driver: a hidden, script-less page holding the bitmap. */
function osPrinter(): OsPrinter {
  return {
    list: async () =>
      mainWindow ? (await mainWindow.webContents.getPrintersAsync()).map((p) => p.name) : [],
    print: async (job) => {
      const window = new BrowserWindow({ show: false, webPreferences: printWindowPreferences() });
      try {
        await window.loadURL(`data:text/html;base64,${Buffer.from(job.html).toString('base64')}`);
        return await new Promise((resolve) => {
          const pageSize = { width: job.pageWidthMicrons, height: job.pageHeightMicrons };
          window.webContents.print(
            {
              silent: true,
              deviceName: job.printerName,
              margins: { marginType: 'none' },
              pageSize,
            },
            (ok, reason) => resolve(ok ? { ok } : { ok, reason }),
          );
        });
      } finally {
        window.destroy();
      }
    },
    // Electron 35+ prints a PDF silently from its viewer (electron/electron#47378).
    printPdf: async (job) => {
      const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'tram-print-'));
      const file = path.join(dir, 'document.pdf');
      const window = new BrowserWindow({
        show: false,
        webPreferences: pdfPrintWindowPreferences(),
      });
      try {
        await fs.promises.writeFile(file, job.pdf);
        await window.loadFile(file);
        // The viewer lays the pages out after the load event.
        await new Promise((resolve) => setTimeout(resolve, 500));
        return await new Promise((resolve) => {
          window.webContents.print({ silent: true, deviceName: job.printerName }, (ok, reason) =>
            resolve(ok ? { ok } : { ok, reason }),
          );
        });
      } finally {
        window.destroy();
        await fs.promises.rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** LAN mode: other PCs' browsers over HTTPS with Tram's own CA (never plain HTTP). */
async function startLanServer(backend: Backend): Promise<void> {
  const network = readSection(backend.database.db, 'network');
  if (!network.lanEnabled) return;
  const serving = await servingFor(backend, '0.0.0.0');
  const server = await createHttpServer(backend, {
    staticDir: path.dirname(rendererIndex),
    ...serving.options,
  });
  await server.listen({ host: '0.0.0.0', port: network.lanPort });
  app.on('will-quit', () => void server.close());
}

/** The OS keeps the database key: safeStorage's async API (DPAPI on Windows). */
const keyWrapper: KeyWrapper = {
  wrap: (plainText) => safeStorage.encryptStringAsync(plainText),
  unwrap: async (wrapped) => (await safeStorage.decryptStringAsync(wrapped)).result,
};

async function start(): Promise<void> {
  const explicitDir = dataDirFromArgs(process.argv);
  const started = await startDesktop(
    {
      dataDir: explicitDir ?? app.getPath('userData'),
      createFolder: explicitDir === undefined,
      version: app.getVersion(),
      ...(app.isPackaged && { shippedRoot: process.resourcesPath }),
    },
    keyWrapper,
  );
  secureSession();
  if (started.kind === 'failed') {
    showStartupError(started.error);
    app.exit(1);
    return;
  }
  if (started.kind === 'recovery') {
    // The error screen with restore; once a backup is in place Tram starts again on it.
    registerRecoveryIpc(ipcMain, started.recovery, (url) => isTrustedSender(url, appUrl));
    createWindow();
    await started.recovered;
    app.relaunch();
    app.exit(0);
    return;
  }
  const { backend } = started;
  let backedUp = false;
  app.on('before-quit', (event) => {
    if (backedUp) return;
    event.preventDefault();
    backedUp = true;
    void shutdownBackup(backend).finally(() => app.quit());
  });
  app.on('will-quit', () => backend.close());
  backend.setOsPrinter(osPrinter());
  backend.setFolderPicker(async () => {
    if (!mainWindow) return null;
    const picked = await dialog.showOpenDialog(mainWindow, {
      properties: ['openDirectory', 'createDirectory'],
    });
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  });
  let ipc: { switchTo(target: IpcTarget): void } | null = null;
  const { initial } = desktopTargets(backend, (target) => ipc?.switchTo(target));
  ipc = registerIpc(ipcMain, initial, (url) => isTrustedSender(url, appUrl));
  createWindow();
  if (initial instanceof WorkstationRouter) return; // a workstation serves no one else
  try {
    await startLanServer(backend);
  } catch (error) {
    console.error('[tram] LAN server did not start:', error);
  }
}

function secureSession(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  // Tram's page needs no camera, microphone, notification, HID or USB permission: all denied.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
