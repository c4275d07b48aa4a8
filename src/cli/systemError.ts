// Node's errors from the file system (ENOENT, EISDIR, EACCES …) carry the failed call's name.

export function isSystemError(e: unknown): e is { code: string; syscall: string } {
  return typeof e === "object" && e !== null && typeof (e as { syscall?: unknown }).syscall === "string";
}
