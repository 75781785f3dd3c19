/**
 * The `:::quote` block (content/README.md, "Quotations") as an editor component: the speaker
 * chosen from the actors, the source by its position in the entry's `sources`, and `original` /
 * `translator` when the words are a translation. It reads and writes exactly the directive the
 * Markdown pipeline renders (src/markdown/plugins/remark-quotes.ts):
 *
 *     :::quote{actor="claudia-sheinbaum" source="1" original="es"}
 *     The quoted words.
 *     :::
 */
import { ORIGINAL_LANGUAGES, TRANSLATORS } from '../markdown/quote-rules.ts';

export interface QuoteProps {
  actor: string;
  source: number;
  original?: string;
  translator?: string;
  words: string;
}

/** A block as the editor holds it; the attributes in the order the guide writes them. */
const QUOTE_BLOCK = /^:::quote\{([^}\n]*)\}\n([\s\S]*?)\n:::$/m;
const ATTRIBUTE = /(\w+)="([^"]*)"/g;

export function parseQuote(match: RegExpMatchArray): QuoteProps {
  const attributes = Object.fromEntries([...(match[1] ?? '').matchAll(ATTRIBUTE)].map(([, name, value]) => [name!, value!]));
  const source = Number(attributes.source ?? '1');
  return {
    actor: attributes.actor ?? '',
    source: Number.isInteger(source) && source > 0 ? source : 1,
    ...(attributes.original ? { original: attributes.original } : {}),
    ...(attributes.translator ? { translator: attributes.translator } : {}),
    words: match[2] ?? '',
  };
}

export function quoteBlock(props: Partial<QuoteProps>): string {
  const attributes = [`actor="${props.actor ?? ''}"`, `source="${props.source || 1}"`];
  if (props.original) attributes.push(`original="${props.original}"`);
  if (props.translator) attributes.push(`translator="${props.translator}"`);
  const words = (props.words ?? '').trim();
  return `:::quote{${attributes.join(' ')}}\n${words}\n:::`;
}

/** The component's definition for `CMS.registerEditorComponent`. */
export function quoteComponent() {
  return {
    id: 'quote',
    label: 'Quotation',
    icon: 'format_quote',
    pattern: QUOTE_BLOCK,
    fromBlock: parseQuote,
    toBlock: quoteBlock,
    toPreview: (props: Partial<QuoteProps>) => `<blockquote><p>${escapeHtml(props.words ?? '')}</p><p>— ${escapeHtml(props.actor ?? '')}, source ${props.source || 1}</p></blockquote>`,
    fields: [
      { name: 'actor', label: 'Speaker', widget: 'relation', collection: 'actors', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'], hint: 'Who said the words (an actor id is stored).' },
      { name: 'source', label: 'Source', widget: 'number', value_type: 'int', min: 1, default: 1, hint: 'The position of the source in this entry’s Sources list: 1 for the first.' },
      { name: 'original', label: 'Spoken in', widget: 'select', required: false, options: [...ORIGINAL_LANGUAGES], hint: 'Only when these words are a translation: the language they were spoken in. Leave empty for the speaker’s own words.' },
      { name: 'translator', label: 'Translated by us', widget: 'select', required: false, options: [...TRANSLATORS], hint: '“ours” when we made the translation; empty when the source made it.' },
      { name: 'words', label: 'Words', widget: 'text', hint: 'Short, exactly as the source gives them.' },
    ],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
