import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { openSession, signIn } from "./pages";

/**
 * Web hardening over HTTP against the production build (proxy.ts, next.config.ts): the
 * security headers, the Content-Security-Policy's nonce with pages that still work under it,
 * and the 4xx answers to cross-site and hostile POSTs that used to be 500s.
 */

let browser: Browser;
let session: { context: BrowserContext; page: Page; cookie: string };

beforeAll(async () => {
  browser = await launchBrowser();
  const { context, page } = await openSession(browser, "en-US");
  await watchPolicyViolations(context);
  session = { context, page, cookie: "" };
  await signIn(page, "manager@demo.example");
  session.cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
});

afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

const base = () => inject("baseURL");
const BOUNDARY = "----hardeningE2eBoundary";

/** The id of a server action, from the build's manifest (the browser only ever sends it). */
function actionId(exportedName: string): string {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const manifest = JSON.parse(readFileSync(join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`no server action ${exportedName} in the build`);
  return id;
}

/** A document upload as the request page's form sends it, with `fileName` and `size` bytes. */
function uploadBody(fileName: string, size = 16): Buffer {
  const part = (headers: string) => Buffer.from(`--${BOUNDARY}\r\n${headers}\r\n\r\n`);
  return Buffer.concat([
    part('Content-Disposition: form-data; name="_1_type"'),
    Buffer.from("annex\r\n"),
    part(`Content-Disposition: form-data; name="_1_file"; filename="${fileName}"\r\nContent-Type: application/pdf`),
    Buffer.alloc(size, 0x41),
    Buffer.from("\r\n"),
    part('Content-Disposition: form-data; name="0"'),
    Buffer.from('[null,"$K1"]\r\n'),
    Buffer.from(`--${BOUNDARY}--\r\n`),
  ]);
}

function postAction(path: string, action: string, body: Buffer | string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base()}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      cookie: session.cookie,
      origin: base(),
      accept: "text/x-component",
      "accept-language": "en-US,en",
      "next-action": action,
      "content-type": typeof body === "string" ? "text/plain;charset=UTF-8" : `multipart/form-data; boundary=${BOUNDARY}`,
      ...headers,
    },
    body: typeof body === "string" ? body : new Uint8Array(body),
  });
}

async function watchPolicyViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __policyViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`),
    );
  });
}

async function violationsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __policyViolations: string[] }).__policyViolations);
}

describe("security headers", () => {
  it("every page gets a Content-Security-Policy with its own nonce, which Next.js puts on its scripts", async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${base()}/login`);
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain("unsafe-eval");
      const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
      const html = await response.text();
      expect(html).toContain(`nonce="${nonce}"`);
      // Every script of the page carries it: none would run otherwise.
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("with HSTS, a Permissions-Policy and the framing and sniffing guards", async () => {
    const response = await fetch(`${base()}/login`);
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000");
    expect(response.headers.get("permissions-policy")).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("/favicon.ico, which browsers ask for on their own, is the app's icon rather than a rendered not-found page", async () => {
    const response = await fetch(`${base()}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(await response.text()).toMatch(/^<svg/);
  });

  it("the signed-in pages work under the policy: scripts run, nothing is blocked", async () => {
    const { page } = session;
    for (const path of ["/", "/requests", "/dashboard", "/notifications", "/account"]) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      // Set by Next.js's own client script: it ran.
      expect(await page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version)).toBe("string");
      expect(await violationsOn(page), path).toEqual([]);
    }
    await page.goto("/requests");
    const link = page.locator("main a[href^='/requests/']").filter({ hasNotText: /^$/ });
    const href = (await link.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))).find((h) => /^\/requests\/[0-9a-f-]{36}$/.test(h));
    expect(href).toBeDefined();
    await page.goto(href!);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await violationsOn(page)).toEqual([]);
  });
});

describe("cross-site and hostile POSTs get a 4xx, never a 500", () => {
  it("a server action from another origin, or from a null one, is refused with 403", async () => {
    const login = actionId("login");
    for (const origin of ["https://evil.example", "null"]) {
      const response = await postAction("/login", login, "[]", { origin });
      expect(response.status).toBe(403);
      expect(await response.text()).toBe("This form was sent from another site, and was refused. Open the application at its own address and try again.");
    }
    // Reads are not concerned.
    expect((await fetch(`${base()}/login`, { headers: { origin: "https://evil.example" } })).status).toBe(200);
  });

  it("a malformed action payload is refused with 400", async () => {
    const response = await postAction("/login", actionId("login"), "this is not what React sends");
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^This submission could not be read, and nothing was changed\./);
  });

  it("an upload of 31 MB is refused with 413", async () => {
    const response = await postAction("/requests", actionId("uploadDocumentsAction"), uploadBody("big.pdf", 31 * 1024 * 1024));
    expect(response.status).toBe(413);
    expect(await response.text()).toBe("This submission is larger than 30 MB and was not received. Send fewer or smaller files at once.");
  });

  it("a file name with a NUL is refused with 400, and one climbing out of its folder too", async () => {
    const upload = actionId("uploadDocumentsAction");
    const nul = await postAction("/requests", upload, uploadBody("letter\u0000.pdf"));
    expect(nul.status).toBe(400);
    expect(await nul.text()).toMatch(/its name may contain invisible or control characters/);
    const climbing = await postAction("/requests", upload, uploadBody("../../etc/passwd.pdf"));
    expect(climbing.status).toBe(400);
    expect(await climbing.text()).toMatch(/^The file name contains characters that are not allowed/);
  });
});
