// Report month, the months averaged, how key clients are chosen, the A/B/C basis, date order and
// languages. A value that stops Build is marked on its own field, with the reason under it.

import type { ChangeEvent, SyntheticEvent } from "react";
import { Field, Input, Radio, RadioGroup, Select, SpinButton, makeStyles, tokens, type SpinButtonOnChangeData } from "@fluentui/react-components";
import { OptionsRegular } from "@fluentui/react-icons";
import type { PaneForm } from "./form";
import { useFocusRing } from "./focusRing";
import type { LangChoice, PaneTexts, Problem } from "./i18n";
import { PaneCard } from "./PaneCard";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  /** Two short fields side by side: the pane is about 320 px wide. */
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalM, alignItems: "start" },
});

/** A SpinButton's new number: its value, or the typed text; NaN while the text is not a number. */
function spinValue(data: SpinButtonOnChangeData): number {
  if (data.value !== undefined && data.value !== null) return data.value;
  const typed = data.displayValue?.trim().replace(",", ".") ?? "";
  return typed === "" ? NaN : Number(typed);
}

export interface OptionsCardProps {
  form: PaneForm;
  onChange: (patch: Partial<PaneForm>) => void;
  t: PaneTexts;
  /** What stops Build (formProblems): the options' own problems are shown at their fields. */
  problems: readonly Problem[];
  hasProfit: boolean;
  langChoice: LangChoice;
  onLangChoice: (choice: LangChoice) => void;
  disabled: boolean;
}

export function OptionsCard(props: OptionsCardProps) {
  const { form, onChange, t, disabled } = props;
  const o = t.options;
  const styles = useStyles();
  const { ring } = useFocusRing();
  const select = <K extends keyof PaneForm>(key: K) => (e: ChangeEvent<HTMLSelectElement>) => onChange({ [key]: e.target.value } as Pick<PaneForm, K>);
  const spin = <K extends "months" | "topN" | "sharePercent">(key: K) => (_: unknown, data: SpinButtonOnChangeData) =>
    onChange({ [key]: spinValue(data) } as Pick<PaneForm, K>);
  /** Field props: the hint, or the problem of `kind` in its place. */
  const checked = (kind: Problem["kind"], hint?: string) => {
    const problem = props.problems.find((p) => p.kind === kind);
    return problem ? { validationState: "error" as const, validationMessage: t.problem(problem) } : { hint };
  };

  return (
    <PaneCard icon={<OptionsRegular />} title={o.title}>
      <div className={styles.fields}>
        <MonthField form={form} onChange={onChange} t={t} disabled={disabled} checked={checked("month", o.monthHint)} />
        <Field label={o.rule} hint={o.ruleHint}>
          <RadioGroup value={form.rule} disabled={disabled} onChange={(_, data) => onChange({ rule: data.value as PaneForm["rule"] })}>
            <Radio value="top" label={o.ruleTop} />
            <Radio value="pareto" label={o.rulePareto} />
          </RadioGroup>
        </Field>
        {form.rule === "top" ? (
          <Field label={o.topN} {...checked("topN")}>
            <SpinButton className={ring} min={1} max={10000} value={form.topN} disabled={disabled} onChange={spin("topN")} />
          </Field>
        ) : (
          <Field label={o.share} {...checked("share", o.shareHint)}>
            <SpinButton className={ring} min={1} max={100} step={5} value={form.sharePercent} disabled={disabled} onChange={spin("sharePercent")} />
          </Field>
        )}
        <Field label={o.months} {...checked("months", o.monthsHint)}>
          <SpinButton className={ring} min={1} max={24} value={form.months} disabled={disabled} onChange={spin("months")} />
        </Field>
        <Field label={o.basis} {...checked("profitBasis", props.hasProfit ? o.basisHint : `${o.basisHint} ${o.basisProfitNeedsColumn}`)}>
          <RadioGroup layout="horizontal" value={form.basis} disabled={disabled} onChange={(_, data) => onChange({ basis: data.value as PaneForm["basis"] })}>
            <Radio value="sales" label={o.basisSales} />
            <Radio value="profit" label={o.basisProfit} disabled={!props.hasProfit} />
          </RadioGroup>
        </Field>
        <Field label={o.dateOrder}>
          <Select className={ring} value={form.dateOrder} disabled={disabled} onChange={select("dateOrder")}>
            <option value="auto">{o.dateOrderAuto}</option>
            <option value="dmy">{o.dateOrderDmy}</option>
            <option value="mdy">{o.dateOrderMdy}</option>
          </Select>
        </Field>
        <div className={styles.pair}>
          <Field label={o.paneLanguage}>
            <Select className={ring} value={props.langChoice} disabled={disabled} onChange={(e) => props.onLangChoice(e.target.value as LangChoice)}>
              <option value="auto">{o.langAuto}</option>
              <option value="en">English</option>
              <option value="ru">Русский</option>
              <option value="bg">Български</option>
              <option value="id">Bahasa Indonesia</option>
            </Select>
          </Field>
          <Field label={o.reportLanguage}>
            <Select className={ring} value={form.reportLang} disabled={disabled} onChange={select("reportLang")}>
              <option value="pane">{o.langSameAsPane}</option>
              <option value="en">English</option>
              <option value="ru">Русский</option>
              <option value="bg">Български</option>
              <option value="id">Bahasa Indonesia</option>
            </Select>
          </Field>
        </div>
      </div>
    </PaneCard>
  );
}

/**
 * The report month as YYYY-MM; empty means the latest complete month of the data (SPEC §3). A month
 * input: Chromium-based web views (Excel on Windows, Excel on the web in Edge or Chrome) show a month
 * picker and hand over YYYY-MM; elsewhere (Safari, Firefox) it is a text box with the YYYY-MM
 * placeholder, checked as typed. A picker with the month but not the year hands over "" and says
 * so only through `validity.badInput`, read on every key and on leaving the box.
 */
function MonthField(props: Pick<OptionsCardProps, "form" | "onChange" | "t" | "disabled"> & { checked: object }) {
  const { form, onChange, t } = props;
  const { ring } = useFocusRing();
  const read = (e: SyntheticEvent<HTMLInputElement>) => {
    const box = e.currentTarget;
    const month = box.value.trim();
    const monthIncomplete = box.validity.badInput;
    if (month !== form.month || monthIncomplete !== form.monthIncomplete) onChange({ month, monthIncomplete });
  };
  return (
    <Field label={t.options.month} {...props.checked}>
      <Input
        className={ring}
        type="month"
        value={form.month}
        placeholder={t.options.monthPlaceholder}
        disabled={props.disabled}
        onChange={read}
        onKeyUp={read}
        onBlur={read}
      />
    </Field>
  );
}
