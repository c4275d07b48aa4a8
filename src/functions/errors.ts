// Excel errors as custom functions return them. `CustomFunctions` is a global of the Excel runtime;
// it is read only when a function runs, so this module also imports in Node (tests, metadata).

import { KeyClientError } from "../core/errors";

/** #VALUE!: a cell holds text or an error where a number is needed. Excel shows the message. */
export function valueError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * #NUM!: an impossible parameter (SPEC §8). Excel shows custom messages only with #VALUE! and #N/A;
 * the message is kept anyway for other hosts and for tests, and docs/functions.md lists the rules.
 */
export function numError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, message);
}

/** #DIV/0!: a share of a zero total, a CV of a zero mean (Excel allows no message with it). */
export function divError(): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
}

/**
 * A core error as the Excel error that carries its sentence: #N/A when the data has no shipments for
 * the month asked, #VALUE! for data that cannot be used (no rows, lists of different lengths).
 */
function excelErrorOf(e: KeyClientError): CustomFunctions.Error {
  if (e.code === "monthOutsideData") return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, e.message);
  return valueError(e.message);
}

/** Runs a core call; its KeyClientError becomes the Excel error of `excelErrorOf`. */
export function fromCore<T>(call: () => T): T {
  try {
    return call();
  } catch (e) {
    if (e instanceof KeyClientError) throw excelErrorOf(e);
    throw e;
  }
}
