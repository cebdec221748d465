/**
 * Reading one file's bytes safely: only a regular file (never a FIFO that blocks for ever, nor a device such as
 * /dev/zero that never ends), never more than a byte cap, and, for the files of a pack folder, only a file whose real
 * path lies inside that folder (a symlink shared in a repository cannot reach out of it). Node built-ins only, so the
 * CLI entry can use it for standard input without loading the library. Problems are returned as text, never thrown.
 * @module
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';

/** Bytes read from one file at most (scenarios, fixtures, pack files, standard input): 32 MiB. */
export const maxFileBytes = 32 * 1024 * 1024;

export type BytesResult = { ok: true; text: string } | { ok: false; detail: string };

/** What an errno means, for a person. */
export function errnoDetail(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return code ? `the system refused it (${code})` : 'it could not be read';
  }
}

function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stats.isDirectory()) return 'it is a directory, not a file';
  if (stats.isFIFO()) return 'it is a named pipe (FIFO), not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'it is a device, not a regular file';
  if (stats.isSocket()) return 'it is a socket, not a regular file';
  return 'it is not a regular file';
}

/** Reads up to `max` bytes from an open descriptor; undefined when there are more. */
export function readCapped(fd: number, max = maxFileBytes): string | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      // A non-blocking descriptor with nothing yet (standard input from a slow pipe): wait a moment and retry.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > max) return undefined;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

export type OpenResult = { ok: true; fd: number; size: number } | { ok: false; detail: string };

/**
 * Opens a regular file for reading: without blocking, so a FIFO is refused rather than waited on, and checked on the
 * open descriptor, so the file checked is the file read (no race with a rename). The caller owns the descriptor: close
 * it, or hand it to `createReadStream(file, { fd })`, which closes it at the end. For files read as a stream (data
 * sets), where no byte cap applies; `readTextFile` reads a whole file under the cap.
 */
export function openRegularFile(file: string): OpenResult {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      closeSync(fd);
      return { ok: false, detail: kindOf(stats) };
    }
    return { ok: true, fd, size: stats.size };
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    return { ok: false, detail: errnoDetail(e) };
  }
}

/**
 * The text of a regular file of at most `maxFileBytes`. With `within` (a folder), the file's real path must lie
 * inside the folder's real path. Opened as `openRegularFile` opens it.
 */
export function readTextFile(file: string, within?: string): BytesResult {
  const opened = openRegularFile(file);
  if (!opened.ok) return opened;
  const { fd } = opened;
  try {
    const stats = fstatSync(fd);
    if (within !== undefined) {
      const real = realpathSync(file);
      const root = realpathSync(within);
      const same = statSync(real);
      if (!real.startsWith(root.endsWith(sep) ? root : root + sep) || same.ino !== stats.ino || same.dev !== stats.dev) {
        return { ok: false, detail: 'it leads outside the pack folder (a symbolic link); a pack reads only its own files' };
      }
    }
    if (stats.size > maxFileBytes) return { ok: false, detail: `it is larger than ${maxFileBytes} bytes, the most read from one file` };
    const text = readCapped(fd);
    return text === undefined ? { ok: false, detail: `it is larger than ${maxFileBytes} bytes, the most read from one file` } : { ok: true, text };
  } catch (e) {
    return { ok: false, detail: errnoDetail(e) };
  } finally {
    closeSync(fd);
  }
}

/** Whether a path is a directory; false (never a throw) for anything that cannot be looked at, so reading it reports why. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}
