// Which cells the report reads: sheet, range, rows, and a button to take the current selection.

import { Button, Caption1, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular, TableRegular } from "@fluentui/react-icons";
import type { Lang } from "../core/types";
import type { SourceInfo } from "./api";
import { ErrorBar } from "./ErrorBar";
import { formatCount, type PaneTexts } from "./i18n";
import { PaneCard } from "./PaneCard";

export type SourceState =
  | { status: "loading" }
  | { status: "ready"; info: SourceInfo }
  | { status: "failed"; error: unknown };

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "baseline",
  },
  label: { color: tokens.colorNeutralForeground3 },
  value: { overflowWrap: "anywhere" },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function SourceCard(props: { state: SourceState; t: PaneTexts; lang: Lang; disabled: boolean; onUseSelection: () => void }) {
  const { state, t, lang } = props;
  const styles = useStyles();
  const refresh = (
    <Button
      appearance="secondary"
      icon={<ArrowSyncRegular />}
      disabled={props.disabled || state.status === "loading"}
      onClick={props.onUseSelection}
      title={t.source.useSelectionHint}
    >
      {t.source.useSelection}
    </Button>
  );
  return (
    <PaneCard icon={<TableRegular />} title={t.source.title}>
      {state.status === "loading" && <Spinner size="tiny" labelPosition="after" label={t.source.inspecting} />}
      {state.status === "failed" && <ErrorBar error={state.error} t={t} intent="warning" />}
      {state.status === "ready" && <SourceFacts info={state.info} t={t} lang={lang} styles={styles} />}
      {state.status !== "ready" && <Caption1 className={styles.hint}>{t.source.useSelectionHint}</Caption1>}
      <div>{refresh}</div>
    </PaneCard>
  );
}

function SourceFacts(props: { info: SourceInfo; t: PaneTexts; lang: Lang; styles: ReturnType<typeof useStyles> }) {
  const { info, t, lang, styles } = props;
  const { source } = info;
  const kind = source.kind === "table" ? t.source.kind.table(source.tableName ?? "") : t.source.kind[source.kind];
  const range = source.address.slice(source.address.lastIndexOf("!") + 1);
  return (
    <div className={styles.facts} data-testid="source-facts">
      <Caption1 className={styles.label}>{t.source.sheet}</Caption1>
      <Text weight="semibold" className={styles.value}>
        {source.sheetName}
      </Text>
      <Caption1 className={styles.label}>{t.source.range}</Caption1>
      <Text className={styles.value}>
        {range} · {kind}
      </Text>
      <Caption1 className={styles.label}>{t.source.rowsLabel}</Caption1>
      <Text className={styles.value}>
        {formatCount(info.rowCount, lang)} · {info.headerRow === null ? t.source.noHeader : t.source.headerRow(info.headerRow)}
      </Text>
    </div>
  );
}
