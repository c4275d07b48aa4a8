// A message bar with its title: Fluent names the bar by its title, and announces the bar's text when
// it appears (through the AriaLiveAnnouncer around the pane).

import type { ReactNode } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { outcomeHeadingProps } from "./outcome";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

export function Notice(props: { intent: "error" | "warning" | "info"; title: string; children: ReactNode; outcome?: boolean; testId?: string }) {
  const styles = useStyles();
  const heading = outcomeHeadingProps(props.outcome);
  return (
    <MessageBar intent={props.intent} layout="multiline" data-testid={props.testId}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle {...heading}>{props.title}</MessageBarTitle>
        {props.children}
      </MessageBarBody>
    </MessageBar>
  );
}
