import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import { ROLES, UNIT_KINDS, LOCALES } from "@/lib/access/roles";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const enLeaves = leaves(en);
const frLeaves = leaves(fr);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("French and English messages", () => {
  it("have exactly the same keys", () => {
    expect([...frLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it("have no empty message and the same placeholders in both languages", () => {
    for (const [key, text] of enLeaves) {
      expect(text.trim(), key).not.toBe("");
      expect(frLeaves.get(key)?.trim(), key).not.toBe("");
      expect(placeholders(frLeaves.get(key) ?? ""), key).toEqual(placeholders(text));
    }
  });

  it("name every role, unit kind and language", () => {
    for (const role of ROLES) expect(enLeaves.has(`roles.${role}`) && frLeaves.has(`roles.${role}`)).toBe(true);
    for (const kind of UNIT_KINDS) expect(enLeaves.has(`unitKinds.${kind}`)).toBe(true);
    for (const locale of LOCALES) expect(enLeaves.has(`locales.${locale}`)).toBe(true);
  });
});
