/**
 * A throwaway copy of the project with one file broken, built or synced by the real Astro, so tests can
 * prove what an author sees when content or data is malformed.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

export interface Result {
  status: number | null;
  output: string;
}

/**
 * Copies the project (node_modules is linked), lets `change` break it, and runs astro in the copy. The run is
 * asynchronous so the test worker keeps answering vitest while a build takes its minute.
 */
export async function runBroken(
  command: 'sync' | 'build',
  change: (dir: string) => void,
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'price-butcher-'));
  try {
    // src is copied, not linked: Astro's compiler loses track of components reached through a link.
    for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    change(dir);
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/astro.js'), command], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      timeout: 180_000,
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const status = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code));
    });
    // Astro colours its messages even when told not to, in places: strip the escapes.
    return { status, output: output.replace(/\u001b\[[0-9;]*m/g, '') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replaces a file of the copy with a fixture from tests/fixtures/broken. */
export function useFixture(dir: string, target: string, fixture: string): void {
  writeFileSync(join(dir, target), readFileSync(join(root, 'tests/fixtures/broken', fixture)));
}

/** Edits a JSON data file of the copy. */
export function editJson(dir: string, target: string, edit: (data: any) => void): void {
  const path = join(dir, target);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}
