// The frame every section of the pane shares: a card with an icon and a title, named for screen readers.

import type { ReactElement, ReactNode } from "react";
import { Card, CardHeader, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { outcomeHeadingProps } from "./outcome";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalM },
  icon: { color: tokens.colorBrandForeground1, fontSize: "20px", display: "flex" },
});

/** `outcome`: the card shows a run's result; App focuses its title when it appears. */
export function PaneCard(props: { icon: ReactElement; title: string; children: ReactNode; outcome?: boolean; testId?: string }) {
  const styles = useStyles();
  const heading = outcomeHeadingProps(props.outcome);
  return (
    <Card className={styles.card} role="region" aria-label={props.title} data-testid={props.testId}>
      <CardHeader
        image={<span className={styles.icon}>{props.icon}</span>}
        header={
          <Subtitle2 as="h2" {...heading}>
            {props.title}
          </Subtitle2>
        }
      />
      {props.children}
    </Card>
  );
}
