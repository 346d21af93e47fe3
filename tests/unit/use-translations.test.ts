import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IntlProvider, useFormatter as nextIntlUseFormatter, useTranslations as nextIntlUseTranslations } from "next-intl";
import { describe, expect, it } from "vitest";
import { compiledMessages } from "@/lib/i18n/compiled-messages";
import { useFormatter } from "@/lib/i18n/formatter";
import { MESSAGES } from "@/lib/i18n/messages";
import { useTranslations } from "@/lib/i18n/use-translations";

// lib/i18n/use-translations.ts and formatter.ts keep their translators and formatters beyond a
// render: what a component shows must not change, and a second render must make nothing again.
type Translate = ReturnType<typeof nextIntlUseTranslations>;
type Format = ReturnType<typeof nextIntlUseFormatter>;

const at = new Date("2026-03-29T00:45:00Z");

/** Everything the pages ask of a translator and a formatter, as text. */
function sample(t: Translate, format: Format): ReactNode {
  const translate = t as unknown as ((key: string, values?: Record<string, unknown>) => string) & {
    rich: (key: string, values: Record<string, unknown>) => ReactNode;
    has: (key: string) => boolean;
  };
  return [
    translate("audit.count", { count: 0 }),
    translate("audit.count", { count: 1 }),
    translate("audit.count", { count: 12 }),
    translate("dashboard.countries.refusedShare", { share: 0.25, transmitted: 8 }),
    translate("nav.signedInAs", { name: "Anne Martin" }),
    translate.rich("checklists.providedByNamedDocument", {
      document: "Letter",
      version: 2,
      link: (chunks: ReactNode) => createElement("a", { href: "#d" }, chunks),
    }),
    String(translate.has("app.name")),
    String(translate.has("app.noSuchKey")),
    format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }),
    format.dateTime(at, { dateStyle: "long" }),
    format.number(1234.5),
    format.list(["Manila", "Paris", "Bogotá"]),
  ].map((part, i) => createElement("p", { key: i }, part));
}

type Kept = { t: Translate; format: Format };
const renders: Kept[] = [];

function Ours({ onRender }: { onRender?: (kept: Kept) => void }) {
  const t = useTranslations();
  const format = useFormatter();
  onRender?.({ t, format });
  return sample(t, format);
}

function NextIntls() {
  return sample(nextIntlUseTranslations(), nextIntlUseFormatter());
}

const render = (component: (props: { onRender?: (kept: Kept) => void }) => ReactNode, locale: "en" | "fr", timeZone: string) =>
  renderToStaticMarkup(
    createElement(
      IntlProvider,
      { locale, timeZone, messages: MESSAGES[locale] } as Parameters<typeof IntlProvider>[0],
      createElement(component, { onRender: (kept: Kept) => renders.push(kept) }),
    ),
  );

describe("translators and formatters kept beyond a render", () => {
  const cases = [
    ["fr", "Europe/Paris"],
    ["en", "Europe/Paris"],
    ["en", "Asia/Manila"],
    ["fr", "America/Bogota"],
  ] as const;

  it.each(cases)("read as next-intl's own in %s, %s", (locale, timeZone) => {
    const ours = render(Ours, locale, timeZone);
    expect(ours).toBe(render(NextIntls, locale, timeZone));
    expect(ours).toContain(locale === "fr" ? "12 entrées" : "12 entries");
  });

  it("the dates follow the provider's time zone", () => {
    // 00:45 UTC on 29 March: still the 28th in Bogotá, already the 29th in Manila.
    expect(render(Ours, "en", "America/Bogota")).toContain("Mar 28, 2026");
    expect(render(Ours, "en", "Asia/Manila")).toContain("Mar 29, 2026");
  });

  it("a second render reuses the first one's translator, formatter and compiled messages", () => {
    render(Ours, "fr", "Asia/Manila");
    const first = renders.at(-1)!;
    const compiled = Object.keys(compiledMessages.message).length;
    render(Ours, "fr", "Asia/Manila");
    expect(renders.at(-1)!.t).toBe(first.t);
    expect(renders.at(-1)!.format).toBe(first.format);
    expect(Object.keys(compiledMessages.message).length).toBe(compiled);
    render(Ours, "en", "Asia/Manila");
    expect(renders.at(-1)!.t).not.toBe(first.t);
    expect(renders.at(-1)!.format).not.toBe(first.format);
  });
});
