/**
 * Runs a unified plugin with options for the language of each file: a Spanish body gets Spanish
 * labels from a plugin whose options are fixed per processor (rehype-autolink-headings,
 * rehype-external-links). One transformer per language, made once.
 */
import type { Root } from 'hast';
import type { Processor, Transformer } from 'unified';
import type { VFile } from 'vfile';
import { LOCALES, type Locale } from '../../core/locales.ts';
import { localeOfFile } from '../entry-path.ts';

type Attacher<Options> = (this: Processor, options: Options) => Transformer<Root, Root> | void;

export function localised<Options>(plugin: Attacher<Options>, optionsFor: (locale: Locale) => Options) {
  return function localisedPlugin(this: Processor) {
    const transformers = new Map(LOCALES.map((locale) => [locale, plugin.call(this, optionsFor(locale))]));
    return function transformer(tree: Root, file: VFile) {
      const transform = transformers.get(localeOfFile(file));
      return transform ? (transform as (tree: Root, file: VFile) => void)(tree, file) : undefined;
    };
  };
}
