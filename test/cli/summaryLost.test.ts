// The terminal's lost line states the list against all lost clients (SPEC §6), not "Lost: 20".
import { summaryText } from "../../src/cli/summary";
import { fixtureModel } from "../report/fixtures";

test("terminal: 1 of 293 lost clients shown, their monthly amount and the largest, in en and ru", () => {
  const model = fixtureModel({ lostCount: 293, lostAmount: 41250.5 });
  expect(summaryText(model).split("\n")).toContain("Lost clients: 1 of 293 lost clients shown · they brought 41,250.50 a month; the largest: Lost & Co");
  expect(summaryText({ ...model, lang: "ru" }).split("\n")).toContain(
    "Потерянные клиенты: В списке 1 из 293 потерянных клиентов · они приносили 41\u00a0250,50 в месяц; крупнейший: Lost & Co",
  );
  expect(summaryText(fixtureModel({ lostCount: 21, lostAmount: 10, lang: "ru" }))).toContain("из 21 потерянного клиента");
});
