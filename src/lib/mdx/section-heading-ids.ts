/**
 * Gives headings inside a section's MDX ids of the form `<section>-part-<n>`, the same in every edition.
 * Without it, Astro slugs them from their text, so `### Sources` took the id `sources` from the section
 * itself, and the Chinese headings took ids in Chinese that OpenCC then converted.
 */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export function rehypeSectionHeadingIds() {
  return (tree: HastNode, file: VFileLike): void => {
    const section = file.data.astro?.frontmatter?.section;
    if (typeof section !== 'string') return;
    let count = 0;
    const visit = (node: HastNode): void => {
      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '')) {
        count += 1;
        node.properties = { ...node.properties, id: `${section}-part-${count}` };
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
