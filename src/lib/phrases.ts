/** Splits text into runs, marking the first occurrence of each phrase with that phrase's index. */

export interface Run {
  text: string;
  /** Index into the phrases given, for a marked run. */
  phrase?: number;
}

export function markPhrases(text: string, phrases: readonly (string | undefined)[]): Run[] {
  const hits = phrases
    .map((phrase, index) => ({ index, phrase, at: phrase ? text.indexOf(phrase) : -1 }))
    .filter((hit): hit is { index: number; phrase: string; at: number } => hit.at >= 0)
    .sort((a, b) => a.at - b.at);
  const runs: Run[] = [];
  let cursor = 0;
  for (const hit of hits) {
    // A phrase inside one already marked stays unmarked rather than splitting it.
    if (hit.at < cursor) continue;
    if (hit.at > cursor) runs.push({ text: text.slice(cursor, hit.at) });
    runs.push({ text: hit.phrase, phrase: hit.index });
    cursor = hit.at + hit.phrase.length;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor) });
  return runs;
}
