import { useTranslations } from "next-intl";

/** The options of a select over a closed vocabulary, each labelled by its message under `namespace`. */
export function TranslatedOptions({ values, namespace }: { values: readonly string[]; namespace: string }) {
  const t = useTranslations(namespace);
  return values.map((value) => (
    <option key={value} value={value}>
      {t(value)}
    </option>
  ));
}
