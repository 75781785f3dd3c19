/**
 * remark-typography replaces SmartyPants for speed: it must give the same text. Each case is
 * rendered both ways, through Astro's processor with SmartyPants and through ours without it.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import remarkTypography, { curlQuotes, dashesAndEllipses } from '../../src/markdown/plugins/remark-typography.ts';

const CASES = [
  'She said "no" and left.',
  '"Quoted at the start," he said.',
  'Sheinbaum\'s government and the \'80s.',
  'He said, "\'Quoted\' words in a larger quote."',
  'It\'s "fine", isn\'t it? \'Yes.\'',
  'A [link with "quotes"](https://example.com) and "*emphasis*" and "`code`".',
  '"Ends with a question?" Or "an exclamation!"',
  'Dashes -- like this --- and this, and dots... and . . . spaced.',
  '# A "heading"\n\n| a "cell" | \'b\' |\n| - | - |\n| "x" | y\'s |',
  '- "list item"\n- \'single\'',
  '(“already curly”) and ("parenthesised") and ["bracketed"]',
  'Numbers: 5\'10" tall, the 1990s, \'twas.',
];

async function render(markdown: string, typography: 'smartypants' | 'ours') {
  const processor = await createMarkdownProcessor(
    typography === 'smartypants' ? { syntaxHighlight: false } : { syntaxHighlight: false, smartypants: false, remarkPlugins: [[remarkTypography, {}]] },
  );
  return (await processor.render(markdown)).code;
}

describe('remark-typography', () => {
  for (const markdown of CASES) {
    it(`matches SmartyPants on ${JSON.stringify(markdown.slice(0, 40))}`, async () => {
      expect(await render(markdown, 'ours')).toBe(await render(markdown, 'smartypants'));
    });
  }

  it('curls quotes by context and keeps the length', () => {
    const text = '"Hi," she said. "It\'s the \'80s."';
    expect(curlQuotes(text)).toBe('“Hi,” she said. “It’s the ’80s.”');
    expect(curlQuotes(text)).toHaveLength(text.length);
  });

  it('turns two dashes into an em dash and dots into an ellipsis', () => {
    expect(dashesAndEllipses('a -- b --- c ... d . . . e')).toBe('a — b --- c … d … e');
  });
});
