/**
 * A remark plugin for scrollytelling in MDX: `<Scrolly chart="…">` holds `<Step state="…" alt="…">`s.
 * It checks, at compile time, that every step names a state its chart has, once, with a text
 * alternative, and that steps sit only inside a scrolly; then it hands each step its section and chart,
 * so that step ids (`<section>-<state>`) need no typing, and the scrolly its section and first state. Mistakes name the file, the line and the step.
 * The section's steps, in order, are left in its frontmatter as `steps` (`render()` returns them in
 * `remarkPluginFrontmatter`), for the pages that share a step and the drawing files; its figures
 * (`<Chart id state?>`) as `figures`, for the drawing files too.
 */
import { MdxComponentError, type MdxNode } from './check-components';

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

type Node = MdxNode & { attributes?: Attribute[] };

/** A step as the section's frontmatter records it. */
export interface StepRecord {
  chart: string;
  state: string;
  alt: string;
}

/** A figure (`<Chart>`) as the section's frontmatter records it; without a state, the chart's final one. */
export interface FigureRecord {
  chart: string;
  state?: string;
}

const isElement = (node: Node, name: string) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

const attribute = (node: Node, name: string) => node.attributes?.find((a) => a.name === name)?.value;

function set(node: Node, name: string, value: string): void {
  node.attributes = [
    ...(node.attributes ?? []).filter((a) => a.name !== name),
    { type: 'mdxJsxAttribute', name, value },
  ];
}

/** `charts` maps each chart id to its states. */
export function remarkScrolly(charts: ReadonlyMap<string, { states: readonly string[] }>) {
  return (tree: Node, file: VFileLike): void => {
    const path = file.path ?? '(unknown file)';
    const section = String(file.data.astro?.frontmatter?.section ?? '');
    const steps: StepRecord[] = [];
    const figures: FigureRecord[] = [];
    const fail = (node: Node, problem: string): never => {
      throw new MdxComponentError(path, node.position, problem);
    };

    const visit = (node: Node, insideScrolly: boolean): void => {
      if (isElement(node, 'Step') && !insideScrolly) fail(node, '<Step> must be inside a <Scrolly>');
      if (isElement(node, 'Chart')) {
        const state = attribute(node, 'state');
        figures.push({ chart: String(attribute(node, 'id') ?? ''), ...(typeof state === 'string' ? { state } : {}) });
      }
      if (isElement(node, 'Scrolly')) {
        const chart = String(attribute(node, 'chart') ?? '');
        const states = charts.get(chart)?.states;
        if (!states) fail(node, `<Scrolly chart="${chart}"> names no chart (known: ${[...charts.keys()].join(', ')})`);
        set(node, 'section', section);
        const seen: string[] = [];
        for (const child of (node.children ?? []) as Node[]) {
          if (child.type === 'text' && !String((child as { value?: string }).value ?? '').trim()) continue;
          if (!isElement(child, 'Step')) fail(child, `<Scrolly chart="${chart}"> may hold only <Step>s`);
          const state = attribute(child, 'state');
          const where = `<Step state="${String(state)}"> in <Scrolly chart="${chart}">`;
          if (typeof state !== 'string' || !states!.includes(state)) {
            fail(child, `${where} names no state of the chart (known: ${states!.join(', ')})`);
          }
          if (seen.includes(state as string)) fail(child, `${where} repeats a state; each step needs its own`);
          seen.push(state as string);
          const alt = attribute(child, 'alt');
          if (typeof alt !== 'string' || !alt.trim())
            fail(child, `${where} needs alt="…": what the chart shows at this step`);
          set(child, 'section', section);
          set(child, 'chart', chart);
          steps.push({ chart, state: state as string, alt: alt as string });
          child.children?.forEach((grandchild) => visit(grandchild as Node, true));
        }
        if (!seen[0]) fail(node, `<Scrolly chart="${chart}"> has no <Step>`);
        set(node, 'firstState', seen[0]!);
        return;
      }
      node.children?.forEach((child) => visit(child as Node, insideScrolly));
    };
    visit(tree, false);
    if (file.data.astro?.frontmatter) Object.assign(file.data.astro.frontmatter, { steps, figures });
  };
}
