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
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use { Link } from \"@/app/_components/link\"." }] }],
    },
  },
  { files: ["app/_components/link.tsx"], rules: { "no-restricted-imports": "off" } },
  { ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "next-env.d.ts"] },
];

export default config;
