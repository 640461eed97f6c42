/** Checks that every source id the data refers to exists, so a typo fails the build rather than a link. */

interface Entry<T> {
  id: string;
  data: T;
}

export function checkReferences(data: {
  sources: readonly Entry<unknown>[];
  corrections: readonly Entry<{ sources: readonly string[] }>[];
}): void {
  const known = new Set(data.sources.map((source) => source.id));
  const problems = data.corrections.flatMap((correction) =>
    correction.data.sources
      .filter((id) => !known.has(id))
      .map(
        (id) =>
          `content/data/corrections.json: "${correction.id}" field "sources" names "${id}", which is not in content/data/sources.json`,
      ),
  );
  if (problems.length) throw new Error(problems.join('\n'));
}
