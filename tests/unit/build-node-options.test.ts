/**
 * The Node options the production build runs with (scripts/lib/build-node-options.mjs): Node accepts them in
 * NODE_OPTIONS, an operator's own options still win, and `npm run build` hands them to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_NODE_OPTIONS, buildNodeOptions } from '../../scripts/lib/build-node-options.mjs';
import { PROJECT_ROOT } from '../helpers/build-site';

describe('buildNodeOptions', () => {
  it('is the build options alone when the environment sets none', () => {
    expect(buildNodeOptions(undefined)).toBe(BUILD_NODE_OPTIONS.join(' '));
    expect(buildNodeOptions('')).toBe(BUILD_NODE_OPTIONS.join(' '));
  });

  it("puts the environment's options last, so an operator's value of the same flag wins", () => {
    const options = buildNodeOptions('--max-semi-space-size=32 --import=./probe.mjs');
    expect(options.split(' ')).toEqual([...BUILD_NODE_OPTIONS, '--max-semi-space-size=32', '--import=./probe.mjs']);
  });

  it('holds only options Node allows in NODE_OPTIONS (a refused one stops every build)', () => {
    const node = spawnSync(process.execPath, ['-e', ''], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: buildNodeOptions(undefined) } });
    expect(node.stderr).toBe('');
    expect(node.status).toBe(0);
  });
});

describe('npm run build', () => {
  it('runs astro build with the build options in NODE_OPTIONS', () => {
    // A stand-in `astro` first on PATH: it records NODE_OPTIONS and writes an empty site where it is told to.
    const dir = mkdtempSync(join(tmpdir(), 'build-options-'));
    const recorded = join(dir, 'node-options.txt');
    const fakeAstro = join(dir, 'astro');
    writeFileSync(fakeAstro, `#!/bin/sh\nprintf '%s' "$NODE_OPTIONS" > "${recorded}"\nmkdir -p "$ASTRO_OUT_DIR"\n`);
    chmodSync(fakeAstro, 0o755);
    const outDir = join(dir, 'dist');
    const build = spawnSync(process.execPath, [resolve(PROJECT_ROOT, 'scripts/build.mjs')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, ASTRO_OUT_DIR: outDir, NODE_OPTIONS: '--stack-trace-limit=50' },
    });
    expect(build.status, build.stderr).toBe(0);
    expect(readFileSync(recorded, 'utf8')).toBe(`${BUILD_NODE_OPTIONS.join(' ')} --stack-trace-limit=50`);
    expect(existsSync(outDir)).toBe(true);
  });
});
