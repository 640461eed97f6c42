// What the benchmarks share: waiting for an idle machine before each run, and medians.
import { cpus } from 'node:os';

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The share of CPU time spent idle over a short window, across all cores. */
async function idleShare(windowMs = 500) {
  const total = () =>
    cpus().reduce(
      (sum, cpu) => {
        const t = cpu.times;
        return { idle: sum.idle + t.idle, all: sum.all + t.idle + t.user + t.nice + t.sys + t.irq };
      },
      { idle: 0, all: 0 },
    );
  const a = total();
  await sleep(windowMs);
  const b = total();
  return (b.idle - a.idle) / Math.max(1, b.all - a.all);
}

/**
 * Waits (30 s at most) until the machine is at least 90% idle: a busy CPU makes every figure worse, and
 * noisier. False if it never was.
 */
export async function waitForIdle() {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) if ((await idleShare()) >= 0.9) return true;
  return false;
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}
