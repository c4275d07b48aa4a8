// A failure shown as a MessageBar: title, the sentence saying what to do, the detail below it.

import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { describeError } from "./errors";
import type { PaneTexts } from "./i18n";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export function ErrorBar(props: { error: unknown; t: PaneTexts; intent?: "error" | "warning" }) {
  const styles = useStyles();
  const { title, message, detail } = describeError(props.error, props.t);
  return (
    <MessageBar intent={props.intent ?? "error"} layout="multiline" data-testid="error-bar">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        <span>{message}</span>
        {detail && (
          <Caption1 className={styles.detail}>
            {props.t.errors.details}: {detail}
          </Caption1>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
