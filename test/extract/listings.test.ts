import { extractFacts } from '../../src/extract/facts.js';
import { resolvedArticle, type MentionSpec } from './fixture.js';

const WORLD: MentionSpec[] = [
  ['European Union', 'Organization', 'o:eu'],
  ['EU', 'Organization', 'o:eu', 'acronym'],
  ['Treasury', 'Organization', 'o:treasury'],
  ['United Kingdom', 'Country', 'c:uk'],
  ['Britain', 'Country', 'c:uk'],
  ['London', 'Country', 'c:uk', 'metonym'],
  ['Belarus', 'Country', 'c:belarus'],
  ['Serbia', 'Country', 'c:serbia'],
  ['Vantor Metals', 'Organization', 'o:vantor'],
  ['Kestrel Shipping', 'Organization', 'o:kestrel'],
  ['Orvel Bank', 'Organization', 'o:orvel'],
  ['Lumen Avionics', 'Organization', 'o:lumen'],
  ['Ivan Dorokhov', 'Person', 'p:dorokhov'],
  ['Sofia Lind', 'Person', 'p:lind'],
  ['Minsk', 'Place', 'pl:minsk'],
];

/** SANCTIONS edges of a text as "source target", flagged ones suffixed with their flag. */
function sanctions(text: string): string[] {
  return extractFacts(resolvedArticle(text, WORLD))
    .relations.filter((r) => r.type === 'SANCTIONS')
    .map((r) => `${r.source} ${r.target}${r.negated ? ' negated' : r.hedged ? ' hedged' : ''}`)
    .sort();
}

describe('SANCTIONS on listed bodies and people', () => {
  it('"X added A, B and C to its sanctions list"', () => {
    expect(
      sanctions('The EU added Vantor Metals, Kestrel Shipping and Orvel Bank to its sanctions list on Monday.'),
    ).toEqual(['o:eu o:kestrel', 'o:eu o:orvel', 'o:eu o:vantor']);
  });

  it('"X had already added A and B to its trade blacklist"', () => {
    expect(
      sanctions('Britain had already added Lumen Avionics and Orvel Bank to its own trade blacklist last year.'),
    ).toEqual(['c:uk o:lumen', 'c:uk o:orvel']);
  });

  it('adding to a list that is not one of sanctions is no edge', () => {
    expect(sanctions('Britain added Lumen Avionics and Orvel Bank to its list of preferred suppliers.')).toEqual([]);
  });

  it('"the list includes A, a …, and B, a …" leans on the sanctioner named before', () => {
    const text =
      'The European Union imposed new sanctions on Belarus on Friday. ' +
      'The list includes Vantor Metals, a steel trader based in Minsk, and Kestrel Shipping, a carrier that London says moved fuel for the army.';
    expect(sanctions(text)).toEqual(['o:eu c:belarus', 'o:eu o:kestrel', 'o:eu o:vantor']);
  });

  it('"A and B of C, which the bloc accuses of …, were also named"', () => {
    const text =
      'The European Union imposed sanctions on Belarus on Friday. ' +
      'Ivan Dorokhov and Orvel Bank of Serbia, which the bloc accuses of financing arms purchases, were also named.';
    expect(sanctions(text)).toEqual(['o:eu c:belarus', 'o:eu o:orvel', 'o:eu p:dorokhov']);
  });

  it('"were also named" with no sanctioner in sight is no edge', () => {
    expect(sanctions('Ivan Dorokhov and Sofia Lind were also named.')).toEqual([]);
  });

  it('"the Treasury designated A and B"', () => {
    expect(sanctions('The Treasury designated Ivan Dorokhov and Sofia Lind on Tuesday.')).toEqual([
      'o:treasury p:dorokhov',
      'o:treasury p:lind',
    ]);
  });

  it('"asset freezes and travel bans on A and B"', () => {
    expect(sanctions('London imposed asset freezes and travel bans on Ivan Dorokhov and Sofia Lind.')).toEqual([
      'c:uk p:dorokhov',
      'c:uk p:lind',
    ]);
  });

  it('"sanctioned firms including A" of a sanctioner named before', () => {
    const text =
      'The EU imposed sanctions on Belarus in March. Sanctioned firms including Vantor Metals have since moved abroad.';
    expect(sanctions(text)).toEqual(['o:eu c:belarus', 'o:eu o:vantor']);
  });

  it('names "taken off" the list are negated', () => {
    const text =
      'The EU imposed sanctions on Belarus in March. Two firms, including Vantor Metals, were taken off after talks.';
    expect(sanctions(text)).toEqual(['o:eu c:belarus', 'o:eu o:vantor negated']);
  });

  it('"lifted sanctions on Y" is negated and "threatened sanctions on Y" hedged', () => {
    expect(sanctions('Britain lifted sanctions on Serbia in May.')).toEqual(['c:uk c:serbia negated']);
    expect(sanctions('Britain threatened sanctions on Serbia in May.')).toEqual(['c:uk c:serbia hedged']);
  });

  it('"imposed sanctions on A over …"', () => {
    expect(sanctions('The Treasury imposed sanctions on Kestrel Shipping over fuel deliveries to Belarus.')).toEqual([
      'o:treasury o:kestrel',
    ]);
  });
});
