// Which column is which: one dropdown per field, preselected with the column found by its header.

import { Caption1, Dropdown, Field, Option, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ColumnEditRegular } from "@fluentui/react-icons";
import { FIELDS, REQUIRED_FIELDS } from "../core/types";
import { NONE, chooseColumn, type Mapping, type PaneForm } from "./form";
import type { PaneTexts } from "./i18n";
import { useFocusRing } from "./focusRing";
import { PaneCard } from "./PaneCard";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  dropdown: { minWidth: "0", width: "100%" },
  hint: { color: tokens.colorNeutralForeground3 },
  gone: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

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
  const { ring } = useFocusRing();
  const columns = headers.map((text, index) => ({ text, index })).filter((c) => c.text !== "");
  return (
    <PaneCard icon={<ColumnEditRegular />} title={t.mapping.title}>
      <Caption1 className={styles.hint}>{t.mapping.hint}</Caption1>
      <div className={styles.fields}>
        {FIELDS.map((field) => {
          const required = REQUIRED_FIELDS.includes(field);
          const index = mapping.columns[field];
          const missing = required && index === undefined;
          // Optional fields can always be left out, even where a column was found by its header.
          const offerNone = !required;
          const selected = index === undefined ? (offerNone ? NONE : "") : String(index);
          const shown = index === undefined ? (offerNone ? t.mapping.none : "") : headers[index];
          return (
            <Field
              key={field}
              label={t.mapping.fields[field]}
              orientation="horizontal"
              required={required}
              validationState={missing ? "error" : "none"}
              validationMessage={missing ? t.mapping.missing : undefined}
            >
              <Dropdown
                className={mergeClasses(styles.dropdown, ring)}
                data-field={field}
                disabled={props.disabled}
                placeholder={t.mapping.choose}
                value={shown}
                selectedOptions={selected ? [selected] : []}
                onOptionSelect={(_, data) => {
                  if (data.optionValue !== undefined) props.onChange(chooseColumn(props.choices, mapping, headers, field, data.optionValue));
                }}
              >
                {offerNone && (
                  <Option value={NONE} text={t.mapping.none}>
                    {t.mapping.none}
                  </Option>
                )}
                {columns.map((c) => (
                  <Option key={c.index} value={String(c.index)} text={c.text}>
                    {c.text}
                  </Option>
                ))}
              </Dropdown>
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
