// Errors the user can act on: a code for programs, a sentence for people.

export type ErrorCode =
  | "noHeader"
  | "missingColumn"
  | "emptyTable"
  | "monthOutsideData"
  | "badOption"
  | "badFile";

export class KeyClientError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "KeyClientError";
  }
}
