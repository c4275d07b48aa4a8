// Where the report goes: files and standard output. A write that fails becomes one line naming
// what could not be written (exit 4), and no output may be the file read (exit 2).

import { mkdir, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { KeyClientError } from "../core/errors";
import { isSystemError } from "./systemError";

/** A report file that could not be written: a folder in its place, no permission, a full disk. */
export class OutputError extends Error {}

/** What the usual file-system errors mean for a file to be written. */
const WRITE_FAILURES: Record<string, string> = {
  EISDIR: "a folder has that name",
  EEXIST: "a file stands where its folder should be",
  ENOTDIR: "a file stands where its folder should be",
  EACCES: "no permission",
  EPERM: "no permission",
  ENOSPC: "the disk is full",
  EROFS: "the disk is read-only",
  EPIPE: "the program reading it has closed it",
  EBADF: "it is closed",
};

function outputError(what: string, e: { code: string }): OutputError {
  const meaning = WRITE_FAILURES[e.code];
  return new OutputError(`${what}: cannot write ${what === STDOUT ? "to it" : "the file"} (${e.code}${meaning ? `: ${meaning}` : ""})`);
}

const STDOUT = "standard output";

/** Runs `write`; a file-system error becomes one line naming `path`, as for the file read. */
export async function writing(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await write();
  } catch (e) {
    if (isSystemError(e)) throw outputError(path, e);
    throw e;
  }
}

/**
 * Writes `text` to standard output and waits until it is handed over. A closed pipe (`| head`) or a
 * full disk (`> /dev/full`) rejects with an OutputError instead of an unhandled stream error.
 */
export function writeStdout(text: string): Promise<void> {
  const out = process.stdout;
  return new Promise((done, fail) => {
    const onError = (e: unknown) => fail(hasCode(e) ? outputError(STDOUT, e) : e);
    // The stream reports a failed write twice: to the callback, then as an "error" event, which
    // the listener must still be there to take.
    out.once("error", onError);
    out.write(text, (e) => {
      if (e) return onError(e);
      out.off("error", onError);
      done();
    });
  });
}

function hasCode(e: unknown): e is { code: string } {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string";
}

/** The same file on disk: the same device and inode (hard links and symbolic links included). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // an output that does not exist yet is not the input
  }
}

/** Refuses (a usage error) an output that is the input file, or two outputs that are one file. */
export async function checkOutputPaths(input: string, outputs: { flag: string; path: string | undefined }[]): Promise<void> {
  const files = outputs.filter((o): o is { flag: string; path: string } => o.path !== undefined && o.path !== "-");
  for (const o of files) {
    if (await sameFile(o.path, input)) {
      throw new KeyClientError("badOption", `${o.flag} ${o.path} names the input file; the source is never written. Choose another file.`);
    }
  }
  if (files.length === 2 && (await sameFile(files[0].path, files[1].path))) {
    throw new KeyClientError("badOption", `${files[0].flag} and ${files[1].flag} name the same file; choose two files.`);
  }
}
