import { useTranslations } from "@/lib/i18n/use-translations";
import { OptionList } from "@/app/_components/option-list";

/** The options of a select over a closed vocabulary, each labelled by its message under `namespace`. */
export function TranslatedOptions({ values, namespace }: { values: readonly string[]; namespace: string }) {
  const t = useTranslations(namespace);
  return <OptionList options={values.map((value) => [value, t(value)] as const)} />;
}
