/**
 * The rules for quotation blocks, in one place. The build (src/markdown/plugins/remark-quotes.ts) and the
 * content checks (src/markdown/blocks.ts, for `check:content`) run them on the same Markdown
 * tree, parsed the same way, so the two accept and refuse exactly the same text.
 *
 *     :::quote{actor="claudia-sheinbaum" source="2" original="es" translator="ours"}
 *     The quoted words.
 *     :::
 *
 * A quotation names a known actor, cites a position in the entry's `sources`, may say which
 * language the words were spoken in (`original`, making it a translation) and that we translated
 * them (`translator="ours"`), stands in an article, opens and closes on lines of its own, and holds
 * words. `:::` opens no other block. See content-model.md ("Mentions and quotations in the text").
 */
import type { Nodes, Parents, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { suggestId } from './suggest-id.ts';
import type { Locale } from '../core/locales.ts';

/** The attributes a quotation may carry. */
export const QUOTE_ATTRIBUTES = ['actor', 'source', 'original', 'translator'] as const;
/** Languages a quotation may be translated from. */
export const ORIGINAL_LANGUAGES = ['es', 'en'] as const;
/** Who may have translated a quotation, when the source did not: us. */
export const TRANSLATORS = ['ours'] as const;

export interface QuoteAttributes {
  actor: string;
  /** 1-based position in the entry's sources. */
  source: number;
  /** The language the words were spoken in; set only when the quotation is a translation. */
  original?: (typeof ORIGINAL_LANGUAGES)[number];
  /** Set when we made the translation (otherwise it is the source's own). */
  translator?: (typeof TRANSLATORS)[number];
}

export interface BlockProblem {
  /** 1-based line in the Markdown that was checked. */
  line: number;
  /** `quote.actor`, `quote.source`, … or `body`. */
  field: string;
  message: string;
  hint: string;
}

export interface QuoteContext {
  /** The entry's collection, when known: quotations belong in articles only. */
  collection?: string;
  /** Every actor id a quotation may name. */
  actorIds: ReadonlySet<string>;
  /** How many sources the entry lists. */
  sourceCount: number;
  /** The edition the text is written for (`en`, or a translation's language); the words rule needs it. */
  edition?: Locale;
  /** The languages each actor speaks in public, for actors whose profile says (`speaks`). */
  speaks?: ReadonlyMap<string, readonly Locale[]>;
  /** Each source's language, by position (`en` where the source says none). */
  sourceLanguages?: readonly Locale[];
}

export interface QuoteBlock {
  node: ContainerDirective;
  attributes: QuoteAttributes;
}

const OPEN = 'write :::quote{actor="actor-id" source="1"} on a line of its own, the quoted words below it, and ::: on a line of its own after them';
/** What may stand before a block on its line: indentation, `>` of block quotes, list markers. */
const LINE_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;
const FENCE = /^(:{3,})[ \t]*$/;
const MALFORMED_QUOTE = /^:{2,}[ \t]*quote(?![\w-])/i;
const OTHER_BLOCK = /^:{3,}[ \t]*([a-zA-Z][\w-]*)/;
const UNKNOWN_BLOCK = 'the only block is :::quote{actor="actor-id" source="1"}; to show colons, write them inside `code`';

/**
 * Every quotation in a parsed Markdown text, and every problem with its blocks. `markdown` is the
 * text the tree was parsed from (for line-level checks the tree cannot show).
 */
export function checkBlocks(tree: Root, markdown: string, context: QuoteContext): { quotes: QuoteBlock[]; problems: BlockProblem[] } {
  const nesting = nestingProblem(tree);
  if (nesting) return { quotes: [], problems: [nesting] };
  const lines = markdown.split(/\r?\n|\r/);
  const quotes: QuoteBlock[] = [];
  const problems: BlockProblem[] = [];
  const unclosed = new Set<Nodes>();
  const add = (node: Nodes, field: string, message: string, hint: string) => problems.push({ line: node.position?.start.line ?? 1, field, message, hint });

  visitParents(tree, (node: Nodes, ancestors: Parents[]) => {
    if (node.type === 'containerDirective') {
      const closed = isClosed(node);
      if (!closed) unclosed.add(node);
      if (node.name !== 'quote') {
        add(node, 'body', `":::${node.name}" is not a known block`, UNKNOWN_BLOCK);
        return;
      }
      const before = problems.length;
      if (!closed) add(node, 'quote', 'the quotation has no closing ::: line, so it would take in the rest of the text', `end it with ::: on a line of its own: ${OPEN}`);
      if (ancestors.some((a) => a.type === 'containerDirective' && a.name === 'quote')) {
        add(node, 'quote', 'a quotation inside a quotation', 'close the first quotation before opening the next, or put the inner words in quotation marks');
      }
      if (context.collection !== undefined && context.collection !== 'articles') {
        // Its speaker and source are moot until it moves to an article.
        add(node, 'quote', 'quotations belong in articles only', 'move the quotation into an article that cites its source');
        return;
      }
      const [first] = node.children;
      if (first?.data && 'directiveLabel' in first.data && first.data.directiveLabel) {
        add(node, 'quote', 'a quotation takes no [label] on its opening line', 'put the quoted words on the lines below the opening line');
      }
      const attributes = quoteAttributes(node, context, (field, message, hint) => add(node, field, message, hint));
      if (toString(node.children).trim() === '') add(node, 'quote', 'the quotation has no words', 'write the quoted words on the lines between :::quote{…} and :::');
      if (attributes && problems.length === before) quotes.push({ node, attributes });
      return;
    }
    const isLabel = Boolean(node.data && 'directiveLabel' in node.data && node.data.directiveLabel);
    if (node.type === 'paragraph' && !isLabel && !ancestors.some((a) => unclosed.has(a as Nodes))) {
      const problem = paragraphProblem(node, lines);
      if (problem) problems.push(problem);
    }
  });
  return { quotes, problems: problems.sort((a, b) => a.line - b.line) };
}

/** The attributes of a quotation, or undefined if any is wrong (each problem reported). */
function quoteAttributes(node: ContainerDirective, context: QuoteContext, report: (field: string, message: string, hint: string) => void): QuoteAttributes | undefined {
  const raw = node.attributes ?? {};
  let ok = true;
  const fail = (field: string, message: string, hint: string) => {
    ok = false;
    report(field, message, hint);
  };
  for (const name of Object.keys(raw)) {
    if ((QUOTE_ATTRIBUTES as readonly string[]).includes(name)) continue;
    const guess = suggestId(name, QUOTE_ATTRIBUTES);
    fail(`quote.${name}`, 'is not an attribute of a quotation', guess ? `did you mean "${guess}"?` : `the attributes are: ${QUOTE_ATTRIBUTES.join(', ')}`);
  }

  const actor = raw.actor ?? '';
  if (!actor) {
    fail('quote.actor', 'the quotation names no speaker', 'write :::quote{actor="actor-id" source="1"}');
  } else if (!context.actorIds.has(actor)) {
    const guess = suggestId(actor, [...context.actorIds]);
    fail('quote.actor', `"${actor}" is not an id in actors`, guess ? `did you mean "${guess}"?` : `create content/actors/${actor}.md or use an existing id`);
  }

  const sourceText = raw.source ?? '1';
  const source = /^\d+$/.test(sourceText) ? Number(sourceText) : NaN;
  if (!(source >= 1 && source <= context.sourceCount)) {
    fail(
      'quote.source',
      context.sourceCount === 0 ? 'the quotation cites a source but the article lists none' : `source="${sourceText}" is not a position in this article's ${context.sourceCount} sources`,
      'add the source to the article’s sources and give its position, counting from 1',
    );
  }

  const original = raw.original ?? undefined;
  if (original !== undefined && !(ORIGINAL_LANGUAGES as readonly string[]).includes(original)) {
    fail('quote.original', `original="${original}" is not a language quotations are translated from`, 'write original="es" (spoken in Spanish) or original="en" (spoken in English), or leave it out when these are the words as spoken');
  }
  const translator = raw.translator ?? undefined;
  if (translator !== undefined && !(TRANSLATORS as readonly string[]).includes(translator)) {
    fail('quote.translator', `translator="${translator}" is not allowed`, 'write translator="ours" when we translated the words, or leave it out when the source gives them translated');
  } else if (translator !== undefined && original === undefined) {
    fail('quote.translator', 'translator="ours" says the quotation is a translation, but original="…" does not say from what', 'add original="es" or original="en": the language the words were spoken in');
  }
  if (ok) languageRule({ actor, source, original: original as Locale | undefined, translator }, context, fail);
  if (!ok) return undefined;
  return {
    actor,
    source,
    ...(original ? { original: original as QuoteAttributes['original'] } : {}),
    ...(translator ? { translator: translator as QuoteAttributes['translator'] } : {}),
  };
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Spanish' };

/**
 * Words in the speaker's own language are the speaker's own words (content-model.md): `original`
 * is a language the speaker speaks (no `original`: the edition's language), and a quotation in the
 * edition's own language is never a translation of ours and cites a source printed in it. A
 * translation the source made needs a source in the edition's language; one from a source in the
 * speaker's language is ours and says so.
 */
export function languageRule(
  quote: { actor: string; source: number; original?: Locale; translator?: string },
  context: Pick<QuoteContext, 'edition' | 'speaks' | 'sourceLanguages'>,
  fail: (field: string, message: string, hint: string) => void,
): void {
  const edition = context.edition;
  if (!edition) return;
  const spoken = quote.original ?? edition;
  const speaks = context.speaks?.get(quote.actor);
  const sourceLanguage = context.sourceLanguages?.[quote.source - 1] ?? 'en';
  const name = (lang: Locale) => LANGUAGE_NAMES[lang];
  const aName = (lang: Locale) => `${/^[AEIOU]/.test(name(lang)) ? 'an' : 'a'} ${name(lang)}`;
  if (speaks && !speaks.includes(spoken)) {
    fail(
      'quote.original',
      quote.original
        ? `original="${quote.original}" says ${quote.actor} spoke ${name(spoken)}, but their profile says they speak ${speaks.map(name).join(' and ')}`
        : `with no original="…" the words are ${name(edition)} as spoken, but ${quote.actor} speaks ${speaks.map(name).join(' and ')}`,
      speaks.includes(edition)
        ? `quote their own ${name(edition)} words from ${aName(edition)}-language source, with no original and no translator, or paraphrase without quotation marks`
        : `original is the language the words were spoken in, never the language of the copy we read: write original="${speaks[0]}"`,
    );
    return;
  }
  if (spoken === edition) {
    if (quote.translator !== undefined) {
      fail(
        'quote.translator',
        `${quote.actor} spoke ${name(spoken)}, the language of this edition: a translation back into it is never a quotation`,
        `quote their own ${name(spoken)} words from ${aName(spoken)}-language source with no translator, or paraphrase without quotation marks`,
      );
    } else if (sourceLanguage !== spoken) {
      fail(
        'quote.source',
        `source="${quote.source}" is in ${name(sourceLanguage)}, but the words of ${aName(spoken)} speaker in this edition must be their own, as ${aName(spoken)}-language source prints them`,
        `cite the page where the words are printed in ${name(spoken)} (in the English entry's sources, with language: ${spoken}), or paraphrase without quotation marks`,
      );
    }
    return;
  }
  // A translation: by the source (printed in this edition's language) or by us.
  if (quote.translator === undefined && sourceLanguage !== edition) {
    fail(
      'quote.translator',
      `source="${quote.source}" prints the words in ${name(sourceLanguage)}, so the ${name(edition)} words are not the source's translation`,
      `add translator="ours" if we translated them, or cite ${aName(edition)}-language source that gives them translated`,
    );
  }
}

/**
 * Whether a container block ends on a closing fence, as the parser saw it
 * (src/markdown/plugins/remark-block-directives.ts records it): a `:::` line indented 4 columns or more
 * relative to its container, or inside code, is never one, final newline or not.
 */
function isClosed(node: ContainerDirective): boolean {
  return node.data?.closed === true;
}

/** How deep blocks may nest (counting every node from the root): far beyond any article, far within the stack. */
export const MAX_DEPTH = 100;

/**
 * Text nested deeper than MAX_DEPTH (a list in a list in a list…), found without recursion, so
 * that no walk of the tree (ours or a library's) overflows the stack on it first.
 */
export function nestingProblem(tree: Root): BlockProblem | undefined {
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return tooDeep(node.position?.start.line ?? 1);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as Nodes, depth + 1]);
  }
  return undefined;
}

