/**
 * The renderer's Content Security Policy. The same text is in renderer/index.html's meta
 * tag (a test keeps them equal) and is sent as a header by the web host and the app protocol.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // Monaco's workers are bundled files served from the app itself; no blob: or data: workers.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
