/**
 * The files and folders a command is given (the env file, the batch file, --out, --record),
 * looked at before anything starts, so that a folder under a plain file or a read-only disk is
 * one line among the other input problems, not a stack trace after the browser has opened.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** What an errno code means for a file the operator named, in their words. */
const MEANINGS: Record<string, string> = {
  ENOENT: 'does not exist',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is a plain file, not a folder',
  EISDIR: 'is a folder, not a file',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EEXIST: 'already exists, and is not a folder',
};

/** `does not exist (ENOENT)`: the meaning and the code, which is what a search engine knows. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code) return error instanceof Error ? error.message : String(error);
  return MEANINGS[code] ? `${MEANINGS[code]} (${code})` : code;
}

/** Whether an error is the file system refusing (as opposed to a bug in the code calling it). */
export function isFileSystemRefusal(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  const e = error as NodeJS.ErrnoException | undefined;
  return (
    typeof e?.code === 'string' &&
    typeof e.path === 'string' &&
    typeof e.syscall === 'string' &&
    (['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR', 'ENOSPC', 'EDQUOT'].includes(e.code) ||
      // A plain file where a folder is to be made.
      (e.code === 'EEXIST' && e.syscall === 'mkdir'))
  );
}

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/**
 * Why a folder the run will create (or write into) cannot be, or undefined when it can: the
 * nearest part of the path that exists must be a folder we may write in. `access` is asked,
 * not the mode bits, so root on a read-only mount is refused too (EROFS) and root elsewhere is not.
 */
export function folderProblem(path: string): string | undefined {
  let at = resolve(path);
  for (;;) {
    let isFolder: boolean;
    try {
      isFolder = statSync(at).isDirectory();
    } catch (error) {
      const code = errno(error);
      const parent = dirname(at);
      // Missing, or under a plain file further up: the walk up finds which.
      if ((code === 'ENOENT' || code === 'ENOTDIR') && parent !== at) {
        at = parent;
        continue;
      }
      return `cannot look at ${at}: ${describeFileError(error)}`;
    }
    if (!isFolder) {
      return at === resolve(path)
        ? `${at} is a plain file, not a folder (ENOTDIR)`
        : `${at} is a plain file, so no folder can be made under it (ENOTDIR)`;
    }
    try {
      accessSync(at, constants.W_OK | constants.X_OK);
    } catch (error) {
      return `cannot write in ${at}: ${describeFileError(error)}`;
    }
    return undefined;
  }
}

/** Whether a file's mode lets its group or anyone else read it (0o644, not 0o600). */
export function readableByOthers(path: string): boolean {
  try {
    return (statSync(path).mode & 0o044) !== 0;
  } catch {
    return false;
  }
}
