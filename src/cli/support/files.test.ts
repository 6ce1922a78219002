import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDirs } from './files.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('makeDirs', () => {
  it('creates nested folders and accepts ones that exist', async () => {
    await makeDirs(join(dir, 'a', 'b', 'c'));
    await makeDirs(join(dir, 'a', 'b'));
    expect(statSync(join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
  });

  it('fails on a file in the path', async () => {
    writeFileSync(join(dir, 'f'), 'x');
    await expect(makeDirs(join(dir, 'f', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it.runIf(existsSync('/proc/self'))('settles under /proc (regression: plan --out /proc/deploy hung forever on Node 20)', async () => {
    await expect(makeDirs('/proc/switchboard-deploy/x')).rejects.toMatchObject({ code: 'ENOENT' });
  }, 5000);
});
