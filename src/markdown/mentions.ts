/**
 * Finding actors' names and aliases in running text. Shared by the mention plugin (which links
 * them) and the content checks (which warn about actors nobody mentions).
 */

import { foldText } from '../core/ids.ts';
import type { Locale, TranslationLocale } from '../core/locales.ts';

export { foldText };

/** What the text may call an actor, in English and in each translation. */
export interface LexiconEntry {
  id: string;
  name: string;
  aliases: string[];
  /** The translation's name (where it differs) and aliases, per language. */
  translations?: Partial<Record<TranslationLocale, { name?: string; aliases: string[] }>>;
  /** The languages they speak in public (`speaks`), which their quotations are held to. */
  speaks?: Locale[];
}

/**
 * Every term that finds an actor in text of one language: the English name and aliases always
 * (Spanish prose names "Marco Rubio" too), plus that language's own; all languages for `'all'`.
 */
export function termsOf(actor: LexiconEntry, locale: Locale | 'all' = 'en'): string[] {
  const own = [actor.name, ...actor.aliases];
  const translations = Object.entries(actor.translations ?? {}) as Array<[TranslationLocale, { name?: string; aliases: string[] }]>;
  for (const [language, words] of translations) {
    if (locale === 'all' || locale === language) own.push(...(words.name ? [words.name] : []), ...words.aliases);
  }
  return own;
}

export interface MentionMatch {
  /** Offsets in the original text. */
  start: number;
  end: number;
  actorId: string;
}

export interface MentionMatcher {
  find(text: string): MentionMatch[];
}


/** The key two spellings of a term share: folded, lower-case, single-spaced. */
export function termKey(term: string): string {
  return foldText(term).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Acronyms (DEA, SRE, AMLO) match only in capitals, so "dea" in Spanish prose is left alone. */
function isAcronym(term: string): boolean {
  return /^[A-Z]{2,6}$/.test(foldText(term));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Terms claimed by more than one actor, in any language: each is an error for the content checks. */
export function findAliasConflicts(lexicon: readonly LexiconEntry[]): Array<{ term: string; actorIds: string[] }> {
  const owners = new Map<string, { term: string; ids: Set<string> }>();
  for (const actor of lexicon) {
    for (const term of termsOf(actor, 'all')) {
      const key = termKey(term);
      const entry = owners.get(key) ?? { term, ids: new Set<string>() };
      entry.ids.add(actor.id);
      owners.set(key, entry);
    }
  }
  return [...owners.values()].filter((o) => o.ids.size > 1).map((o) => ({ term: o.term, actorIds: [...o.ids].sort() }));
}

interface Term {
  actorId: string;
  acronym: boolean;
  /** Anchored at a word start; spaces in the term match any run of whitespace. */
  pattern: RegExp;
  length: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;
const foldCache = new Map<string, string>();

/**
 * Folds text for matching and keeps a way back to the original offsets. Most characters fold to
 * one character (á → a, ’ → '), so offsets are only tracked once one does not.
 */
function foldWithOffsets(text: string): { folded: string; offsetOf: (index: number) => number } {
  let folded = '';
  let offsets: number[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      folded += text[i];
      offsets?.push(i);
      continue;
    }
    const char = code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
    let f = foldCache.get(char);
    if (f === undefined) {
      f = foldText(char);
      foldCache.set(char, f);
    }
    if (!offsets && f.length !== char.length) offsets = Array.from({ length: folded.length }, (_, k) => k);
    if (offsets) for (let k = 0; k < f.length; k++) offsets.push(i);
    folded += f;
    i += char.length - 1;
  }
  if (!offsets) return { folded, offsetOf: (index) => index };
  offsets.push(text.length);
  const map = offsets;
  return { folded, offsetOf: (index) => map[index]! };
}

/**
 * Indexes every term by its first word, longest first, so that "Joaquín Guzmán López" wins over
 * "Joaquín Guzmán" at the same position, and only the few terms that can start at a word are
 * tried there (one big alternation is slow with hundreds of actors).
 */
export function createMentionMatcher(lexicon: readonly LexiconEntry[], locale: Locale = 'en'): MentionMatcher {
  const byFirstWord = new Map<string, Term[]>();
  const seen = new Set<string>();
  for (const actor of lexicon) {
    for (const term of termsOf(actor, locale)) {
      const key = termKey(term);
      const first = key.match(/^[\p{L}\p{N}_]+/u)?.[0];
      // A term must start with a letter or digit to be found at a word start.
      if (!key || !first || seen.has(key)) continue;
      seen.add(key);
      const body = key.split(' ').map(escapeRegExp).join('\\s+');
      const entry: Term = { actorId: actor.id, acronym: isAcronym(term), pattern: new RegExp(`${body}(?![\\p{L}\\p{N}_])`, 'iuy'), length: key.length };
      const list = byFirstWord.get(first) ?? [];
      list.push(entry);
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  if (byFirstWord.size === 0) return { find: () => [] };

  return {
    find(text) {
      const { folded, offsetOf } = foldWithOffsets(text);
      const matches: MentionMatch[] = [];
      let resumeAt = 0;
      for (const word of folded.matchAll(WORD)) {
        if (word.index < resumeAt) continue;
        const candidates = byFirstWord.get(word[0].toLowerCase());
        if (!candidates) continue;
        for (const term of candidates) {
          term.pattern.lastIndex = word.index;
          const found = term.pattern.exec(folded);
          if (!found) continue;
          if (term.acronym && found[0] !== found[0].toUpperCase()) continue;
          const end = word.index + found[0].length;
          matches.push({ start: offsetOf(word.index), end: offsetOf(end), actorId: term.actorId });
          resumeAt = end;
          break;
        }
      }
      return matches;
    },
  };
}
