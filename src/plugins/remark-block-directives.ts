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
 * quotation rules (src/lib/quote-rules.ts) refuse it.
 *
 * The build (src/lib/markdown.ts) and the content checks (src/lib/markdown-blocks.ts) both parse
 * with this plugin, so they see the same blocks.
 */
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Processor } from 'unified';
// Brings in the `micromarkExtensions` / `fromMarkdownExtensions` fields of the processor's data.
import type {} from 'remark-parse';

const COLON = 58;
type Extension = ReturnType<typeof directive>;
type Construct = NonNullable<Extension['flow']>[number];

/** micromark-extension-directive's container construct alone (its flow constructs are [container, leaf]). */
function containerOnly(): Extension {
  const flow = directive().flow?.[COLON];
  const container = (Array.isArray(flow) ? flow : [flow]).find((construct) => (construct as { concrete?: boolean } | undefined)?.concrete);
  if (!container) throw new Error('micromark-extension-directive no longer has a container construct where remark-block-directives expects it');
  return { flow: { [COLON]: container as Construct } };
}

export default function remarkBlockDirectives(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(containerOnly());
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
}
