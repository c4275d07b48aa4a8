// The frame every section of the pane shares: a card with an icon and a title, named for screen readers.

import type { ReactElement, ReactNode } from "react";
import { Card, CardHeader, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalM },
  icon: { color: tokens.colorBrandForeground1, fontSize: "20px", display: "flex" },
});

export function PaneCard(props: { icon: ReactElement; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <Card className={styles.card} role="region" aria-label={props.title}>
      <CardHeader image={<span className={styles.icon}>{props.icon}</span>} header={<Subtitle2 as="h2">{props.title}</Subtitle2>} />
      {props.children}
    </Card>
  );
}
