/** Checks that every source id the data refers to exists, so a typo fails the build rather than a link. */

interface Entry {
  id: string;
  data: { sources: readonly string[] };
}

/** `files` maps a data file's path to its records; each record's `sources` must name listed sources. */
export function checkReferences(
  sources: readonly { id: string }[],
  files: Readonly<Record<string, readonly Entry[]>>,
): void {
  const known = new Set(sources.map((source) => source.id));
  const problems = Object.entries(files).flatMap(([file, records]) =>
    records.flatMap((record) =>
      record.data.sources
        .filter((id) => !known.has(id))
        .map(
          (id) => `${file}: "${record.id}" field "sources" names "${id}", which is not in content/data/sources.json`,
        ),
    ),
  );
  if (problems.length) throw new Error(problems.join('\n'));
}
