/**
 * The desktop window's security settings and navigation rules, kept out of main.ts so that
 * tests can check them without the Electron binary.
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Chromium's PDF viewer is a plugin: prescriptions, receipts and reports show inside Tram
    // (pdf-preview.tsx) only with it on. Nothing else needs plugins.
    plugins: true,
    spellcheck: false,
  } as const;
}

/** The hidden window that hands a receipt bitmap to the OS driver: no script, no preload. */
export function printWindowPreferences() {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
  } as const;
}

/**
 * The hidden window that prints a PDF silently: Chromium's PDF viewer (a plugin, which runs
 * its own script) and nothing else, no preload, no Node.
 */
export function pdfPrintWindowPreferences() {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    plugins: true,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
  } as const;
}

/**
 * The window only ever shows Tram's own page: any navigation away from it (a dropped file,
 * a link in a note) is refused; in-page hash routes are not navigations.
 */
export function isAllowedNavigation(target: string, appUrl: string): boolean {
  try {
    const to = new URL(target);
    const app = new URL(appUrl);
    return to.protocol === app.protocol && to.host === app.host && to.pathname === app.pathname;
  } catch {
    return false;
  }
}

/** Calls over IPC are answered only for Tram's own page. */
export function isTrustedSender(frameUrl: string | undefined, appUrl: string): boolean {
  return frameUrl !== undefined && isAllowedNavigation(frameUrl, appUrl);
}
