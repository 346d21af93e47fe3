import type { AbstractIntlMessages } from "next-intl";

/**
 * The messages client components read, as message paths, per group of pages. Everything else
 * is rendered on the server, which reads all messages (lib/i18n/request.ts). Each group has a
 * module under app/_components/message-groups/, which the layout above the group's pages
 * gives them (`messagesLayout(RequestPageMessages)`, app/_components/client-messages.tsx); the
 * other pages — lists, the dashboard, the home page — get none. The browser loads a group's
 * module with the first page of the group it opens, and keeps it.
 *
 * A client component reading a message its page's group leaves out shows its raw key:
 * tests/unit/client-messages.test.ts follows each page's imports to the client components it
 * renders and fails on a read its group does not cover, and on an entry none of them reads.
 */
export const CLIENT_MESSAGE_GROUPS = {
  login: ["accounts.signIn", "errors.signIn", "login"],
  account: ["accounts.disable", "accounts.errors", "accounts.password", "accounts.recovery", "accounts.secondFactor", "errors"],
  admin: [
    "admin.users",
    "directory.authorities",
    "directory.country",
    "directory.kinds",
    "directory.legalBases",
    "errors",
    "legalBases",
    "locales",
    "measureTypes",
    "referenceData",
    "requests.form",
    "retention.admin.policy",
    "roles",
    "scopes.countries",
    "scopes.save",
    "scopes.saved",
    "scopes.units",
    "unitKinds",
    "units.add",
    "units.edit",
    "units.fields",
  ],
  audit: ["audit.verify", "errors"],
  caseForm: ["cases.fields", "cases.new", "errors", "requests.form"],
  notifications: ["errors", "notifications.preferences"],
  requestForm: [
    "channels",
    "directory.authorities",
    "directory.form",
    "directory.kinds",
    "errors",
    "fields",
    "legalBases",
    "measureTypes",
    "requests.form",
    "urgencies",
  ],
  requestPage: [
    "channels",
    "checklists.measureLink",
    "checklists.missingTitle",
    "checklists.provide",
    "checklists.seeChecklist",
    "checklists.waive",
    "dataCategories",
    "deadlines.actions",
    "documents.errors",
    "documents.form",
    "documents.languages",
    "documents.types",
    "errors",
    "eventActions",
    "fields",
    "measureDetails",
    "measureStatuses",
    "measureTypes",
    "personRoles",
    "recordingModes",
    "requestPage",
    "requiredTexts",
    "retention.request",
    "statuses",
    "transitions",
    "visibilities",
  ],
} as const satisfies Record<string, readonly string[]>;

export type ClientMessageGroup = keyof typeof CLIENT_MESSAGE_GROUPS;

function subtreeAt(messages: AbstractIntlMessages, keys: string[]): AbstractIntlMessages | string | undefined {
  let node: AbstractIntlMessages | string | undefined = messages;
  for (const key of keys) node = typeof node === "object" ? node[key] : undefined;
  return node;
}

function pick(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split(".");
    const value = subtreeAt(messages, keys);
    if (value === undefined) continue;
    let parent = picked;
    for (const key of keys.slice(0, -1)) parent = (parent[key] ??= {}) as AbstractIntlMessages;
    parent[keys.at(-1)!] = value;
  }
  return picked;
}

/** The part of a locale's messages that a group of pages gives its client components. */
export function clientMessages(messages: AbstractIntlMessages, group: ClientMessageGroup): AbstractIntlMessages {
  return pick(messages, CLIENT_MESSAGE_GROUPS[group]);
}
