import { KeyClientError } from "../../src/core/errors";

/** The KeyClientError `f` throws (anything else is rethrown; no throw fails the test). */
export function thrown(f: () => unknown): KeyClientError {
  try {
    f();
  } catch (e) {
    if (e instanceof KeyClientError) return e;
    throw e;
  }
  throw new Error("did not throw");
}
