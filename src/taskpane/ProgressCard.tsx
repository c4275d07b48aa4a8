// The running report: what stage it is in, how far, and Cancel.

import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Lang } from "../core/types";
import type { PaneTexts } from "./i18n";
import { stageText, type Progress } from "./runState";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalM },
  field: { flexGrow: 1, minWidth: 0 },
});

/** Progress of a run; `onCancel` absent = a run the pane cannot cancel (the ribbon button's). */
export function ProgressCard(props: { progress: Progress; t: PaneTexts; lang: Lang; cancelling: boolean; onCancel?: () => void }) {
  const { progress, t } = props;
  const styles = useStyles();
  // A bar that moves with the rows read and the batches written; indeterminate while analysing
  // (one step without a count) and before the first count.
  const counted = progress.stage !== "analysing" && progress.total > 0;
  const value = counted ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <div className={styles.row} data-testid="progress">
      <Field className={styles.field} validationMessage={stageText(progress, t, props.lang)} validationState="none" role="status">
        <ProgressBar thickness="large" value={value} aria-label={t.build.progressName} />
      </Field>
      {props.onCancel && (
        <Button icon={<DismissRegular />} disabled={props.cancelling} onClick={props.onCancel}>
          {t.build.cancel}
        </Button>
      )}
    </div>
  );
}
