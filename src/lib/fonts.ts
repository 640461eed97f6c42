/**
 * The fonts for share images: Noto Sans SC from the @fontsource npm package (it covers Latin, Simplified
 * and Traditional characters), and for English, Source Sans 3's Latin letters before it. The package
 * splits Noto Sans SC by Unicode range; only the files holding the characters an image needs are read,
 * each once per build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface FontFile {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

interface Face {
  file: string;
  ranges: [number, number][];
}

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const latinRoot = dirname(require.resolve('@fontsource/source-sans-3/package.json'));
const faces = new Map<number, Face[]>();
const files = new Map<string, Buffer>();

/** A font file's bytes, read once: every share image of a build asks for the same few. */
function fontFile(path: string): Buffer {
  let data = files.get(path);
  if (!data) files.set(path, (data = readFileSync(path)));
  return data;
}

/** The @font-face rules of one weight: each woff file and the code points it holds. */
function facesOf(weight: 400 | 700): Face[] {
  const known = faces.get(weight);
  if (known) return known;
  const css = readFileSync(join(root, `${weight}.css`), 'utf8');
  const parsed = [...css.matchAll(/url\(\.\/files\/([^)]+?\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)].map(
    ([, file, ranges]) => ({
      file: file!,
      ranges: ranges!.split(',').map((range) => {
        const [start, end] = range.trim().replace(/^U\+/i, '').split('-');
        return [Number.parseInt(start!, 16), Number.parseInt(end ?? start!, 16)] as [number, number];
      }),
    }),
  );
  if (parsed.length === 0) throw new Error(`@fontsource/noto-sans-sc: no woff files found in ${weight}.css`);
  faces.set(weight, parsed);
  return parsed;
}

/**
 * The font files, of the given weights, that hold every character of `text`. Each range file gets a name
 * of its own (satori takes one file per name) and `family` lists them all, for CSS-style fallback.
 * `latin` sets Latin letters and punctuation first in Source Sans 3 (the design of Noto Sans SC's own
 * Latin letters), for English: a Chinese font sets ’ “ ” · full-width, as Chinese text wants them.
 */
export function fontsFor(
  text: string,
  weights: readonly (400 | 700)[] = [400, 700],
  { latin = false }: { latin?: boolean } = {},
): { fonts: FontFile[]; family: string } {
  const points = [...new Set([...text].map((c) => c.codePointAt(0)!))];
  const needed = facesOf(700)
    .map((face, index) => ({ face, index }))
    .filter(({ face }) => face.ranges.some(([a, b]) => points.some((p) => p >= a && p <= b)));
  const fonts = weights.flatMap((weight) =>
    needed.map(({ face, index }) => ({
      name: `Noto Sans SC ${index}`,
      data: fontFile(join(root, 'files', face.file.replace(/-700-/, `-${weight}-`))),
      weight,
      style: 'normal' as const,
    })),
  );
  const latinFonts = latin
    ? weights.map((weight) => ({
        name: 'Source Sans 3',
        data: fontFile(join(latinRoot, 'files', `source-sans-3-latin-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      }))
    : [];
  const all = [...latinFonts, ...fonts];
  return { fonts: all, family: [...new Set(all.map(({ name }) => `'${name}'`))].join(', ') };
}
