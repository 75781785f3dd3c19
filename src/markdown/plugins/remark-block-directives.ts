/**
 * remark plugin: the one piece of directive syntax the site uses, the container block
 *
 *     :::quote{actor="claudia-sheinbaum" source="1"}
 *     The quoted words.
 *     :::
 *
 * and nothing else. remark-directive would also read `:name` anywhere in prose as a text
 * directive and `::name` on a line as a leaf directive: "10:30", "a 3:2 split", "Source:AP" or
 * "mailto:…" would then reach the tree as directives, and any that a later plugin failed to put
 * back would vanish from the page (inside a quotation, they did). Without those two constructs
 * such text is never anything but text: GFM still links `mailto:` addresses, typography and
 * mentions see every word. A malformed opening (`::quote`, `:::quote {…}`) stays text, and the
 * quotation rules (src/markdown/quote-rules.ts) refuse it.
 *
 * Two changes to micromark-extension-directive's container, so that a quotation never takes in
 * text its author did not put in it:
 *
 * - A `:::` line inside fenced code in the block is code, not the block's end. micromark checks
 *   for the closing fence before it reads the block's content, so ```` ``` ```` / `:::` / ```` ``` ````
 *   in a quotation used to end the quotation and leave the rest of the file one code block.
 *   (Indented code needs no change: a closing fence may be indented at most 3 columns relative to
 *   its container, so `    :::` is never one.)
 * - Each block records whether a closing fence ended it (`data.closed`), so the rules judge the
 *   parse itself rather than guessing from the text (where `    :::` on the last line of a file
 *   with no final newline looked like a closing fence).
 *
 * It also refuses text nested deeper than MAX_DEPTH, before any plugin walks the tree with
 * recursion (it is the first of the site's remark plugins; see src/markdown/pipeline.ts).
 *
 * The build (src/markdown/pipeline.ts) and the content checks (src/markdown/blocks.ts) both parse
 * with this plugin, so they see the same blocks.
 */
import type { Nodes, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
// Brings in the `micromarkExtensions` / `fromMarkdownExtensions` fields of the processor's data.
import type {} from 'remark-parse';
import { nestingProblem, textNestingProblem } from '../quote-rules.ts';
import { refuse } from '../body.ts';

declare module 'mdast-util-directive' {
  interface ContainerDirectiveData {
    /** True when a closing fence ended the block; otherwise it ran to the end of its container. */
    closed?: boolean;
  }
}

const COLON = 58;
type Extension = ReturnType<typeof directive>;
type Construct = Exclude<NonNullable<Extension['flow']>[number], readonly unknown[] | undefined>;
type Tokenizer = Construct['tokenize'];
type Effects = Parameters<Tokenizer>[0];
type Point = ReturnType<ThisParameterType<Tokenizer>['now']>;

/** micromark-extension-directive's container construct alone (its flow constructs are [container, leaf]). */
function containerConstruct(): Construct {
  const flow = directive().flow?.[COLON];
  const container = (Array.isArray(flow) ? flow : [flow]).find((construct) => (construct as { concrete?: boolean } | undefined)?.concrete);
  if (!container) throw new Error('micromark-extension-directive no longer has a container construct where remark-block-directives expects it');
  return container as Construct;
}

/**
 * The container, with its closing fence refused where the line would be code in the block's
 * content. `parse` reads Markdown with the processor's own syntax.
 */
function codeAwareContainer(container: Construct, parse: (markdown: string) => Root): Construct {
  return {
    ...container,
    tokenize(effects, ok, nok) {
      const self = this;
      const tail = self.events.at(-1);
      // The opening fence's own indentation, which micromark strips from each content line.
      const indent = tail && tail[1].type === 'linePrefix' ? tail[2].sliceSerialize(tail[1], true).length : 0;
      let contentStart: Point | undefined;
      const inCode = (lineStart: Point, lineEnd: Point): boolean => {
        if (!contentStart) return false;
        let content = self.sliceSerialize({ type: 'data', start: contentStart, end: lineStart } as never);
        // Only a fence can make a line with at most 3 columns of indentation code.
        if (!content.includes('```') && !content.includes('~~~')) return false;
        if (indent > 0) content = content.replace(new RegExp(`^ {0,${indent}}`, 'gm'), '');
        const line = self.sliceSerialize({ type: 'data', start: lineStart, end: lineEnd } as never);
        const last = content.split(/\r\n|\r|\n/).length;
        return lineIsCode(parse(content + line), last);
      };
      const proxy: Effects = {
        ...effects,
        enter(type, fields) {
          const token = effects.enter(type, fields);
          if (type === 'directiveContainerContent') contentStart = token.start;
          return token;
        },
        attempt(construct, returnState, bogusState) {
          // The container's one attempt at a closing fence (its only construct made on the spot).
          const candidate = construct as Partial<Construct>;
          const closing = typeof candidate.tokenize === 'function' && candidate.tokenize.name === 'tokenizeClosingFence' ? (candidate as Construct) : undefined;
          if (!closing) return effects.attempt(construct, returnState, bogusState);
          const lineStart = self.now();
          return effects.attempt(
            {
              ...closing,
              tokenize(closingEffects, closed, notClosed) {
                return closing.tokenize.call(this, closingEffects, (code: Parameters<typeof closed>[0]) => (inCode(lineStart, self.now()) ? notClosed(code) : closed(code)), notClosed);
              },
            },
            returnState,
            bogusState,
          );
        },
      };
      return container.tokenize.call(self, proxy, ok, nok);
    },
  };
}

/** Whether line `line` of a parsed text lies in a code block (walked without recursion). */
function lineIsCode(tree: Root, line: number): boolean {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start.line ?? 0;
    const end = node.position?.end.line ?? Infinity;
    if (line < start || line > end) continue;
    if (node.type === 'code') return true;
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return false;
}

export default function remarkBlockDirectives(this: Processor) {
  const data = this.data();
  const processor = this as Processor & { parser?: (markdown: string, file?: VFile) => Root };
  const parser = processor.parser;
  if (!parser) throw new Error('remark-block-directives needs remark-parse before it');
  // Text nested past the limit is refused before it is parsed: the parser overflows on it.
  processor.parser = (markdown, file) => {
    const problem = textNestingProblem(markdown);
    if (problem && file) refuse(file, problem);
    return parser(markdown, file);
  };
  // The nested parse that decides whether a `:::` line is code: the same syntax, no depth check (its
  // text is part of a body already checked).
  const parse = (markdown: string): Root => parser(markdown);
  (data.micromarkExtensions ??= []).push({ flow: { [COLON]: codeAwareContainer(containerConstruct(), parse) } });
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown(), {
    exit: {
      // The opening fence, then, if the block was closed, the closing one.
      directiveContainerFence() {
        const node = this.stack.at(-1) as ContainerDirective | undefined;
        if (node?.type !== 'containerDirective') return;
        const data = (node.data ??= {});
        // The opening fence leaves it false; a closing fence, the block's second, makes it true.
        data.closed = data.closed !== undefined;
      },
    },
  });

  return function transformer(tree: Root, file: VFile) {
    const problem = nestingProblem(tree);
    if (problem) refuse(file, problem);
  };
}
