import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/translator";
import { ROLES, UNIT_KINDS, LOCALES } from "@/lib/access/roles";
import { TRANSITIONS } from "@/lib/requests/transitions";
import * as vocabulary from "@/lib/requests/vocabulary";

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

const enLeaves = leaves(MESSAGES.en as Tree);
const frLeaves = leaves(MESSAGES.fr as Tree);
/** The arguments a message uses, read by the ICU parser (so select and plural branches are understood). */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && element.type !== TYPE.literal) names.add(String(element.value));
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(text));
  return [...names].sort();
}

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

describe("the request vocabulary is labelled in both languages", () => {
  const groups: [string, readonly string[]][] = [
    ["statuses", vocabulary.REQUEST_STATUSES],
    ["legalBases", vocabulary.LEGAL_BASES],
    ["channels", vocabulary.CHANNELS],
    ["urgencies", vocabulary.URGENCIES],
    ["measureTypes", vocabulary.MEASURE_TYPES],
    ["measureStatuses", vocabulary.MEASURE_STATUSES],
    ["personRoles", vocabulary.PERSON_ROLES],
    ["visibilities", vocabulary.COMMENT_VISIBILITIES],
    ["transitions", TRANSITIONS.map((t) => t.name)],
    ["eventActions", TRANSITIONS.map((t) => t.name)],
    ["requiredTexts", TRANSITIONS.flatMap((t) => ("requires" in t ? [t.requires] : []))],
  ];
  for (const [group, values] of groups) {
    it(`labels every value of ${group}`, () => {
      for (const value of values) {
        expect(enLeaves.has(`${group}.${value}`), `en ${group}.${value}`).toBe(true);
        expect(frLeaves.has(`${group}.${value}`), `fr ${group}.${value}`).toBe(true);
      }
    });
  }

  it("has a message for every required text of a move", () => {
    for (const t of TRANSITIONS) if ("requires" in t) expect(enLeaves.has(`errors.${t.requires}Required`)).toBe(true);
  });
});

describe("messages agree with their numbers", () => {
  // The dashboard's durations: one day or fewer is singular, in each language's own way (French keeps 1,5 singular).
  const days = (locale: "fr" | "en", value: number) => translatorFor(locale)("dashboard.headline.days", { days: value });

  it("agree with the number in French", () => {
    expect([0, 1, 1.5, 2, 30.3].map((n) => days("fr", n))).toEqual(["0 jour", "1 jour", "1,5 jour", "2 jours", "30,3 jours"]);
  });

  it("agree with the number of requests transmitted in French", () => {
    const t = translatorFor("fr");
    // The percentage as the runtime's ICU writes it (its space before "%" varies between versions).
    const percent = (share: number) => new Intl.NumberFormat("fr", { style: "percent" }).format(share);
    expect(t("dashboard.countries.refusedShare", { share: 0, transmitted: 1 })).toBe(`${percent(0)} de 1 transmise`);
    expect(t("dashboard.countries.refusedShare", { share: 0.25, transmitted: 8 })).toBe(`${percent(0.25)} des 8 transmises`);
  });

  it("agree with the number in English", () => {
    expect([0, 1, 1.5, 2, 30.3].map((n) => days("en", n))).toEqual(["0 days", "1 day", "1.5 days", "2 days", "30.3 days"]);
  });
});
