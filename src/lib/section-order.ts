/** Puts one language's section files in reading order, and fails loudly when one is missing or misplaced. */
import { SECTION_IDS, type SectionId } from '../domain/editions';

export interface SectionFile<T> {
  /** The path of the file, relative to the project, for messages. */
  file: string;
  section: SectionId;
  entry: T;
}

/** Expects `NN-<section>.mdx`, with NN the section's place in SECTION_IDS, one file per section. */
export function orderSections<T>(locale: string, files: readonly SectionFile<T>[]): SectionFile<T>[] {
  const problems: string[] = [];
  const bySection = new Map<SectionId, SectionFile<T>>();
  for (const file of files) {
    const name = file.file.split('/').pop() ?? file.file;
    const expected = `${String(SECTION_IDS.indexOf(file.section) + 1).padStart(2, '0')}-${file.section}.mdx`;
    if (name !== expected) {
      problems.push(`${file.file}: field "section" is "${file.section}", so the file must be named ${expected}`);
    }
    const twin = bySection.get(file.section);
    if (twin) problems.push(`${file.file}: field "section" repeats "${file.section}", already used by ${twin.file}`);
    else bySection.set(file.section, file);
  }
  const missing = SECTION_IDS.filter((id) => !bySection.has(id));
  if (missing.length) problems.push(`content/story/${locale}/: no file for section ${missing.join(', ')}`);
  if (problems.length) throw new Error(`The ${locale} story is incomplete:\n- ${problems.join('\n- ')}`);
  return SECTION_IDS.map((id) => bySection.get(id)!);
}
