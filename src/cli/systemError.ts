// Node's errors from the file system (ENOENT, EISDIR, EACCES …) carry the failed call's name.

/** A file-system error, duck-typed: it may come from another realm (under jest), where instanceof fails. */
export function isSystemError(e: unknown): e is { code: string; syscall: string } {
  return typeof e === "object" && e !== null && typeof (e as { syscall?: unknown }).syscall === "string";
}
