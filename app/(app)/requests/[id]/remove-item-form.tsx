import { useTranslations } from "@/lib/i18n/use-translations";
import { RequestVersionFields } from "@/app/_components/request-version-fields";
import { SubmitButton } from "./pending-writes";

/** The hidden field that names the item to remove, per kind of item. */
const ITEM_FIELD = { measures: "measureId", persons: "personId" } as const;

/** Removes one item of the draft (a measure, a person): a single button, named after the item for screen readers. */
export function RemoveItemForm({
  kind,
  id,
  names,
  action,
  requestId,
  version,
}: {
  kind: keyof typeof ITEM_FIELD;
  id: string;
  /** The values that name the item in `requestPage.<kind>.removeNamed`. */
  names: Record<string, string | number>;
  action: (form: FormData) => void;
  requestId: string;
  version: number;
}) {
  const t = useTranslations(`requestPage.${kind}`);
  return (
    <form action={action}>
      <RequestVersionFields requestId={requestId} version={version} />
      <input type="hidden" name="intent" value="remove" />
      <input type="hidden" name={ITEM_FIELD[kind]} value={id} />
      <SubmitButton className="button small danger" aria-label={t("removeNamed", names)}>
        {t("remove")}
      </SubmitButton>
    </form>
  );
}
