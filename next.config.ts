import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

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
    // the proxy buffers request bodies: both limits sit above it, with room for the form.
    serverActions: { bodySizeLimit: "30mb" },
    proxyClientMaxBodySize: "30mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
