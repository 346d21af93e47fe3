import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Server actions over HTTP, as the browser calls them: a POST to the page that renders the
 * form, with the action's id in the `Next-Action` header and, as the body, React's encoding
 * of the arguments (encodeReply) of a `useActionState` action, [previous state, form data]:
 * the form's fields under the prefix "_1_" (the FormData is part 1) and the root "0"
 * referring to it ("$K1"). The ids change with every build: they are read from its manifest.
 */

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
}

/** The id of the action `exportedName` of `file` (relative to the project, e.g. "app/(app)/requests/[id]/actions.ts"). */
export function serverActionId(root: string, file: string, exportedName: string): string {
  const manifestFile = path.join(root, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { node: Record<string, ManifestEntry> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} of ${file} in ${manifestFile}: is the build current?`);
  return found[0];
}

const BOUNDARY = "----mla-bench-boundary-7d1f0c";

/** The request a browser sends for `useActionState`'s dispatch of a form with `fields`, its state still the initial null. */
export function serverActionRequest(baseUrl: string, actionId: string, pagePath: string, fields: Record<string, string>) {
  const parts = Object.entries(fields).map(([name, value]) => part(`_1_${name}`, value));
  parts.push(part("0", JSON.stringify([null, "$K1"])));
  return {
    method: "POST" as const,
    path: pagePath,
    headers: {
      "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
      accept: "text/x-component",
      "next-action": actionId,
      // Next.js refuses an action whose Origin is not the host it was sent to (CSRF).
      origin: baseUrl,
    },
    body: `${parts.join("")}--${BOUNDARY}--\r\n`,
  };
}

function part(name: string, value: string): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
}
