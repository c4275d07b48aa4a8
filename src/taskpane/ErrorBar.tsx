// A failure shown as a message bar: title, the sentence saying what to do, the detail below it.

import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { describeError } from "./errors";
import type { PaneTexts } from "./i18n";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** `outcome`: the failure of a run, which App brings into view and focuses. */
export function ErrorBar(props: { error: unknown; t: PaneTexts; intent?: "error" | "warning"; outcome?: boolean }) {
  const styles = useStyles();
  const { title, message, detail } = describeError(props.error, props.t);
  return (
    <Notice intent={props.intent ?? "error"} title={title} outcome={props.outcome} testId="error-bar">
      <span>{message}</span>
      {detail && (
        <Caption1 className={styles.detail}>
          {props.t.errors.details}: {detail}
        </Caption1>
      )}
    </Notice>
  );
}
