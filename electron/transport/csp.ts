const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/**
 * One policy for the desktop window and the browser: scripts only from Tram itself, no eval,
 * no remote anything. Mantine sets inline styles, hence 'unsafe-inline' for styles only.
 */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * The same policy as a `<meta http-equiv>` in the built page: a `file://` load in the desktop
 * window has no response headers. Browsers ignore frame-ancestors in a meta tag (and warn),
 * so it stays in the header only.
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
