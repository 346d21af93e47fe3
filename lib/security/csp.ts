/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce
 * (Next.js reads it from the request's policy and puts it on its own scripts), and what they
 * load inherits the trust ('strict-dynamic'): an injected <script> or event handler does not
 * run. Styles allow inline attributes: React's `style` props and the dashboard's charts write
 * them, and a nonce cannot cover an attribute; scripts are what the nonce guards.
 * `formActions`: where forms may also post to (the SSO provider, reached by a redirect).
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean; formActions: readonly string[] }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlays.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // data: for the second-factor QR code (an SVG drawn on the server).
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", ...options.formActions].join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
