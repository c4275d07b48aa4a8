import { KeyClientError } from "../../src/core/errors";
import { BuildRunningError } from "../../src/excel/commandState";
import { ExcelError, userError, WorkbookChangedError } from "../../src/excel/officeErrors";
import { describeError, isAbort } from "../../src/taskpane/errors";
import { paneTexts } from "../../src/taskpane/i18n";

const en = paneTexts("en");
const ru = paneTexts("ru");

describe("error messages", () => {
  const missing = new KeyClientError("missingColumn", "No column for amount was found. Columns in the table: \"Client\", \"Date\". Choose the column for amount yourself.");

  test("the engine's sentences are shown as they are in English", () => {
    expect(describeError(missing, en)).toEqual({ title: "A required column is missing", message: missing.message });
  });

  test("in Russian: a Russian title and advice, the engine's sentence below it", () => {
    expect(describeError(missing, ru)).toEqual({
      title: "Не хватает обязательного столбца",
      message: "Выберите нужные столбцы в разделе «Столбцы».",
      detail: missing.message,
    });
  });

  test("Excel's errors, already sentences from src/excel, with Russian ones per code", () => {
    const office = Object.assign(new Error("The operation is not allowed in cell edit mode."), { code: "InvalidOperationInCellEditMode" });
    const excel = userError(office);
    expect(excel).toBeInstanceOf(ExcelError);
    const message = (excel as Error).message;
    expect(describeError(excel, en)).toEqual({ title: "Excel could not finish the report", message });
    expect(describeError(excel, ru)).toEqual({
      title: "Excel не смог закончить отчёт",
      message: "Excel редактирует ячейку. Нажмите Enter или Esc, чтобы закончить ввод, и попробуйте ещё раз. Ваши данные не изменены.",
      detail: message,
    });
    const rare = new ExcelError("SomethingRare", "Excel could not carry out a step of the report (SomethingRare: x). Your data was not changed.", null);
    expect(describeError(rare, ru).message).toBe("Excel не смог выполнить шаг построения отчёта. Ваши данные не изменены.");
  });

  test("Excel failing after the workbook changed: what is where now, never \"not changed\", in either language", () => {
    const message = 'Excel stopped while writing the report (ActivityLimitReached: busy). The previous report for 2017-12 has been removed; the new one is complete on the sheet "Key clients 2017-12 …". Rename that sheet, or build the report again.';
    const changed = new WorkbookChangedError("ActivityLimitReached", message, null, "previousReportRemoved", "Key clients 2017-12 …");
    expect(describeError(changed, en)).toEqual({ title: "Excel could not finish the report", message });
    expect(describeError(changed, ru)).toEqual({
      title: "Excel не смог закончить отчёт",
      message: "Excel прервал построение отчёта: прежний отчёт за этот месяц уже удалён, а новый полностью готов на листе «Key clients 2017-12 …». Переименуйте этот лист или постройте отчёт ещё раз.",
      detail: message,
    });
    for (const state of ["unfinishedSheetLeft", "previousReportRemoved", "stateUnknown"] as const) {
      const e = new WorkbookChangedError("X", "m", null, state, "S …");
      expect(describeError(e, ru).message).toContain("«S …»");
      expect(describeError(e, ru).message).not.toMatch(/не изменен/);
    }
  });

  test("a second build while one runs: said plainly, not as an unexpected error", () => {
    expect(describeError(new BuildRunningError(), en)).toEqual({
      title: "A report is already being built",
      message: "Wait until it is finished (its progress is shown here), then build again if you need to.",
    });
    expect(describeError(new BuildRunningError(), ru)).toEqual({
      title: "Отчёт уже строится",
      message: "Дождитесь окончания (ход построения показан здесь) и при необходимости постройте отчёт ещё раз.",
    });
  });

  test("anything else is a generic sentence with the technical detail below", () => {
    expect(describeError(new TypeError("x is undefined"), en)).toEqual({
      title: "Something went wrong",
      message: en.errors.unexpected,
      detail: "TypeError: x is undefined",
    });
    expect(describeError("a string was thrown", ru)).toEqual({ title: "Что-то пошло не так", message: ru.errors.unexpected, detail: "a string was thrown" });
  });

  test("a cancelled run is not an error", () => {
    const controller = new AbortController();
    controller.abort();
    expect(isAbort(controller.signal.reason)).toBe(true);
    expect(isAbort(new DOMException("stopped", "AbortError"))).toBe(true);
    expect([new Error("x"), null, undefined, "AbortError"].map(isAbort)).toEqual([false, false, false, false]);
  });
});

describe("errors keep their facts in every language, under a title that fits the case", () => {
  const outside = new KeyClientError("monthOutsideData", "Report month 2015-03 is outside the data, which covers 2017-07 … 2018-01.", {
    month: "2015-03",
    firstMonth: "2017-07",
    lastMonth: "2018-01",
  });

  test("a month without data: the data's months, in English and in Russian", () => {
    expect(describeError(outside, en)).toEqual({
      title: "No data for that month",
      message: "There are no shipments for Mar 2015: the data covers Jul 2017 – Jan 2018. Choose a report month in that range.",
    });
    expect(describeError(outside, ru)).toEqual({
      title: "Нет данных за этот месяц",
      message: "За мар 2015 отгрузок нет: данные охватывают июл 2017 – янв 2018. Выберите отчётный месяц из этого периода.",
    });
  });

  test("a selection of two areas is titled as such, not 'check the settings'", () => {
    const two = new KeyClientError("badOption", "The selection has 2 separate areas. …", { reason: "multipleAreas", areas: 2 });
    expect(describeError(two, en).title).toBe("Select one block of cells");
    expect(describeError(two, ru)).toEqual({
      title: "Выделите один блок ячеек",
      message: "Выделено несколько отдельных областей (2). Выделите один блок ячеек или щёлкните ячейку в таблице и нажмите «Взять выделенное».",
    });
  });

  test("an empty sheet says the sheet is empty, not that a selected range is", () => {
    const empty = new KeyClientError("emptyTable", 'The sheet "Лист1" is empty. Open the sheet with the shipment table.', { reason: "emptySheet", sheet: "Лист1" });
    expect(describeError(empty, en)).toEqual({
      title: "The sheet is empty",
      message: "The sheet “Лист1” is empty. Open the sheet with the shipment table, click a cell in it, then click Use selection.",
    });
    expect(describeError(empty, ru).title).toBe("Лист пуст");
    expect(describeError(empty, ru).message).toMatch(/^Лист «Лист1» пуст\./);
  });
});
