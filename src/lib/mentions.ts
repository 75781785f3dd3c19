/**
 * Finding actors' names and aliases in running text. Shared by the mention plugin (which links
 * them) and the content checks (which warn about actors nobody mentions).
 */

/** What the text may call an actor. */
export interface LexiconEntry {
  id: string;
  name: string;
  aliases: string[];
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

/** Accents dropped and apostrophes straightened, so "Garcia" finds "García". */
export function foldText(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}

function foldChar(char: string): string {
  if (char === '’' || char === '‘') return "'";
  return char.normalize('NFD').replace(/\p{Mn}/gu, '');
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

/** Terms claimed by more than one actor: each is an error for the content checks. */
export function findAliasConflicts(lexicon: readonly LexiconEntry[]): Array<{ term: string; actorIds: string[] }> {
  const owners = new Map<string, { term: string; ids: Set<string> }>();
  for (const actor of lexicon) {
    for (const term of [actor.name, ...actor.aliases]) {
      const key = termKey(term);
      const entry = owners.get(key) ?? { term, ids: new Set<string>() };
      entry.ids.add(actor.id);
      owners.set(key, entry);
    }
  }
  return [...owners.values()].filter((o) => o.ids.size > 1).map((o) => ({ term: o.term, actorIds: [...o.ids].sort() }));
}

/**
 * Builds one regular expression over every term, longest first, so that "Joaquín Guzmán López"
 * wins over "Joaquín Guzmán" at the same position.
 */
export function createMentionMatcher(lexicon: readonly LexiconEntry[]): MentionMatcher {
  const owner = new Map<string, { actorId: string; acronym: boolean }>();
  for (const actor of lexicon) {
    for (const term of [actor.name, ...actor.aliases]) {
      const key = termKey(term);
      if (key && !owner.has(key)) owner.set(key, { actorId: actor.id, acronym: isAcronym(term) });
    }
  }
  if (owner.size === 0) return { find: () => [] };
  const alternatives = [...owner.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((key) => key.split(' ').map(escapeRegExp).join('\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');

  return {
    find(text) {
      // Folding keeps one output character per input code point for Latin text; map offsets back anyway.
      const offsets: number[] = [];
      let folded = '';
      let index = 0;
      for (const char of text) {
        const f = foldChar(char);
        for (let i = 0; i < f.length; i++) offsets.push(index);
        folded += f;
        index += char.length;
      }
      offsets.push(index);
      const matches: MentionMatch[] = [];
      for (const match of folded.matchAll(pattern)) {
        const found = owner.get(match[0].toLowerCase().replace(/\s+/g, ' '));
        if (!found) continue;
        if (found.acronym && match[0] !== match[0].toUpperCase()) continue;
        const start = offsets[match.index]!;
        const end = offsets[match.index + match[0].length]!;
        matches.push({ start, end, actorId: found.actorId });
      }
      return matches;
    },
  };
}
