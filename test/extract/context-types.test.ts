import { cleanArticle } from '../../src/extract/clean.js';
import { typeByContext, unifySenses } from '../../src/extract/context-types.js';
import { findMentions } from '../../src/extract/mentions.js';
import { splitSentences } from '../../src/extract/sentences.js';
import type { Mention } from '../../src/extract/types.js';

/** The mentions of a text after the context-types stage. */
function typed(text: string): Mention[] {
  const sentences = splitSentences(cleanArticle({ text }));
  return typeByContext(sentences, findMentions(sentences, { publishedAt: '2024-03-01' }));
}
const labelOf = (ms: Mention[], text: string) => ms.find((m) => m.text === text)?.label;

describe('context-types: names the sentence says are bodies', () => {
  it('types a name followed by an appositive body noun as an organisation', () => {
    const ms = typed(
      'Regulators fined Ostrava Microdevices, a Lyon-based maker of sensors, and Tamsin Polyworks, an Estonian firm.',
    );
    expect(labelOf(ms, 'Ostrava Microdevices')).toBe('Organization');
    expect(labelOf(ms, 'Tamsin Polyworks')).toBe('Organization');
  });

  it('types the names of a list introduced by "firms such as" or "companies including"', () => {
    const ms = typed('The ministry warned firms such as Norvik Brask and Helmer Quist against the deal.');
    expect(labelOf(ms, 'Norvik Brask')).toBe('Organization');
    expect(labelOf(ms, 'Helmer Quist')).toBe('Organization');
  });

  it('leaves people with an appositive about them alone', () => {
    const ms = typed(
      'Anneke Voss, a member of the party, said the vote was fair. Piet Dahl, a party official, agreed.',
    );
    expect(labelOf(ms, 'Anneke Voss')).toBe('Person');
    expect(labelOf(ms, 'Piet Dahl')).toBe('Person');
  });

  it('leaves a list that is interrupted by other words alone', () => {
    const ms = typed('Companies such as the big lenders were warned, and Marit Lunde said so on Monday.');
    expect(labelOf(ms, 'Marit Lunde')).toBe('Person');
  });
});

describe('mentions: company names by their shape', () => {
  it('reads a name ending in a company word as an organisation', () => {
    const ms = typed('Officials met Grey Harbour Logistics and Vantor Precision Instruments on Friday.');
    expect(labelOf(ms, 'Grey Harbour Logistics')).toBe('Organization');
    expect(labelOf(ms, 'Vantor Precision Instruments')).toBe('Organization');
  });

  it('splits two company names joined by "and", keeping a single body with "and" in it whole', () => {
    const ms = typed(
      'The bloc listed Karsk Rail Engineering and Blue Fjord Trading. The Ministry of Trade and Industry objected.',
    );
    expect(labelOf(ms, 'Karsk Rail Engineering')).toBe('Organization');
    expect(labelOf(ms, 'Blue Fjord Trading')).toBe('Organization');
    expect(labelOf(ms, 'Ministry of Trade and Industry')).toBe('Organization');
  });

  it('keeps a place-participle compound out of the name after it: "Dubai-registered"', () => {
    const ms = typed('Investigators named Dubai-registered Sand Crest Holdings and a Kremlin-linked bank.');
    expect(labelOf(ms, 'Sand Crest Holdings')).toBe('Organization');
    expect(ms.some((m) => m.text.includes('registered'))).toBe(false);
  });
});

describe('context-types: more ways of saying what a name is', () => {
  it('reads an appositive after a possessive and a list right after a body plural', () => {
    const ms = typed(
      "The deal spares Volkora, Norway's state shipping corporation, and the state energy firms NordGas and Baltrek will join it.",
    );
    expect(labelOf(ms, 'Volkora')).toBe('Organization');
    expect(labelOf(ms, 'NordGas')).toBe('Organization');
    expect(labelOf(ms, 'Baltrek')).toBe('Organization');
  });

  it('reads a bloc named in an appositive as an organisation', () => {
    const ms = typed('Talks with Andicom, the South American trade bloc, resumed on Monday.');
    expect(labelOf(ms, 'Andicom')).toBe('Organization');
  });
});

describe('context-types: national teams in a match report', () => {
  const report = [
    'Norway beat Chile in the group opener',
    '',
    'Norway defeated Chile 2 – 1 on Saturday in the second match of the tournament, played in Canada.',
    '',
    'Chile took the lead through a penalty in the 12th minute, but Norway equalised before half-time and scored the winner in the 80th minute. The Norway coach praised his players and the goalkeeper.',
    '',
    'In the other game of the group, Peru and Ghana drew 0 – 0 in Toronto.',
  ].join('\n');

  it('types the countries that stand for teams as organisations, and the host country as a country', () => {
    const ms = typed(report);
    const labels = (text: string) => new Set(ms.filter((m) => m.text === text).map((m) => m.label));
    expect(labels('Norway')).toEqual(new Set(['Organization']));
    expect(labels('Chile')).toEqual(new Set(['Organization']));
    expect(labels('Peru')).toEqual(new Set(['Organization']));
    expect(labels('Canada')).toEqual(new Set(['Country']));
  });

  it('reads the countries of the United Kingdom as teams too', () => {
    const ms = typed(report.replace(/Chile/g, 'Wales'));
    expect(new Set(ms.filter((m) => m.text === 'Wales').map((m) => m.label))).toEqual(new Set(['Organization']));
  });

  it('leaves countries alone in news that mentions sport in passing', () => {
    const ms = typed(
      'Norway said on Monday it would host the 2031 championship. Chile welcomed the decision, and the two countries agreed on a 3-2 vote to share the costs.',
    );
    expect(labelOf(ms, 'Norway')).toBe('Country');
    expect(labelOf(ms, 'Chile')).toBe('Country');
  });
});

describe('unifySenses: one sense per article', () => {
  const at = (text: string, label: Mention['label'], start: number, kind: Mention['kind'] = 'surname'): Mention => ({
    start,
    end: start + text.length,
    text,
    label,
    kind,
    sentence: 0,
  });

  it('makes a name that is mostly an organisation one where a context read it as a place', () => {
    const out = unifySenses([
      at('Nordlys', 'Organization', 0),
      at('Nordlys', 'Organization', 40),
      at('Nordlys', 'Place', 90),
      at('Tromsø', 'Place', 120, 'name'),
    ]);
    expect(out.map((m) => m.label)).toEqual(['Organization', 'Organization', 'Organization', 'Place']);
  });

  it('leaves a name that is mostly a place, and countries, alone', () => {
    const out = unifySenses([
      at('Valdor', 'Place', 0),
      at('Valdor', 'Place', 30),
      at('Valdor', 'Organization', 60),
      at('Oslo', 'Country', 90),
      at('Oslo', 'Place', 120),
    ]);
    expect(out.map((m) => m.label)).toEqual(['Place', 'Place', 'Organization', 'Country', 'Place']);
  });
});