/**
 * The same limit read off the text, before it is parsed: the parser itself overflows the stack on
 * a line that opens thousands of lists or block quotes (`- - - - …`), and takes seconds getting
 * there. A line's depth is the `>` and list markers that open it, plus one for every two columns
 * of indentation (what a nested list item needs at least).
 */
export function textNestingProblem(markdown: string): BlockProblem | undefined {
  // No line can open MAX_DEPTH blocks in fewer characters than this.
  if (markdown.length < MAX_DEPTH) return undefined;
  let line = 1;
  for (let at = 0; at < markdown.length; line++) {
    let levels = 0;
    let columns = 0;
    let i = at;
    for (;;) {
      const char = markdown[i];
      if (char === ' ') columns++;
      else if (char === '\t') columns += 4;
      else if (char === '>' || ((char === '-' || char === '*' || char === '+') && /[ \t\r\n]/.test(markdown[i + 1] ?? '\n'))) levels++;
      else if (char !== undefined && char >= '0' && char <= '9' && /^\d{1,9}[.)][ \t\r\n]/.test(markdown.slice(i, i + 11))) {
        levels++;
        while (markdown[i + 1]! >= '0' && markdown[i + 1]! <= '9') i++;
        i++;
      } else break;
      i++;
      if (levels + Math.floor(columns / 2) > MAX_DEPTH) return tooDeep(line);
    }
    LINE_END.lastIndex = i;
    const end = LINE_END.exec(markdown);
    if (!end) break;
    at = end.index + end[0].length;
  }
  return undefined;
}

