// @ts-check
/** What the numbers were measured on: benchmarks mean little without it. */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { findChromium } from '../lib/chromium.mjs';

export function describeMachine() {
  const found = findChromium();
  const chromium = ('path' in found && spawnSync(found.path, ['--version'], { encoding: 'utf8' }).stdout?.trim()) || 'not found';
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium,
  };
}
