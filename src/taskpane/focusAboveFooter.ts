// The form scrolls above the Build bar: a control the keyboard focuses at the bottom edge of the form
// would be cut by the bar (WCAG 2.4.11). Scroll the form until such a control shows whole.

import { useEffect, type RefObject } from "react";

/** Room left between the focused control and the footer. */
const GAP_PX = 8;

/** How far to scroll down so that `target` ends above `footerTop` (0 when it already does). */
export function scrollNeeded(target: { top: number; bottom: number }, footerTop: number): number {
  const overlap = target.bottom + GAP_PX - footerTop;
  // Never scroll the control's own top out of view: a control taller than the space shows its top.
  return overlap > 0 ? Math.max(0, Math.min(overlap, target.top - GAP_PX)) : 0;
}

/** While mounted, every focus inside `content` (the scrolling form) is checked against the footer's box. */
export function useFocusAboveFooter(content: RefObject<HTMLElement | null>, footer: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      const bar = footer.current;
      if (!(target instanceof HTMLElement) || !bar || !content.current?.contains(target)) return;
      const by = scrollNeeded(target.getBoundingClientRect(), bar.getBoundingClientRect().top);
      if (by > 0) content.current.scrollBy({ top: by });
    };
    document.addEventListener("focusin", onFocus);
    return () => document.removeEventListener("focusin", onFocus);
  }, [content, footer]);
}
