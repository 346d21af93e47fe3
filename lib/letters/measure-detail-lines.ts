import { detailEntries, type DataCategory, type MeasureDetails, type RecordingMode } from "@/lib/requests/measure-details";
import type { MeasureType } from "@/lib/requests/vocabulary";
import { dateIn } from "./letter-parts";
import type { LetterWording } from "./wording";

/**
 * A measure's structured details as the letters print them: one "label: value" line per
 * field filled in, in the type's order, in the letter's language. Questions are numbered; the
 * other lists give one item per line; dates are written out.
 */
export function measureDetailLines(type: MeasureType, details: MeasureDetails, wording: LetterWording): [label: string, value: string][] {
  const { vocabulary: v, sentences: s } = wording;
  return detailEntries(type, details).map(({ field, value }) => {
    const label = v.measureDetails[field.name];
    const list = Array.isArray(value) ? value : [];
    switch (field.kind) {
      case "flag":
        return [label, s.yes];
      case "date":
        return [label, dateIn(String(value), wording)];
      case "categories":
        return [label, list.map((c) => v.dataCategories[c as DataCategory] ?? c).join(", ")];
      case "recording":
        return [label, v.recordingModes[value as RecordingMode] ?? String(value)];
      case "list":
        return [label, field.name === "questions" ? list.map((q, i) => `${i + 1}. ${q}`).join("\n") : list.join("\n")];
      default:
        return [label, String(value)];
    }
  });
}
