import { createTranslator, _createCache } from "next-intl";
import { describe, expect, it } from "vitest";
import { compiledMessages } from "@/lib/i18n/compiled-messages";
import { MESSAGES } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/translator";

// What lib/i18n/compiled-messages.ts relies on: translators given one `_cache` compile a message
// once for all of them, whatever its values, and again for another locale or time zone.
describe("messages compiled once for every translator", () => {
  const translator = (cache: ReturnType<typeof _createCache>, locale: "en" | "fr", timeZone: string) =>
    createTranslator({ locale, messages: MESSAGES[locale] as never, timeZone, _cache: cache }) as unknown as (
      key: string,
      values?: Record<string, string | number>,
    ) => string;
  const compiled = (cache: ReturnType<typeof _createCache>) => Object.keys(cache.message).length;

  it("a second translator reuses the first one's compilation, with its own values", () => {
    const cache = _createCache();
    expect(translator(cache, "fr", "Europe/Paris")("audit.count", { count: 1 })).toBe("1 entrée");
    expect(compiled(cache)).toBe(1);
    expect(translator(cache, "fr", "Europe/Paris")("audit.count", { count: 3 })).toBe("3 entrées");
    expect(translator(cache, "fr", "Europe/Paris")("nav.signedInAs", { name: "Anne Martin" })).toBe("Connecté·e : Anne Martin");
    expect(compiled(cache)).toBe(2);
  });

  it("compiles apart for another locale and for another time zone", () => {
    const cache = _createCache();
    translator(cache, "fr", "Europe/Paris")("audit.count", { count: 2 });
    expect(translator(cache, "en", "Europe/Paris")("audit.count", { count: 2 })).toBe("2 entries");
    translator(cache, "fr", "Asia/Manila")("audit.count", { count: 2 });
    expect(compiled(cache)).toBe(3);
  });

  it("messages without arguments are not compiled at all", () => {
    const cache = _createCache();
    translator(cache, "en", "Europe/Paris")("app.name");
    expect(compiled(cache)).toBe(0);
  });

  it("the jobs' translator shares the server's cache", () => {
    const before = compiled(compiledMessages);
    const t = translatorFor("fr");
    t("audit.count", { count: 5 });
    const after = compiled(compiledMessages);
    translatorFor("fr")("audit.count", { count: 6 });
    expect(compiled(compiledMessages)).toBe(after);
    expect(after).toBeGreaterThanOrEqual(before);
    expect(after).toBeGreaterThan(0);
  });
});
