// The outcome of a run (the result card, an error, "cancelled") appears above the form, while the
// user is usually scrolled down to the Build bar: bring it into view and put the focus on its title.

const ATTRIBUTE = "data-outcome-heading";

/** Props that mark a title as the one to focus (reachable by script, not by Tab). */
export function outcomeHeadingProps(outcome: boolean | undefined): Record<string, unknown> {
  return outcome ? { tabIndex: -1, [ATTRIBUTE]: "" } : {};
}

/** Scrolls `container`'s outcome title to the top of the view and focuses it; false when there is none. */
export function focusOutcome(container: HTMLElement | null): boolean {
  const heading = container?.querySelector<HTMLElement>(`[${ATTRIBUTE}]`);
  if (!heading) return false;
  heading.scrollIntoView({ block: "start" });
  heading.focus({ preventScroll: true });
  return true;
}
