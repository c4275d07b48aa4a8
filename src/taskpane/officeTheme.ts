// Light or dark, as Office is: Office.context.officeTheme when the pane opens, and the changes the
// host reports (OfficeThemeChanged; hosts that do not report them keep the theme of the opening).

/** The part of Office.OfficeTheme the pane reads; every field may be missing on older hosts. */
export type OfficeThemeColors = Partial<Pick<Office.OfficeTheme, "isDarkTheme" | "bodyBackgroundColor">>;

/** Relative luminance of "#RRGGBB" (WCAG), or null for anything else. */
function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(match[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** True for Office's Black and Dark Gray themes; hosts without `isDarkTheme` are read from the background colour. */
export function isDarkOfficeTheme(theme: OfficeThemeColors | null | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const l = theme.bodyBackgroundColor === undefined ? null : luminance(theme.bodyBackgroundColor);
  return l !== null && l < 0.2;
}

/** The theme now, outside Office (a plain browser) light. */
export function currentOfficeDark(): boolean {
  try {
    return isDarkOfficeTheme(globalThis.Office?.context?.officeTheme);
  } catch {
    return false;
  }
}

/**
 * Calls `onChange` with the new darkness when the host reports a theme change. Hosts without the
 * event answer addHandlerAsync with a failure, which leaves the theme of the opening.
 */
export function followOfficeTheme(onChange: (dark: boolean) => void): void {
  const office = globalThis.Office;
  const event = office?.EventType?.OfficeThemeChanged;
  const document = office?.context?.document;
  if (event === undefined || typeof document?.addHandlerAsync !== "function") return;
  document.addHandlerAsync(event, (args: { officeTheme?: OfficeThemeColors }) => onChange(isDarkOfficeTheme(args.officeTheme ?? office.context.officeTheme)));
}
