import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { REQUEST_BODY_LIMIT_BYTES } from "./lib/security/request-limits";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** Nothing here uses the camera, the microphone, the location, payments or devices: no page, and no script injected into one, may. */
const PERMISSIONS_POLICY = [
  "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope", "hid", "magnetometer",
  "microphone", "midi", "payment", "serial", "usb", "xr-spatial-tracking",
].map((feature) => `${feature}=()`).join(", ");

// The Content-Security-Policy is set per request by proxy.ts: it carries a nonce.
// Strict-Transport-Security is sent on every production answer rather than only over HTTPS:
// browsers ignore it on plain HTTP (RFC 6797, 8.1), and whether the client's connection was
// HTTPS is known only to the TLS-terminating proxy (X-Forwarded-Proto is not to be trusted).
// One year, this host only: the ministry's other hosts are not ours to pin.
const nextConfig: NextConfig = {
  // PGlite ships a WASM file addressed by URL, argon2 is a native addon, pg-boss brings
  // its own PostgreSQL driver and pdfkit reads its font metrics from its own folder:
  // all are loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg-boss", "pdfkit"],
  poweredByHeader: false,
  // forbidden() answers 403 with app/forbidden.tsx when a page's verb refuses the actor.
  experimental: {
    authInterrupts: true,
    // Documents up to 25 MB (DOCUMENT_MAX_BYTES) are uploaded through a server action, and
    // the proxy buffers request bodies: both limits sit above it, with room for the form. The
    // proxy refuses a larger body with a 413 (lib/security/request-guard.ts): past its limit
    // Next.js would cut the body short and fail on it with a 500.
    serverActions: { bodySizeLimit: REQUEST_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: REQUEST_BODY_LIMIT_BYTES,
  },
  // Browsers still ask for /favicon.ico (a tab opened on a download, an older client), which
  // would render the whole not-found page each time: they get the app's icon (app/icon.svg).
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=31536000" }] : []),
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
