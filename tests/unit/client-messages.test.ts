import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGE_GROUPS, clientMessages, type ClientMessageGroup } from "@/lib/i18n/client-messages";
import { MESSAGES } from "@/lib/i18n/messages";

/**
 * Client components read only the messages listed in lib/i18n/client-messages.ts, each page
 * those of the group its layout gives it (`export default messagesLayout(GroupMessages)`). A
 * client component reading a message its page's group leaves out would show its raw key, so
 * this scans the client code, follows each page's imports to the client components it
 * renders, and holds each group to what its pages read.
 *
 * Client code: every module under app/ and lib/ that starts with "use client", and every local
 * module those import (not type-only imports, and not "use server" modules, which stay on the
 * server). In that code the scan (TypeScript's parser, no type checking) recognises:
 * - `const t = useTranslations()`, `useTranslations("ns")`, and `useTranslations(\`ns.${x}\`)`
 *   (then everything under `ns` may be read), each bound in its own function;
 * - `t("key")`, `t.has / t.rich / t.markup / t.raw("key")`, a conditional between such keys, a
 *   template key `t(\`a.b.${x}\`)`, which may read anything under `a.b`, and any key in a variable
 *   through a translator of a namespace (`useTranslations("ns")`), which may read anything under `ns`;
 * - `namespace="ns"` on an element (TranslatedOptions), which may read anything under `ns`.
 * Anything else — a key or namespace in a variable, a translator handed to another function,
 * `useMessages()` — it cannot follow: such a file must declare below what it reads that way.
 */
const DECLARED_DYNAMIC_READS: Record<string, string[]> = {
  // `accounts.errors.${key}`, then `errors.${key}`, through a loop variable.
  "app/(app)/account/account-messages.tsx": ["accounts.errors", "errors"],
  // `documents.errors.${key}`, then `errors.${key}`, through a loop variable.
  "app/(app)/requests/[id]/document-files-field.tsx": ["documents.errors", "errors"],
  // A field's label: fieldLabelKeyOf (`fields.*`) or `requestPage.fields.${field}`.
  "app/(app)/requests/[id]/form-alert.tsx": ["fields", "requestPage.fields"],
  // requiredChoice(…, namespace): the document types and languages.
  "app/(app)/requests/[id]/documents-form.tsx": ["documents.types", "documents.languages"],
  // The error of a sign-in: `accounts.signIn.${error}` or `errors.signIn.${error}`, through a variable.
  "app/login/login-form.tsx": ["accounts.signIn", "errors.signIn"],
  // Each field's label (`fields.*`) and help (`requests.form.help.*`), from REQUEST_FORM_TEXTS.
  "app/_components/request-form/request-form.tsx": ["fields", "requests.form.help"],
  // useTranslations(namespace): each caller's `namespace` prop is checked where it is written.
  "app/_components/translated-options.tsx": [],
};

const ROOT = path.resolve(__dirname, "../..");
const TRANSLATOR_METHODS = new Set(["has", "rich", "markup", "raw"]);

/** A message read: one key, or (`whole`) anything under `path`. */
interface Read {
  file: string;
  path: string;
  whole: boolean;
}

interface Scan {
  reads: Read[];
  /** What the scan could not follow, as "line: code". */
  unfollowed: string[];
}

type Namespace = { path: string; whole: boolean } | "unknown";

const join = (a: string, b: string) => (a && b ? `${a}.${b}` : a || b);

function directive(source: ts.SourceFile): string | undefined {
  const first = source.statements[0];
  return first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) ? first.expression.text : undefined;
}

/** The keys an argument may name: literal keys, or the subtree a template key stays within. */
function keysOf(node: ts.Expression): { key: string; whole: boolean }[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [{ key: node.text, whole: false }];
  if (ts.isTemplateExpression(node)) {
    const head = node.head.text;
    return [{ key: head.slice(0, Math.max(head.lastIndexOf("."), 0)), whole: true }];
  }
  if (ts.isParenthesizedExpression(node)) return keysOf(node.expression);
  if (ts.isConditionalExpression(node)) {
    const [yes, no] = [keysOf(node.whenTrue), keysOf(node.whenFalse)];
    return yes && no ? [...yes, ...no] : null;
  }
  return null;
}

const isTranslatorCall = (node: ts.Node | undefined) =>
  !!node && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "useTranslations";

/** An identifier naming a value, not a declaration, a property or an attribute. */
function isReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === node) return false;
  if ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isJsxAttribute(parent)) && parent.name === node) return false;
  return !ts.isTypeReferenceNode(parent) && !ts.isImportSpecifier(parent) && !ts.isImportClause(parent);
}

