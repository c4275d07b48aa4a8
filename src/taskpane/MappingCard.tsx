// Which column is which: one searchable picker per field, preselected with the column found by its header.

import { Caption1, Field, makeStyles, tokens } from "@fluentui/react-components";
import { ColumnEditRegular } from "@fluentui/react-icons";
import { FIELDS, REQUIRED_FIELDS, type Field as FieldName } from "../core/types";
import { ColumnPicker, type ColumnEntry } from "./ColumnPicker";
import { NONE, chooseColumn, type Mapping, type PaneForm } from "./form";
import type { PaneTexts } from "./i18n";
import { PaneCard } from "./PaneCard";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  gone: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** What to say under a field: its column is missing, or was taken by another field; nothing when all is well. */
function fieldMessage(field: FieldName, mapping: Mapping, t: PaneTexts): { state: "error" | "warning"; text: string } | null {
  const required = REQUIRED_FIELDS.includes(field);
  const taken = mapping.taken[field];
  const missing = required && mapping.columns[field] === undefined;
  if (taken) return { state: missing ? "error" : "warning", text: t.mapping.taken(taken.header, t.mapping.fields[taken.by], missing) };
  return missing ? { state: "error", text: t.mapping.missing(t.mapping.fields[field]) } : null;
}

export function MappingCard(props: {
  headers: readonly string[];
  mapping: Mapping;
  choices: PaneForm["columns"];
  t: PaneTexts;
  disabled: boolean;
  onChange: (choices: PaneForm["columns"]) => void;
}) {
  const { headers, mapping, t } = props;
  const styles = useStyles();
  const columns: ColumnEntry[] = headers.map((text, index) => ({ text, value: String(index) })).filter((c) => c.text !== "");
  const none: ColumnEntry = { value: NONE, text: t.mapping.none };
  return (
    <PaneCard icon={<ColumnEditRegular />} title={t.mapping.title}>
      <Caption1 className={styles.hint}>{t.mapping.hint}</Caption1>
      <div className={styles.fields}>
        {FIELDS.map((field) => {
          const required = REQUIRED_FIELDS.includes(field);
          const index = mapping.columns[field];
          // Optional fields can always be left out, even where a column was found by its header.
          const offerNone = !required;
          const message = fieldMessage(field, mapping, t);
          return (
            <Field
              key={field}
              label={t.mapping.fields[field]}
              orientation="horizontal"
              required={required}
              validationState={message?.state ?? "none"}
              validationMessage={message?.text}
            >
              <ColumnPicker
                field={field}
                entries={offerNone ? [none, ...columns] : columns}
                selected={index === undefined ? (offerNone ? NONE : "") : String(index)}
                shown={index === undefined ? (offerNone ? t.mapping.none : "") : headers[index]}
                placeholder={t.mapping.choose}
                noMatch={t.mapping.noMatch}
                openLabel={t.mapping.openList(t.mapping.fields[field])}
                disabled={props.disabled}
                onSelect={(value) => props.onChange(chooseColumn(props.choices, mapping, headers, field, value))}
              />
            </Field>
          );
        })}
      </div>
      {mapping.gone.map((field) => (
        <Caption1 key={field} className={styles.gone}>
          {t.mapping.savedChoiceGone(t.mapping.fields[field], props.choices[field] ?? "")}
        </Caption1>
      ))}
    </PaneCard>
  );
}
