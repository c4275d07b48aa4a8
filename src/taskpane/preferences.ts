// The pane's language choice is the user's, not the workbook's: it is kept in the browser's
// storage of the add-in, so it follows the user from workbook to workbook on this computer.

import type { LangChoice } from "./i18n";

const KEY = "keyclient.paneLanguage";
const CHOICES: readonly LangChoice[] = ["auto", "en", "ru", "bg", "id"];

/** The saved choice; "auto" when there is none or storage is unavailable (private mode, old hosts). */
export function loadLangChoice(): LangChoice {
  try {
    const saved = globalThis.localStorage?.getItem(KEY);
    return CHOICES.find((c) => c === saved) ?? "auto";
  } catch {
    return "auto";
  }
}

export function saveLangChoice(choice: LangChoice): void {
  try {
    globalThis.localStorage?.setItem(KEY, choice);
  } catch {
    // Storage refused: the choice lasts until the pane closes, which is all we can do.
  }
}
