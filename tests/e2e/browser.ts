import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's `chromium` package by default; CHROME_PATH points elsewhere (browser downloads fail here). */
export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? "/usr/bin/chromium";
}

/** Throws a sentence saying how to get Chromium when the executable is missing: never skip silently. */
export function assertChromiumInstalled(): string {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(
      `The end-to-end tests need Chromium, and ${path} does not exist. ` +
        "Install it with `apt-get install chromium` (Debian/Ubuntu), " +
        "or set CHROME_PATH to the Chromium or Chrome executable to use.",
    );
  }
  return path;
}

/** Headless Chromium as root (CI runs as root): no sandbox, no GPU, no background traffic. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: assertChromiumInstalled(),
    headless: true,
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
