// Errors the user can act on: a code for programs, a sentence for people.

export type ErrorCode =
  | "noHeader"
  | "missingColumn"
  | "emptyTable"
  | "monthOutsideData"
  | "badOption"
  | "badFile"
  /** The key-client register's table was broken by hand (SPEC §13): nothing is written. */
  | "badRegister";

/** The facts an error states, so the edge can write it in the user's language (the message is English). */
export interface ErrorFacts {
  /** Which case of the code: a selection of several areas, blank selected cells, an empty sheet. */
  reason?: "multipleAreas" | "emptySelection" | "emptySheet";
  /** The report month asked for (YYYY-MM); absent when the default month was used. */
  month?: string;
  /** The data's first and last months (YYYY-MM). */
  firstMonth?: string;
  lastMonth?: string;
  /** Today (YYYY-MM-DD), when no complete month precedes it. */
  today?: string;
  areas?: number;
  sheet?: string;
}

export class KeyClientError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly facts: ErrorFacts = {},
  ) {
    super(message);
    this.name = "KeyClientError";
  }
}
