// What the report found, in the few figures a manager looks at first, and the way to the sheet.

import { Body1, Button, Caption1, Divider, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircleFilled, DocumentTableRegular, OpenRegular } from "@fluentui/react-icons";
import { ruleText, windowLabel } from "../core/labels";
import { warningText } from "../core/warningText";
import type { Lang } from "../core/types";
import type { RunResult } from "./api";
import { formatCount, formatPercent, type PaneTexts } from "./i18n";
import { PaneCard } from "./PaneCard";
import { resultFacts, type Fact } from "./resultFacts";

const useStyles = makeStyles({
  sheet: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  sheetIcon: { fontSize: "20px", color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  lead: { color: tokens.colorNeutralForeground2 },
  tiles: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  tile: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  figure: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  facts: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  value: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  attention: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3, gridColumn: "1 / -1", paddingLeft: tokens.spacingHorizontalM },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1 },
  success: { color: tokens.colorPaletteGreenForeground1 },
});

export function ResultCard(props: { result: RunResult; t: PaneTexts; lang: Lang; onGoToSheet: () => void }) {
  const { result, t, lang } = props;
  const { model } = result;
  const styles = useStyles();
  return (
    <PaneCard icon={<CheckmarkCircleFilled className={styles.success} />} title={t.result.title} outcome testId="result">
      <Body1 className={styles.sheet}>
        <DocumentTableRegular className={styles.sheetIcon} />
        <span data-testid="report-sheet">{result.sheetName}</span>
      </Body1>
      <Body1 className={styles.lead}>
        {windowLabel(model.windowMonths, lang)} · {ruleText(model.options.rule, model.options.basis, lang)}
      </Body1>
      <div className={styles.tiles}>
        <div className={styles.tile} data-testid="key-count">
          <Text className={styles.figure}>{formatCount(model.summary.keyCount, lang)}</Text>
          <Caption1>{t.result.keyClients}</Caption1>
        </div>
        <div className={styles.tile} data-testid="key-share">
          <Text className={styles.figure}>{formatPercent(model.summary.keyShare, lang)}</Text>
          <Caption1>{t.result.keyShare}</Caption1>
        </div>
      </div>
      <div className={styles.facts}>
        {resultFacts(model, t, lang).map((f) => (
          <FactRow key={f.id} fact={f} styles={styles} />
        ))}
      </div>
      {model.warnings.length > 0 && (
        <>
          <Divider />
          <Text size={200} weight="semibold">
            {t.result.warnings}
          </Text>
          <ul className={styles.warnings}>
            {model.warnings.map((w, i) => (
              <li key={i}>
                <Caption1>{warningText(w, model.lang)}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <Button appearance="primary" icon={<OpenRegular />} onClick={props.onGoToSheet}>
        {t.result.goToSheet}
      </Button>
    </PaneCard>
  );
}

function FactRow(props: { fact: Fact; styles: ReturnType<typeof useStyles> }) {
  const { fact, styles } = props;
  return (
    <>
      <Body1 data-fact={fact.id}>{fact.label}</Body1>
      <Body1 className={mergeClasses(styles.value, fact.attention && styles.attention)} data-fact-value={fact.id}>
        {fact.value}
      </Body1>
      {fact.notes?.map((note) => (
        <Caption1 key={note} className={styles.note}>
          {note}
        </Caption1>
      ))}
    </>
  );
}
