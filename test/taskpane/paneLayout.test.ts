import { scrollNeeded } from "../../src/taskpane/focusAboveFooter";
import { isDarkOfficeTheme } from "../../src/taskpane/officeTheme";

describe("the Office theme", () => {
  test("isDarkTheme decides where the host gives it", () => {
    expect(isDarkOfficeTheme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe(true);
    expect(isDarkOfficeTheme({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(false);
  });

  test("without isDarkTheme, the body colour decides: Black and Dark Gray are dark, White and Colorful light", () => {
    expect(["#262626", "#000000", "#444444", "#ffffff", "#F3F3F3", "#E6E6E6"].map((c) => isDarkOfficeTheme({ bodyBackgroundColor: c }))).toEqual([
      true, true, true, false, false, false,
    ]);
  });

  test("no theme, or a colour that is not #RRGGBB: light", () => {
    expect([isDarkOfficeTheme(undefined), isDarkOfficeTheme(null), isDarkOfficeTheme({}), isDarkOfficeTheme({ bodyBackgroundColor: "black" })]).toEqual([false, false, false, false]);
  });
});

describe("a focused control under the sticky footer", () => {
  test("is scrolled up by its overlap with the footer plus an 8 px gap", () => {
    expect(scrollNeeded({ top: 600, bottom: 632 }, 620)).toBe(20);
    expect(scrollNeeded({ top: 700, bottom: 732 }, 620)).toBe(120);
  });

  test("a control above the footer is left where it is", () => {
    expect(scrollNeeded({ top: 500, bottom: 532 }, 620)).toBe(0);
    expect(scrollNeeded({ top: 500, bottom: 612 }, 620)).toBe(0);
  });

  test("a control taller than the room above the footer keeps its top in view", () => {
    expect(scrollNeeded({ top: 100, bottom: 900 }, 620)).toBe(92);
  });
});
