// One field's column: a combobox that filters the table's headers as the user types (exports from
// 1C and SAP have 20–60 columns), its list kept inside the pane with every name whole.

import { useState } from "react";
import { Combobox, Option, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useFocusRing } from "./focusRing";

export interface ColumnEntry {
  /** The option's value: a column index, or NONE. */
  value: string;
  text: string;
}

const useStyles = makeStyles({
  combobox: { minWidth: "0", width: "100%" },
  // As wide as the pane's content, from its left edge: names are read whole, never cut by the frame.
  listbox: { width: `calc(100vw - 2 * ${tokens.spacingHorizontalM})`, maxWidth: "none", boxSizing: "border-box" },
  option: { overflowWrap: "anywhere" },
});

/** Entries whose text contains `query` (any case); all of them for an empty query. */
export function matchingEntries(entries: readonly ColumnEntry[], query: string): ColumnEntry[] {
  const q = query.trim().toLocaleLowerCase();
  return q === "" ? [...entries] : entries.filter((e) => e.text.toLocaleLowerCase().includes(q));
}

export function ColumnPicker(props: {
  field: string;
  entries: readonly ColumnEntry[];
  /** The chosen entry's value, or "" when there is none. */
  selected: string;
  shown: string;
  placeholder: string;
  noMatch: string;
  /** The name of the arrow that opens the list (a mouse target: the keyboard opens it with Alt+↓). */
  openLabel: string;
  disabled: boolean;
  onSelect: (value: string) => void;
}) {
  const styles = useStyles();
  const { ring } = useFocusRing();
  // What the user typed to filter; null while not typing (the box shows the chosen column).
  const [query, setQuery] = useState<string | null>(null);
  const shownEntries = matchingEntries(props.entries, query ?? "");
  return (
    <Combobox
      className={mergeClasses(styles.combobox, ring)}
      data-field={props.field}
      disabled={props.disabled}
      placeholder={props.placeholder}
      value={query ?? props.shown}
      selectedOptions={props.selected ? [props.selected] : []}
      positioning={{ position: "below", align: "end", fallbackPositions: ["above"], matchTargetSize: undefined }}
      listbox={{ className: styles.listbox }}
      // One Tab stop per field, not two: Fluent makes the arrow a second one.
      expandIcon={{ tabIndex: -1, "aria-label": props.openLabel }}
      onChange={(e) => setQuery(e.target.value)}
      onOpenChange={(_, data) => {
        if (!data.open) setQuery(null);
      }}
      onOptionSelect={(_, data) => {
        // Fluent clears the selection when the box is emptied while typing: the query stays.
        if (data.optionValue === undefined) return;
        setQuery(null);
        props.onSelect(data.optionValue);
      }}
    >
      {shownEntries.map((e) => (
        <Option key={e.value} value={e.value} text={e.text} className={styles.option}>
          {e.text}
        </Option>
      ))}
      {shownEntries.length === 0 && (
        <Option key="no-match" value="" text="" disabled>
          {props.noMatch}
        </Option>
      )}
    </Combobox>
  );
}
