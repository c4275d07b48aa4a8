// allowErrorForDataTypeAny for the custom-function metadata (functions.json and its translations).
//
// Without it Excel never calls a function whose any-typed range holds one error cell (#N/A, #DIV/0!):
// the cell shows #VALUE! before our code runs, so the per-cell handling of SPEC §8 never happens,
// e.g. MONTHLY(A:A, …) over an export with a single #N/A. The metadata generator cannot write the
// flag (no JSDoc tag sets it), so the build adds it here. It is a file-level switch in Excel's
// metadata: set when any function takes an any-typed parameter (a parameter without a type is any).

"use strict";

/** True when some parameter of some function is any-typed. */
function takesAnyTypedCells(metadata) {
  return metadata.functions.some((fn) => (fn.parameters || []).some((p) => p.type === undefined || p.type === "any"));
}

/**
 * The metadata with `allowErrorForDataTypeAny: true` when it takes any-typed cells; otherwise
 * unchanged (the flag means nothing without them).
 * @param {{functions: object[]}} metadata
 */
function allowErrorCells(metadata) {
  return takesAnyTypedCells(metadata) ? { ...metadata, allowErrorForDataTypeAny: true } : metadata;
}

module.exports = { allowErrorCells, takesAnyTypedCells };
