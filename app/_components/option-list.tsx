"use client";

/**
 * A select's options from [value, label] pairs. A client component, although it has no state:
 * a server component's options travel to the page as one React element each (about 45 bytes
 * besides the label), these as a list of pairs — the request list's filters send 110 options.
 */
export function OptionList({ options }: { options: readonly (readonly [value: string, label: string])[] }) {
  return options.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
