import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * What the app exposes, read from app/ itself: every page, every route handler's methods and
 * every export of a "use server" file. The authorization matrix (matrix.ts) must name each one,
 * so that a new endpoint cannot ship without someone writing down who may use it.
 *
 * Keys: `page /requests/[id]`, `GET /api/documents/[id]`, `action app/(app)/account/actions.ts#changePasswordAction`.
 */

export type EndpointKey = `page ${string}` | `${HttpMethod} ${string}` | `action ${string}#${string}`;

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/** The URL path of a page or route file: route groups and private folders leave no trace in the URL. */
function urlPathOf(appRelativeDir: string): string {
  const segments = appRelativeDir.split(sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** A "use server" file starts with the directive (comments aside). */
function isServerActionFile(source: string): boolean {
  const code = source.replace(/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*/, "");
  return /^["']use server["'];?/.test(code.trimStart());
}

/** Named exports of a server-action file (every one is a public POST endpoint). */
function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)) names.add(match[1]!);
  for (const match of source.matchAll(/export\s+const\s+(\w+)\s*=/g)) names.add(match[1]!);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name && name !== "type" && !part.trim().startsWith("type ")) names.add(name);
    }
  }
  return [...names];
}

/** The HTTP methods a route file answers: `export async function GET` or `export const { GET, POST } = …`. */
function routeMethods(source: string): HttpMethod[] {
  const found = new Set<HttpMethod>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\b/g)) found.add(match[1] as HttpMethod);
  for (const match of source.matchAll(/export\s+const\s+\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(",")) found.add(part.trim().split(/\s*:\s*/).pop()!.trim() as HttpMethod);
  }
  for (const match of source.matchAll(/export\s+const\s+([A-Z]+)\s*=/g)) found.add(match[1] as HttpMethod);
  return [...found].filter((m) => (HTTP_METHODS as readonly string[]).includes(m));
}

/** Every endpoint of the app directory under `root` (the project's root). */
export function scanEndpoints(root: string): EndpointKey[] {
  const appDir = join(root, "app");
  const keys: EndpointKey[] = [];
  for (const file of filesUnder(appDir)) {
    const rel = relative(appDir, file);
    const name = rel.split(sep).pop()!;
    const dir = rel.slice(0, rel.length - name.length);
    if (/^page\.(tsx|ts|jsx|js)$/.test(name)) keys.push(`page ${urlPathOf(dir)}`);
    else if (/^route\.(ts|js)$/.test(name)) {
      for (const method of routeMethods(readFileSync(file, "utf8"))) keys.push(`${method} ${urlPathOf(dir)}`);
    } else if (/\.(ts|tsx|js|jsx)$/.test(name)) {
      const source = readFileSync(file, "utf8");
      const projectPath = relative(root, file).split(sep).join("/");
      if (isServerActionFile(source)) {
        for (const exported of exportedNames(source)) keys.push(`action ${projectPath}#${exported}`);
      }
      // An action declared inside a component has no stable name to list: it is flagged as such.
      if (/\{\s*["']use server["']/.test(source)) keys.push(`action ${projectPath}#(inline "use server")`);
    }
  }
  return keys.sort();
}

/** What the matrix lacks and what it names that no longer exists. */
export function compareWithMatrix(found: readonly string[], listed: readonly string[]): { missing: string[]; unknown: string[] } {
  const inMatrix = new Set(listed);
  const inApp = new Set(found);
  return {
    missing: found.filter((key) => !inMatrix.has(key)),
    unknown: listed.filter((key) => !inApp.has(key)),
  };
}