const LINE_END = /\r\n|\r|\n/g;

function tooDeep(line: number): BlockProblem {
  return {
    line,
    field: 'body',
    message: `the text nests blocks more than ${MAX_DEPTH} deep (lists, block quotes or quotations inside one another), more than a page can show`,
    hint: 'flatten it: end the inner lists and block quotes, and use headings or separate lists instead',
  };
}

/**
 * A paragraph line that looks like a block but is not one, so it would print as text: a
 * malformed quotation opening (`::quote`, `:::quote {…}`, a broken attribute), a `:::name` block
 * written wrongly, or a closing `:::` with nothing open.
 */
function paragraphProblem(node: Nodes, lines: readonly string[]): BlockProblem | undefined {
  const start = node.position?.start.line;
  const end = node.position?.end.line;
  if (!start || !end) return undefined;
  for (let line = start; line <= end; line++) {
    const text = (lines[line - 1] ?? '').replace(LINE_PREFIX, '');
    if (!text.startsWith('::')) continue;
    if (MALFORMED_QUOTE.test(text)) {
      return { line, field: 'quote', message: `"${text.trim()}" is not a quotation: its opening line is malformed, so it would print as text`, hint: `${OPEN} (three colons, no space before {, every attribute as name="value")` };
    }
    if (FENCE.test(text)) return { line, field: 'body', message: 'this ::: line closes no block, so it would print as text', hint: `remove it, or open the quotation above it correctly: ${OPEN}` };
    const other = OTHER_BLOCK.exec(text);
    if (other) return { line, field: 'body', message: `":::${other[1]}" is not a known block`, hint: UNKNOWN_BLOCK };
  }
  return undefined;
}
