// The pane's title bar: the add-in's icon, name and what it makes.

import { Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneTexts } from "./i18n";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: "flex", flexDirection: "column" },
  tagline: { color: tokens.colorNeutralForeground3 },
});

export function Header({ t }: { t: PaneTexts }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <img src="assets/icon-32.png" width={32} height={32} alt="" />
      <div className={styles.titles}>
        <Subtitle1 as="h1">{t.app.title}</Subtitle1>
        <Caption1 className={styles.tagline}>{t.app.tagline}</Caption1>
      </div>
    </header>
  );
}
