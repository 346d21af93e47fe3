"use client";

import { OptionList } from "@/app/_components/option-list";

type Options = readonly (readonly [value: string, label: string])[];

/** A filter offered as a select: its label and options, "any" first (requests-filter-form.tsx). */
export interface FilterSelect {
  name: string;
  label: string;
  options: Options;
}

/** The request list's filters, every text translated already (requests-filter-form.tsx). */
export interface RequestsFilterFieldsProps {
  /** The filters applied now, as the address gives them. */
  values: Partial<Record<string, string>>;
  any: string;
  /** For a manager who both sends and receives; otherwise a direction in the address is kept as is. */
  direction: { label: string; all: string; options: Options } | null;
  /** The common filters, then those folded under "more" (in their order). */
  main: FilterSelect[];
  search: { label: string; help: string };
  sort: { label: string; options: Options };
  more: { summary: string; open: boolean; selects: FilterSelect[] };
  /** A manager's units; otherwise a unit in the address is kept as is. */
  unit: FilterSelect | null;
  period: { from: string; to: string; min: string; max: string };
  /** The requesting side may filter on its cases' hard dates. */
  atRisk: string | null;
}

/** `f-<name in kebab case>`: the id of a filter's control. */
const controlId = (name: string) => `f-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/**
 * The controls of the request list's filters. A client component for the reason the list's
 * table is one (requests-table.tsx): the filters travel to the page as their labels and
 * options, not as the elements that lay them out.
 */
export function RequestsFilterFields(props: RequestsFilterFieldsProps) {
  const { values, any, direction, main, search, sort, more, unit, period, atRisk } = props;
  const select = ({ name, label, options }: FilterSelect) => {
    const id = controlId(name);
    return (
      <div key={name} className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} name={name} defaultValue={values[name] ?? ""}>
          <option value="">{any}</option>
          <OptionList options={options} />
        </select>
      </div>
    );
  };
  return (
    <>
      <div className="rq-filter-grid">
        {direction ? (
          <div className="field">
            <label htmlFor="f-direction">{direction.label}</label>
            <select id="f-direction" name="direction" defaultValue={values.direction ?? ""}>
              <option value="">{direction.all}</option>
              <OptionList options={direction.options} />
            </select>
          </div>
        ) : (
          values.direction && <input type="hidden" name="direction" value={values.direction} />
        )}
        {main.map(select)}
        <div className="field rq-filter-search">
          <label htmlFor="f-q">{search.label}</label>
          <input id="f-q" name="q" type="search" maxLength={200} defaultValue={values.q ?? ""} aria-describedby="f-q-help" />
          <p id="f-q-help" className="help">
            {search.help}
          </p>
        </div>
        <div className="field">
          <label htmlFor="f-sort">{sort.label}</label>
          <select id="f-sort" name="sort" defaultValue={values.sort}>
            <OptionList options={sort.options} />
          </select>
        </div>
      </div>
      <details className="rq-more" open={more.open}>
        <summary>{more.summary}</summary>
        <div className="rq-filter-grid">
          {more.selects.map(select)}
          {unit ? select(unit) : values.unit && <input type="hidden" name="unit" value={values.unit} />}
          <div className="field">
            <label htmlFor="f-from">{period.from}</label>
            <input id="f-from" name="from" type="date" min={period.min} max={period.max} defaultValue={values.from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="f-to">{period.to}</label>
            <input id="f-to" name="to" type="date" min={period.min} max={period.max} defaultValue={values.to ?? ""} />
          </div>
          {atRisk && (
            <div className="field rq-checkbox">
              <label>
                <input type="checkbox" name="atRisk" value="1" defaultChecked={values.atRisk === "1"} /> {atRisk}
              </label>
            </div>
          )}
        </div>
      </details>
    </>
  );
}