function scanMessageReads(file: string, text: string): Scan {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const reads: Read[] = [];
  const unfollowed: string[] = [];
  // Each function's names: a translator's namespace, or null for any other value.
  const scopes: Map<string, Namespace | null>[] = [new Map()];
  const lookup = (name: string) => scopes.findLast((scope) => scope.has(name))?.get(name);
  const cannotFollow = (node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    unfollowed.push(`${line}: ${node.getText().slice(0, 80)}`);
  };
  const read = (namespace: Namespace, arg: ts.Expression | undefined, at: ts.Node) => {
    if (namespace === "unknown") return; // reported where it was bound
    if (namespace.whole) return void reads.push({ file, path: namespace.path, whole: true });
    const keys = arg && keysOf(arg);
    // A key held in a variable stays within a named namespace: anything under it may be read.
    if (!keys && namespace.path) return void reads.push({ file, path: namespace.path, whole: true });
    if (!keys) return cannotFollow(at);
    for (const { key, whole } of keys) reads.push({ file, path: join(namespace.path, key), whole });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) {
      scopes.push(new Map());
      ts.forEachChild(node, visit);
      scopes.pop();
      return;
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const callee = node.expression.text;
      if (callee === "useMessages") cannotFollow(node);
      if (callee === "useTranslations") {
        const [arg] = node.arguments;
        const keys = arg ? keysOf(arg) : [{ key: "", whole: false }];
        const namespace: Namespace = keys?.length === 1 ? { path: keys[0]!.key, whole: keys[0]!.whole } : "unknown";
        if (namespace === "unknown") cannotFollow(node);
        const binding = node.parent;
        if (ts.isVariableDeclaration(binding) && ts.isIdentifier(binding.name)) scopes.at(-1)!.set(binding.name.text, namespace);
        else cannotFollow(node);
      }
    }
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node)) && ts.isIdentifier(node.name) && !isTranslatorCall(node.initializer)) {
      scopes.at(-1)!.set(node.name.text, null); // a name of its own, shadowing any translator of that name
    }
    if (ts.isIdentifier(node) && isReference(node)) {
      const namespace = lookup(node.text);
      if (namespace) {
        const parent = node.parent;
        if (ts.isCallExpression(parent) && parent.expression === node) read(namespace, parent.arguments[0], parent);
        else if (ts.isPropertyAccessExpression(parent) && parent.expression === node && TRANSLATOR_METHODS.has(parent.name.text)) {
          const call = parent.parent;
          if (ts.isCallExpression(call) && call.expression === parent) read(namespace, call.arguments[0], call);
          else cannotFollow(parent);
        } else cannotFollow(parent);
      }
    }
    if (ts.isJsxAttribute(node) && node.name.getText() === "namespace") {
      const value = node.initializer && ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const keys = value && keysOf(value as ts.Expression);
      if (keys) for (const { key } of keys) reads.push({ file, path: key, whole: true });
      else cannotFollow(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { reads, unfollowed };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [relative] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(from), specifier) : undefined;
  if (base === undefined) return undefined;
  const candidates = [base, `${base}.tsx`, `${base}.ts`, `${base}/index.tsx`, `${base}/index.ts`];
  return candidates.find((candidate) => existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile());
}

function importsOf(file: string, source: ts.SourceFile): string[] {
  return source.statements.flatMap((statement) => {
    const typeOnly =
      (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly) || (ts.isExportDeclaration(statement) && statement.isTypeOnly);
    const specifier = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
    if (typeOnly || !specifier || !ts.isStringLiteral(specifier)) return [];
    const resolved = resolveImport(file, specifier.text);
    return resolved && /\.tsx?$/.test(resolved) ? [resolved] : [];
  });
}

/** Every module whose code runs in the browser, from the "use client" entries through their imports. */
function clientModules(): Map<string, ts.SourceFile> {
  const parse = (file: string) => ts.createSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
  const modules = new Map<string, ts.SourceFile>();
  const queue = [...sourceFiles("app"), ...sourceFiles("lib")].filter((file) => directive(parse(file)) === "use client");
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (modules.has(file)) continue;
    const source = parse(file);
    if (directive(source) === "use server") continue;
    modules.set(file, source);
    queue.push(...importsOf(file, source));
  }
  return modules;
}

const covers = (listed: string, wanted: string) => wanted === listed || wanted.startsWith(`${listed}.`);

