import { extractFacts } from '../../src/extract/facts.js';
import { resolvedArticle, type MentionSpec } from './fixture.js';

const WORLD: MentionSpec[] = [
  ['Anna Keller', 'Person', 'p:keller'],
  ['Keller', 'Person', 'p:keller', 'surname'],
  ['Tomas Varga', 'Person', 'p:varga'],
  ['Varga', 'Person', 'p:varga', 'surname'],
  ['Lena Ortiz', 'Person', 'p:ortiz'],
  ['Ortiz', 'Person', 'p:ortiz', 'surname'],
  ['Northern Defence Pact', 'Organization', 'o:pact'],
  ['NDP', 'Organization', 'o:pact', 'acronym'],
  ['Portugal', 'Country', 'c:portugal'],
  ['Lisbon', 'Country', 'c:portugal', 'metonym'],
  ['Norway', 'Country', 'c:norway'],
  ['Oslo', 'Country', 'c:norway', 'metonym'],
  ['Chile', 'Country', 'c:chile'],
  ['Santiago', 'Country', 'c:chile', 'metonym'],
  ['Peru', 'Country', 'c:peru'],
  ['Lima', 'Country', 'c:peru', 'metonym'],
];

/** SUPPORTS and OPPOSES edges of a text as "TYPE source target", flagged ones suffixed with their flag. */
function stances(text: string): string[] {
  return extractFacts(resolvedArticle(text, WORLD))
    .relations.filter((r) => r.type === 'SUPPORTS' || r.type === 'OPPOSES')
    .map((r) => `${r.type} ${r.source} ${r.target}${r.negated ? ' negated' : r.hedged ? ' hedged' : ''}`)
    .sort();
}

describe('support stated by positions', () => {
  it('"X stands with Y" and "X stood by Y"', () => {
    expect(stances('Lisbon stands with Oslo in the dispute.')).toEqual(['SUPPORTS c:portugal c:norway']);
    expect(stances('Keller stood by Varga throughout the crisis.')).toEqual(['SUPPORTS p:keller p:varga']);
  });

  it('"we stand on the side of Y", said by a speaker, is the speaker\'s', () => {
    expect(stances('"We will always stand on the side of Tomas Varga," Keller said.')).toEqual([
      'SUPPORTS p:keller p:varga',
    ]);
  });

  it('"X voiced / expressed / pledged support for Y"', () => {
    expect(stances('Keller voiced support for Chile on Monday.')).toEqual(['SUPPORTS p:keller c:chile']);
    expect(stances('Norway expressed strong support for Peru.')).toEqual(['SUPPORTS c:norway c:peru']);
    expect(stances('Santiago pledged its full support for the Northern Defence Pact.')).toEqual([
      'SUPPORTS c:chile o:pact',
    ]);
  });

  it('"X would back Y\'s bid" and "agreed to back Y"', () => {
    expect(stances('Oslo will back Lima’s bid for a seat on the council.')).toEqual(['SUPPORTS c:norway c:peru']);
    expect(stances('Keller said Oslo would back Lima’s bid for a seat on the council.')).toEqual([
      'SUPPORTS c:norway c:peru hedged',
    ]);
    expect(stances('Varga agreed to back Chile after the talks.')).toEqual(['SUPPORTS p:varga c:chile']);
    expect(stances('After talks with Ortiz and Keller, Varga agreed to back Chile.')).toEqual([
      'SUPPORTS p:varga c:chile',
    ]);
  });

  it('"back" as an adverb is no support', () => {
    expect(stances('Varga flew back to Lisbon on Sunday.')).toEqual([]);
    expect(stances('Keller came back from Lima with a deal.')).toEqual([]);
  });

  it('"X welcomed Y\'s bid" supports Y, but welcoming a visitor does not', () => {
    expect(stances('Oslo welcomed Peru’s bid to join the pact.')).toEqual(['SUPPORTS c:norway c:peru']);
    expect(stances('Keller welcomed Varga to the capital on Monday.')).toEqual([]);
  });
});

describe('opposition stated by positions', () => {
  it('"X condemned Y", "X criticised Y", "X opposes Y", "X objected to Y"', () => {
    expect(stances('Lima condemned Santiago on Tuesday.')).toEqual(['OPPOSES c:peru c:chile']);
    expect(stances('Ortiz criticised Keller over the budget.')).toEqual(['OPPOSES p:ortiz p:keller']);
    expect(stances('Norway opposes Portugal on fishing quotas.')).toEqual(['OPPOSES c:norway c:portugal']);
    expect(stances('Varga objected to Chile joining the pact.')).toEqual(['OPPOSES p:varga c:chile']);
  });

  it('"X warned against Y"', () => {
    expect(stances('Ortiz warned against the Northern Defence Pact on Friday.')).toEqual(['OPPOSES p:ortiz o:pact']);
  });

  it('"X accused the alliance\'s members of …" opposes the organisation described', () => {
    const text =
      'The Northern Defence Pact met in Oslo. Before landing, Ortiz accused the alliance’s members of stalling.';
    expect(stances(text)).toEqual(['OPPOSES p:ortiz o:pact']);
  });

  it('"both governments have criticised Y" is each of the two countries named together', () => {
    expect(stances('Chile backs Peru’s campaign, and both governments have criticised Norway.')).toEqual([
      'OPPOSES c:chile c:norway',
      'OPPOSES c:peru c:norway',
      'SUPPORTS c:chile c:peru',
    ]);
  });

  it('"we reject …" is the speaker\'s', () => {
    expect(stances('"We reject the demands of Oslo," Keller said.')).toEqual(['OPPOSES p:keller c:norway']);
  });
});
