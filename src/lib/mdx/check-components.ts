/**
 * A remark plugin that checks the components an author writes in the narrative's MDX at compile time:
 * only known components, each with the props it needs, each id naming an existing record. A mistake
 * fails the build with the file, the line and what is wrong, instead of rendering a silent gap.
 */

interface Position {
  start: { line: number; column: number };
}
export interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: Position;
}
interface VFileLike {
  path?: string;
}

export interface ComponentRule {
  /** The prop that must name a record, if any. */
  idProp?: string;
  /** The ids that exist, and where they are kept (for the message). */
  ids?: ReadonlySet<string>;
  idSource?: string;
  /** Other props the component accepts. */
  props?: readonly string[];
  /** Props that must be given, as plain strings. */
  required?: readonly string[];
  /** A further check of the props given: returns what is wrong, or nothing. */
  check?: (props: Readonly<Record<string, unknown>>) => string | undefined;
}

export type ComponentRules = Readonly<Record<string, ComponentRule>>;

export class MdxComponentError extends Error {
  constructor(file: string, position: Position | undefined, problem: string) {
    const where = position ? `${file}:${position.start.line}:${position.start.column}` : file;
    super(`${where}: ${problem}`);
    this.name = 'MdxComponentError';
  }
}

/** Returns every problem in one MDX tree; empty when all is well. */
export function findComponentProblems(tree: MdxNode, file: string, rules: ComponentRules): MdxComponentError[] {
  const problems: MdxComponentError[] = [];
  const visit = (node: MdxNode): void => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const rule = rules[node.name];
      const fail = (problem: string) => problems.push(new MdxComponentError(file, node.position, problem));
      if (!rule) {
        fail(`<${node.name}> is not a component of this article (known: ${Object.keys(rules).join(', ')})`);
      } else {
        const attributes = node.attributes ?? [];
        const allowed = new Set([
          ...(rule.idProp ? [rule.idProp] : []),
          ...(rule.props ?? []),
          ...(rule.required ?? []),
        ]);
        for (const attribute of attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !allowed.has(attribute.name)) {
            fail(`<${node.name}> does not take the prop "${attribute.name ?? '{…}'}"`);
          }
        }
        const props = Object.fromEntries(attributes.map((a) => [a.name ?? '', a.value]));
        let valid = true;
        if (rule.idProp) {
          const value = props[rule.idProp];
          if (typeof value !== 'string') {
            fail(`<${node.name}> needs ${rule.idProp}="…" as a plain string`);
            valid = false;
          } else if (rule.ids && !rule.ids.has(value)) {
            fail(`<${node.name} ${rule.idProp}="${value}"> names nothing in ${rule.idSource ?? 'its data'}`);
            valid = false;
          }
        }
        for (const name of rule.required ?? []) {
          if (typeof props[name] !== 'string' || !(props[name] as string).trim()) {
            fail(`<${node.name}> needs ${name}="…" as a plain string`);
            valid = false;
          }
        }
        const problem = valid ? rule.check?.(props) : undefined;
        if (problem) fail(`<${node.name}> ${problem}`);
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** The remark plugin: throws the first problem found (with the count of the others). */
export function remarkCheckComponents(rules: ComponentRules) {
  return (tree: MdxNode, file: VFileLike): void => {
    const problems = findComponentProblems(tree, file.path ?? '(unknown file)', rules);
    const [first] = problems;
    if (!first) return;
    if (problems.length > 1)
      first.message += ` (and ${problems.length - 1} more: ${problems
        .slice(1)
        .map((p) => p.message)
        .join('; ')})`;
    throw first;
  };
}
