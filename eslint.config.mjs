import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { drizzle },
    rules: {
      // A delete or update without WHERE would touch every row of a table.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "ctx.db"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "ctx.db"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Links go through app/_components/link.tsx, which turns prefetching off (see there why).
      // Translators and formatters are kept beyond a render by lib/i18n (see use-translations.ts why).
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next/link", message: "Use { Link } from \"@/app/_components/link\"." },
            { name: "next-intl", importNames: ["useTranslations"], message: "Use { useTranslations } from \"@/lib/i18n/use-translations\"." },
            { name: "next-intl", importNames: ["useFormatter"], message: "Use { useFormatter } from \"@/lib/i18n/formatter\"." },
            { name: "next-intl/server", importNames: ["getFormatter"], message: "Use { getFormatter } from \"@/lib/i18n/get-formatter\"." },
          ],
        },
      ],
    },
  },
  { files: ["app/_components/link.tsx", "lib/i18n/**", "tests/unit/use-translations.test.ts"], rules: { "no-restricted-imports": "off" } },
  { ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "next-env.d.ts"] },
];

export default config;
