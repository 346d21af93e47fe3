import type { AbstractIntlMessages } from "next-intl";

/**
 * The messages client components read, as message paths: the only ones the browser receives.
 * Everything else is rendered on the server, which reads all messages (lib/i18n/request.ts);
 * sending them all would add about 60 KB to every page. A client component reading a message
 * left out here shows its raw key: tests/unit/client-messages.test.ts scans the client code and
 * fails on a read this list does not cover, and on an entry no client component reads.
 */
export const CLIENT_MESSAGE_PATHS: readonly string[] = [
  "accounts.disable",
  "accounts.errors",
  "accounts.password",
  "accounts.recovery",
  "accounts.secondFactor",
  "accounts.signIn",
  "admin.users",
  "audit.verify",
  "cases.fields",
  "cases.new",
  "channels",
  "checklists.measureLink",
  "checklists.missingTitle",
  "checklists.provide",
  "checklists.seeChecklist",
  "checklists.waive",
  "deadlines.actions",
  "directory.authorities",
  "directory.country",
  "directory.form",
  "directory.kinds",
  "directory.legalBases",
  "documents.errors",
  "documents.form",
  "documents.languages",
  "documents.types",
  "errors",
  "eventActions",
  "fields",
  "legalBases",
  "locales",
  "login",
  "measureStatuses",
  "measureTypes",
  "notifications.preferences",
  "personRoles",
  "referenceData",
  "requestPage",
  "requests.form",
  "requiredTexts",
  "retention.admin.policy",
  "retention.request",
  "roles",
  "scopes.countries",
  "scopes.save",
  "scopes.saved",
  "scopes.units",
  "statuses",
  "transitions",
  "unitKinds",
  "units.add",
  "units.edit",
  "units.fields",
  "urgencies",
  "visibilities",
];

function subtreeAt(messages: AbstractIntlMessages, keys: string[]): AbstractIntlMessages | string | undefined {
  let node: AbstractIntlMessages | string | undefined = messages;
  for (const key of keys) node = typeof node === "object" ? node[key] : undefined;
  return node;
}

function pick(messages: AbstractIntlMessages): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of CLIENT_MESSAGE_PATHS) {
    const keys = path.split(".");
    const value = subtreeAt(messages, keys);
    if (value === undefined) continue;
    let parent = picked;
    for (const key of keys.slice(0, -1)) parent = (parent[key] ??= {}) as AbstractIntlMessages;
    parent[keys.at(-1)!] = value;
  }
  return picked;
}

// The messages of a locale never change while the server runs: one pick each.
const picks = new WeakMap<AbstractIntlMessages, AbstractIntlMessages>();

/** The part of a locale's messages that goes to the browser (NextIntlClientProvider). */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  let picked = picks.get(messages);
  if (!picked) picks.set(messages, (picked = pick(messages)));
  return picked;
}
