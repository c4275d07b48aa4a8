// Progress on standard error, only when a person is watching it (a terminal) — never in pipes or CI.

export interface Progress {
  onRows?: (rowsRead: number) => void;
  done(): void;
}

export function rowProgress(label: string): Progress {
  const err = process.stderr;
  if (!err.isTTY) return { done: () => undefined };
  let shown = 0;
  return {
    onRows: (rows) => {
      if (rows - shown < 100_000) return;
      shown = rows;
      err.write(`\r${label}: ${rows.toLocaleString("en-US")} rows read…`);
    },
    // Clears the line so the summary starts clean.
    done: () => {
      if (shown > 0) err.write("\r\x1b[2K");
    },
  };
}
