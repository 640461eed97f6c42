import { describe, expect, test } from 'vitest';
import { sectionSchema } from '../../../src/schemas/section';

/** The field paths and messages of a failed parse, as an author would read them. */
function problems(data: unknown): string[] {
  const result = sectionSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('sectionSchema', () => {
  test('accepts a section and a hero', () => {
    expect(problems({ section: 'the-shot', title: 'One yuan', kicker: '6 May 2024' })).toEqual([]);
    expect(problems({ section: 'hero', title: 'The price butcher', dek: 'One yuan for a million tokens.' })).toEqual(
      [],
    );
  });

  test('names an unknown section id and lists the known ones', () => {
    expect(problems({ section: 'the-shoot', title: 'One yuan' })).toEqual([
      expect.stringMatching(/^section: must be one of: hero, the-quant, /),
    ]);
  });

  test('requires a title that is not blank', () => {
    expect(problems({ section: 'coda' })).toEqual(['title: is required (the section heading)']);
    expect(problems({ section: 'coda', title: '   ' })).toEqual(['title: is empty']);
  });

  test('requires a dek in the hero, and only there', () => {
    expect(problems({ section: 'hero', title: 'The price butcher' })).toEqual([
      'dek: is required in the hero (the standfirst under the title)',
    ]);
    expect(problems({ section: 'coda', title: 'A lesson', dek: 'No.' })).toEqual(['dek: belongs to the hero only']);
  });

  test('rejects fields it does not know, such as a misspelling', () => {
    expect(problems({ section: 'coda', title: 'A lesson', kickr: 'x' })).toEqual([expect.stringContaining("'kickr'")]);
  });
});
