/**
 * Every built page and embed passes the Nu HTML Checker (the W3C validator, from the vnu-jar package)
 * with no error. It needs Java: `apt-get install -y default-jre-headless` where it is missing.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { builtFiles } from './helpers';

interface Message {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test('the Nu HTML Checker finds no error in any page or embed of any edition', async () => {
  test.setTimeout(180_000);
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const pages = builtFiles().filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(90);
  const jar = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));
  let output: string;
  try {
    // vnu exits 1 when it finds errors and writes its report to stderr either way.
    const run = await promisify(execFile)(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', ...pages.map((page) => `${dist}${page}`)],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    output = run.stderr;
  } catch (error) {
    const failed = error as { code?: string; stderr?: string };
    if (failed.code === 'ENOENT') throw new Error('java is not installed: apt-get install -y default-jre-headless');
    output = failed.stderr ?? '';
  }
  const report = JSON.parse(output) as { messages: Message[] };
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${m.url.replace(`file:${dist}`, '')}:${m.lastLine ?? '?'}: ${m.message} [${m.extract ?? ''}]`);
  expect(errors).toEqual([]);
});
