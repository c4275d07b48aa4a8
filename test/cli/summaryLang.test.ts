// The terminal summary in each language: its own words and the language's number conventions, and
// in Russian no English word besides client names and the analysis' Latin abbreviations.

import { join } from "node:path";
import { loadReport } from "../../src/cli/main";
import { parseReportArgs } from "../../src/cli/args";
import { summaryText } from "../../src/cli/summary";
import type { Lang } from "../../src/core/types";

const SAMPLE = join(__dirname, "..", "..", "samples", "superstore-style-en.csv");

async function summary(lang: Lang): Promise<{ text: string; names: string[] }> {
  const model = await loadReport(parseReportArgs([SAMPLE, "--lang", lang, "--today", "2018-01-15"]));
  const names = [...model.clients, ...model.dropped, ...model.lost].map((c) => c.name).concat((model.managers ?? []).map((m) => m.name ?? ""));
  return { text: summaryText(model, "out.xlsx"), names };
}

test("a Russian summary has no English word besides names, HHI, ABC/XYZ classes and the file name", async () => {
  const { text, names } = await summary("ru");
  let rest = text.replace("out.xlsx", "");
  for (const name of names.filter(Boolean).sort((a, b) => b.length - a.length)) rest = rest.split(name).join("");
  expect(rest.match(/[A-Za-z]{2,}/g)?.filter((w) => !["HHI", "ABC", "XYZ"].includes(w) && !/^[ABC][XYZ]$/.test(w)) ?? []).toEqual([]);
  expect(text).toContain("Строк: прочитано 5543, учтено 5543, пропущено 0 · в периоде: строк 703, сумма 1\u00a0014\u00a0083,00");
});

test("Bulgarian and Indonesian summaries in their words and number conventions", async () => {
  const bg = (await summary("bg")).text.split("\n");
  expect(bg[1]).toBe("Редове: прочетени 5543, използвани 5543, пропуснати 0 · в периода: 703 реда, 1\u00a0014\u00a0083,00");
  expect(bg[bg.length - 1]).toBe("Записан е файлът out.xlsx");
  const id = (await summary("id")).text.split("\n");
  expect(id[0]).toBe("Pelanggan utama 2017-12 · Okt 2017 – Des 2017 · 20 teratas menurut rata-rata penjualan bulanan");
  expect(id[1]).toBe("Baris: 5543 dibaca, 5543 dipakai, 0 dilewati · periode: 703 baris, 1.014.083,00");
});
