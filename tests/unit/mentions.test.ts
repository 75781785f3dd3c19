import { describe, expect, it } from 'vitest';
import { createMentionMatcher, findAliasConflicts } from '../../src/markdown/mentions.ts';

const lexicon = [
  { id: 'joaquin-guzman-loera', name: 'Joaquín Guzmán Loera', aliases: ['Joaquín Guzmán', 'El Chapo'] },
  { id: 'joaquin-guzman-lopez', name: 'Joaquín Guzmán López', aliases: ['Guzmán López'] },
  { id: 'claudia-sheinbaum', name: 'Claudia Sheinbaum', aliases: ['Sheinbaum'] },
  { id: 'omar-garcia-harfuch', name: 'Omar García Harfuch', aliases: ['García Harfuch'] },
  { id: 'dea', name: 'Drug Enforcement Administration', aliases: ['DEA'] },
];

function found(text: string) {
  return createMentionMatcher(lexicon)
    .find(text)
    .map((m) => [text.slice(m.start, m.end), m.actorId]);
}

describe('createMentionMatcher', () => {
  it('prefers the longest name at a position', () => {
    expect(found('Joaquín Guzmán López met Joaquín Guzmán.')).toEqual([
      ['Joaquín Guzmán López', 'joaquin-guzman-lopez'],
      ['Joaquín Guzmán', 'joaquin-guzman-loera'],
    ]);
  });

  it('respects word boundaries and possessives', () => {
    expect(found('Sheinbaum’s plan; Sheinbaumism; ExSheinbaum')).toEqual([['Sheinbaum', 'claudia-sheinbaum']]);
  });

  it('ignores case and written or omitted accents, and spans line breaks', () => {
    expect(found('garcia harfuch and GARCÍA HARFUCH and Claudia\nSheinbaum')).toEqual([
      ['garcia harfuch', 'omar-garcia-harfuch'],
      ['GARCÍA HARFUCH', 'omar-garcia-harfuch'],
      ['Claudia\nSheinbaum', 'claudia-sheinbaum'],
    ]);
  });

  it('matches acronyms only in capitals', () => {
    expect(found('the DEA said; una idea; dea')).toEqual([['DEA', 'dea']]);
  });

  it('maps offsets back when the text uses combining accents', () => {
    const decomposed = 'Garcia Harfuch'.replace('i', 'i\u0301');
    expect(found(`By ${decomposed}.`)).toEqual([[decomposed, 'omar-garcia-harfuch']]);
  });
});

describe('findAliasConflicts', () => {
  it('reports a term two actors claim, whatever its accents or case', () => {
    const conflicts = findAliasConflicts([...lexicon, { id: 'other', name: 'Other', aliases: ['el chapo'] }]);
    expect(conflicts).toEqual([{ term: 'El Chapo', actorIds: ['joaquin-guzman-loera', 'other'] }]);
    expect(findAliasConflicts(lexicon)).toEqual([]);
  });
});