function valueAt(tree: unknown, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), tree);
}

const modules = clientModules();
// The translator itself (lib/i18n/use-translations.ts) hands its callers' reads to use-intl: it
// reads the messages whole, and its callers' `t(...)` are what is scanned.
const TRANSLATOR = "lib/i18n/use-translations.ts";
const scans = [...modules.keys()].filter((file) => file !== TRANSLATOR).map((file) => ({ file, ...scanMessageReads(file, modules.get(file)!.getFullText()) }));
const declared = Object.entries(DECLARED_DYNAMIC_READS).flatMap(([file, paths]) => paths.map((p) => ({ file, path: p, whole: true })));
const allReads = [...scans.flatMap((scan) => scan.reads), ...declared];

/** Pages, layouts and Next's other route files: each renders under the group of the layouts above it. */
const ROUTE_FILE = /\/(page|layout|not-found|forbidden|unauthorized|error|global-error|loading|template|default)\.tsx$/;
const routeFiles = sourceFiles("app").filter((file) => ROUTE_FILE.test(file));

/** The group a layout gives the pages below it: `messagesLayout(Provider)`, Provider imported from message-groups/. */
function sentGroup(layout: string): ClientMessageGroup | undefined {
  const source = readFileSync(path.join(ROOT, layout), "utf8");
  const provider = /messagesLayout\((\w+)\)/.exec(source)?.[1];
  if (!provider) return undefined;
  const groupModule = new RegExp(`import ${provider} from "@/(app/_components/message-groups/[\\w-]+)"`).exec(source)?.[1];
  if (!groupModule) throw new Error(`${layout}: ${provider} is not imported from app/_components/message-groups/`);
  return groupOfModule(`${groupModule}.tsx`);
}

/** The group a module of message-groups/ picks: `groupMessages("group", …)`. */
function groupOfModule(file: string): ClientMessageGroup {
  const group = /groupMessages\("(\w+)"/.exec(readFileSync(path.join(ROOT, file), "utf8"))?.[1];
  if (!group || !(group in CLIENT_MESSAGE_GROUPS)) throw new Error(`${file} picks no group of lib/i18n/client-messages.ts`);
  return group as ClientMessageGroup;
}

/** The group in force for a route file: the nearest layout above it that sends one (not a layout's own). */
function groupOf(file: string): ClientMessageGroup | undefined {
  for (let dir = path.dirname(file); dir !== "."; dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (layout !== file && existsSync(path.join(ROOT, layout))) {
      const group = sentGroup(layout);
      if (group) return group;
    }
  }
  return undefined;
}

/** The client modules a route file renders: its imports followed through server and client code. */
function clientModulesOf(entry: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = modules.get(file) ?? ts.createSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
    if (directive(source) === "use server") continue;
    if (modules.has(file)) found.add(file);
    queue.push(...importsOf(file, source));
  }
  return found;
}

const routes = routeFiles.map((file) => {
  const rendered = clientModulesOf(file);
  return { file, group: groupOf(file), reads: allReads.filter((r) => rendered.has(r.file)) };
});
const groupPaths = (group: ClientMessageGroup | undefined): readonly string[] => (group ? CLIENT_MESSAGE_GROUPS[group] : []);
const groups = Object.keys(CLIENT_MESSAGE_GROUPS) as ClientMessageGroup[];

describe("the scan of client components", () => {
  it("recognises the forms it documents, and reports what it cannot follow", () => {
    const code = `"use client";
      export function A({ kind, key }) {
        const t = useTranslations("ns");
        const r = useTranslations();
        const w = useTranslations(\`page.\${kind}\`);
        t("one"); t.has("two"); r(cond ? "x.a" : "x.b"); r(\`errors.\${key}\`); w("anything");
        t(key); r(key); helper(t);
        return <TranslatedOptions namespace="vocab" />;
      }
      function B() { const t = useTranslations("other"); return t("three"); }`;
    const scan = scanMessageReads("fixture.tsx", code);
    expect(scan.reads.map((r) => `${r.path}${r.whole ? ".*" : ""}`)).toEqual(["ns.one", "ns.two", "x.a", "x.b", "errors.*", "page.*", "ns.*", "vocab.*", "other.three"]);
    expect(scan.unfollowed.map((u) => u.split(": ")[1])).toEqual(["r(key)", "helper(t)"]);
  });

  it("finds the client components", () => {
    expect(modules.has("app/login/login-form.tsx")).toBe(true);
    expect(modules.has("app/_components/translated-options.tsx")).toBe(true);
    expect(modules.has("app/login/actions.ts")).toBe(false);
  });
});

