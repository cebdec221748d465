/**
 * Files from strangers (#14): a pack folder shared as a repository can carry symlinks and special files; a scenario
 * path can name a FIFO or a device. Only regular files are read, never more than the byte cap, and a pack reads only
 * files whose real path lies inside its folder. Each case is a clear problem (exit 3), never a hang, a crash or an
 * echo of a foreign file's contents.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, openSync, closeSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../src/cli.js';
import { maxFileBytes, openRegularFile } from '../src/io/file.js';
import { loadPack, readJsonFile } from '../src/io/read.js';
import { bundledPackFiles } from '../src/bundled.js';
import { runCli } from './support/cli.js';
import { writePack } from './support/packs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

/** A copy of the bundled CST pack in a new folder; `art-4.json` is replaced by what `plant` puts there. */
function packWith(name: string, plant: (file: string) => void): string {
  const folder = writePack(join(dir, name), bundledPackFiles['csto/cst-1992']!);
  rmSync(join(folder, 'art-4.json'));
  plant(join(folder, 'art-4.json'));
  return folder;
}

const detail = (r: { success: boolean; problems?: ReadonlyArray<{ code: string; message: string }> }) =>
  r.success ? 'loaded' : r.problems!.map((p) => `${p.code}: ${p.message}`).join('; ');

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe('a pack folder reads only its own regular files', () => {
  it('a symlink to /dev/zero is refused at once (it used to abort the process after a minute)', () => {
    const folder = packWith('zero', (f) => symlinkSync('/dev/zero', f));
    expect(detail(loadPack(folder))).toMatch(/^unreadable_file: cannot read .*art-4\.json: it is a device, not a regular file$/);
  });

  it('a FIFO is refused, not waited on for ever', () => {
    const folder = packWith('fifo', mkfifo);
    expect(detail(loadPack(folder))).toContain('it is a named pipe (FIFO), not a regular file');
  });

  it('a symlink to a JSON file outside the folder is refused unread: none of its keys is echoed', () => {
    const secret = join(dir, 'credentials.json');
    writeFileSync(secret, JSON.stringify({ aws_access_key_id: 'AKIA-NOT-REAL', aws_secret_access_key: 'not-real' }));
    const folder = packWith('out', (f) => symlinkSync(secret, f));
    const message = detail(loadPack(folder));
    expect(message).toContain('it leads outside the pack folder');
    expect(message).not.toContain('aws_');
  });

  it('a symlink to a file inside the folder is followed', () => {
    const folder = packWith('inside', (f) => {
      writeFileSync(`${f}.real`, JSON.stringify((bundledPackFiles['csto/cst-1992']!.articles as Array<{ article: string }>).find((a) => a.article === 'art-4')));
      symlinkSync('art-4.json.real', f);
    });
    expect(detail(loadPack(folder))).toBe('loaded');
  });

  it('a file over the byte cap is refused without being read', () => {
    const folder = packWith('huge', (f) => {
      writeFileSync(f, '');
      truncateSync(f, maxFileBytes + 1);
    });
    expect(detail(loadPack(folder))).toContain(`larger than ${maxFileBytes} bytes`);
  });

  it('through the CLI: exit 3, the problem named, nothing foreign printed', async () => {
    const r = await run('evaluate', '--bundled', '--pack', join(dir, 'out'));
    expect([r.code, r.err]).toEqual([exitCodes.unreadable, expect.stringContaining('outside the pack folder')]);
    expect(r.err).not.toContain('aws_');
  });
});

describe('every file the CLI reads', () => {
  it('a scenario that is a FIFO is a clear error, exit 3, without waiting for a writer', async () => {
    const fifo = join(dir, 'scenario.fifo');
    mkfifo(fifo);
    const r = await run('evaluate', fifo);
    expect([r.code, r.err]).toEqual([exitCodes.unreadable, expect.stringContaining('named pipe (FIFO)')]);
  });

  it('/dev/zero as a scenario is a clear error, exit 3', async () => {
    const r = await run('validate', '/dev/zero');
    expect([r.code, r.err]).toEqual([exitCodes.unreadable, expect.stringContaining('it is a device')]);
    expect(readJsonFile('/dev/zero').success).toBe(false);
  });

  it.each([
    ['ELOOP', () => {
      symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
      symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
      return join(dir, 'loop-a');
    }, 'too many levels of symbolic links'],
    ['ENOTDIR', () => {
      writeFileSync(join(dir, 'plain.json'), '{}');
      return join(dir, 'plain.json', 'x.json');
    }, 'a part of the path is not a folder'],
    ['ENAMETOOLONG', () => join(dir, 'n'.repeat(5_000)), 'the name is too long'],
  ] as const)('validate exits 3 (not 70, "a bug") for %s, saying what is wrong', async (_code, make, says) => {
    const r = await run('validate', make());
    expect([r.code, r.err]).toEqual([exitCodes.unreadable, expect.stringContaining(says)]);
  });

  it('standard input from /dev/zero stops at the byte cap: exit 3, no exhausted heap', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'validate', '-'], { cwd: root, stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 120_000 });
      expect([child.status, child.stderr]).toEqual([exitCodes.unreadable, expect.stringContaining(`larger than ${maxFileBytes} bytes`)]);
    } finally {
      closeSync(zero);
    }
  }, 120_000);
});

describe('a file read as a stream (data sets) is opened as a regular file first', () => {
  it('a FIFO or a device is refused at once; a regular file streams from the checked descriptor, with no byte cap', async () => {
    const fifo = join(dir, 'rows.fifo');
    mkfifo(fifo);
    expect(openRegularFile(fifo)).toEqual({ ok: false, detail: 'it is a named pipe (FIFO), not a regular file' });
    expect(openRegularFile('/dev/zero')).toEqual({ ok: false, detail: 'it is a device, not a regular file' });
    expect(openRegularFile(join(dir, 'absent.csv'))).toEqual({ ok: false, detail: 'no such file' });
    const file = join(dir, 'rows.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    const opened = openRegularFile(file);
    if (!opened.ok) throw new Error(opened.detail);
    expect(opened.size).toBe(8);
    let text = '';
    for await (const chunk of createReadStream(file, { fd: opened.fd, encoding: 'utf8' })) text += chunk;
    expect(text).toBe('a,b\n1,2\n');
  });
});
