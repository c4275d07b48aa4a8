// Fluent marks a focused text box, spin box or dropdown only by a 2 px underline; buttons get a
// ring. The same ring on those controls, so the keyboard's place is as easy to see everywhere.

import { makeStyles, tokens } from "@fluentui/react-components";

export const useFocusRing = makeStyles({
  ring: {
    ":focus-within": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
});