describe("the messages sent to the browser", () => {
  it("follow each page to the client components it renders", () => {
    const request = routes.find((r) => r.file === "app/(app)/requests/[id]/page.tsx")!;
    expect(request.group).toBe("requestPage");
    expect(request.reads.some((r) => r.file === "app/(app)/requests/[id]/transition-forms.tsx")).toBe(true);
    expect(routes.find((r) => r.file === "app/(app)/requests/[id]/edit/page.tsx")!.group).toBe("requestForm");
    expect(routes.find((r) => r.file === "app/(app)/requests/page.tsx")!.reads).toEqual([]);
  });

  it("cover every message a page's client components read", () => {
    const missing = routes.flatMap(({ file, group, reads }) =>
      reads.filter((r) => !groupPaths(group).some((listed) => covers(listed, r.path))).map((r) => `${file} (${group ?? "no messages"}) ← ${r.file}: ${r.path}${r.whole ? ".*" : ""}`),
    );
    expect(missing).toEqual([]);
  });

  it("include every key a client component names", () => {
    const absent = routes.flatMap(({ file, group, reads }) => {
      if (!group) return [];
      const picked = clientMessages(MESSAGES.en as never, group);
      return reads.filter((r) => !r.whole && valueAt(picked, r.path) === undefined).map((r) => `${file}: ${r.file}: ${r.path}`);
    });
    expect(absent).toEqual([]);
  });

  it("are declared by hand wherever the scan cannot follow a read, and only there", () => {
    const undeclared = scans.filter((s) => s.unfollowed.length > 0 && !(s.file in DECLARED_DYNAMIC_READS)).map((s) => `${s.file}: ${s.unfollowed.join("; ")}`);
    expect(undeclared).toEqual([]);
    const stale = Object.keys(DECLARED_DYNAMIC_READS).filter((file) => !scans.some((s) => s.file === file && s.unfollowed.length > 0));
    expect(stale).toEqual([]);
  });

  it("list in each group only what some page of the group reads, each once, present in both languages", () => {
    for (const group of groups) {
      const wanted = routes.filter((r) => r.group === group).flatMap((r) => r.reads);
      const paths = CLIENT_MESSAGE_GROUPS[group] as readonly string[];
      expect({ group, unread: paths.filter((listed) => !wanted.some((r) => covers(listed, r.path) || covers(r.path, listed))) }).toEqual({ group, unread: [] });
      expect({ group, nested: paths.filter((p) => paths.some((other) => other !== p && covers(other, p))) }).toEqual({ group, nested: [] });
      for (const locale of ["en", "fr"] as const) {
        expect({ group, locale, absent: paths.filter((p) => valueAt(MESSAGES[locale], p) === undefined) }).toEqual({ group, locale, absent: [] });
      }
    }
  });

  it("leave out what only the server renders, and send nothing from the root layout", () => {
    expect(readFileSync(path.join(ROOT, "app/layout.tsx"), "utf8")).toContain("<NextIntlClientProvider messages={{}}>");
    const picked = clientMessages(MESSAGES.fr as never, "requestPage");
    expect(valueAt(picked, "errors.invalid")).toBe(valueAt(MESSAGES.fr, "errors.invalid"));
    for (const group of groups) {
      const ofGroup = clientMessages(MESSAGES.fr as never, group);
      for (const serverOnly of ["app", "nav", "home", "dashboard", "work", "letters", "requests.list", "audit.table"]) {
        expect({ group, serverOnly, sent: valueAt(ofGroup, serverOnly) }).toEqual({ group, serverOnly, sent: undefined });
      }
    }
    expect(groups.filter((group) => !routes.some((r) => r.file.endsWith("/layout.tsx") && sentGroup(r.file) === group))).toEqual([]);
  });

  it("reach the browser from one module per group, which picks the whole group from the message files it imports", async () => {
    const groupModules = sourceFiles("app/_components/message-groups").filter((file) => !file.endsWith("/group.tsx"));
    expect(groupModules.map(groupOfModule).sort()).toEqual([...groups].sort());
    for (const file of groupModules) {
      const group = groupOfModule(file);
      const { messages } = (await import(path.join(ROOT, file))) as { messages: Record<"en" | "fr", unknown> };
      for (const locale of ["en", "fr"] as const) {
        expect({ file, locale, messages: messages[locale] }).toEqual({ file, locale, messages: clientMessages(MESSAGES[locale] as never, group) });
      }
    }
  });
});
