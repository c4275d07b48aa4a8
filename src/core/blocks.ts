// Passes over every row of a table, a block of rows at a time.

/**
 * Rows per call of a function that passes over every row. A loop over a million rows that runs once
 * runs mostly unoptimised: V8 optimises it in the middle of the loop, and late. The same loop as a
 * small function called once per block is optimised after a few calls, as any hot function, and
 * stays optimised for the next report (docs/performance.md).
 */
export const BLOCK_ROWS = 8192;
