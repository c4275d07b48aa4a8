// The one global the custom functions need at run time, as Excel's runtime defines it, and helpers
// that show results the way a cell does ("#VALUE!" for an error object).

class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

Object.assign(globalThis, {
  CustomFunctions: {
    Error: FakeExcelError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  },
});

/** An error cell as Excel passes it into a function. */
export const NA_CELL = new FakeExcelError("#N/A");

/** What the cells show: errors as their code, everything else as it is. */
export function shown(result: unknown): unknown {
  if (Array.isArray(result)) return result.map(shown);
  return result instanceof FakeExcelError ? result.code : result;
}

/** The error a call throws (a whole-result error), as { code, message }. */
export function thrownBy(call: () => unknown): { code: string; message?: string } {
  try {
    call();
  } catch (e) {
    if (e instanceof FakeExcelError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("the call did not throw");
}

/** The message of the error in one result cell. */
export function messageOf(cell: unknown): string | undefined {
  return cell instanceof FakeExcelError ? cell.message : undefined;
}

/** Excel passes an omitted optional argument as null, which the TypeScript signatures do not admit. */
export const OMITTED = null as unknown as undefined;
