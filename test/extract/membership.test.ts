import { extractFacts } from '../../src/extract/facts.js';
import { resolvedArticle, type MentionSpec } from './fixture.js';

/** An invented world: three blocs, a council, a company and six countries. */
const WORLD: MentionSpec[] = [
  ['Northern Trade Organisation', 'Organization', 'o:nto'],
  ['NTO', 'Organization', 'o:nto', 'acronym'],
  ['Coastal Defence Alliance', 'Organization', 'o:cda'],
  ['Lake Customs Union', 'Organization', 'o:lcu'],
  ['Regional Security Council', 'Organization', 'o:rsc'],
  ['Velta Motors', 'Organization', 'o:velta'],
  ['Arvenia', 'Country', 'c:arvenia'],
  ['Borlund', 'Country', 'c:borlund'],
  ['Corsava', 'Country', 'c:corsava'],
  ['Delmora', 'Country', 'c:delmora'],
  ['Estrava', 'Country', 'c:estrava'],
  ['Fennick', 'Country', 'c:fennick'],
  ['Ilse Varga', 'Person', 'p:varga'],
];

function members(text: string): string[] {
  return extractFacts(resolvedArticle(text, WORLD))
    .relations.filter((r) => r.type === 'MEMBER_OF')
    .map((r) => `${r.source} ${r.target}${r.negated ? ' negated' : r.hedged ? ' hedged' : ''}`)
    .sort();
}

describe('MEMBER_OF from lists of members', () => {
  it('"O counts three members: A, B and C"', () => {
    expect(members('The NTO was founded in 1999 and now counts three members: Arvenia, Borlund and Corsava.')).toEqual([
      'c:arvenia o:nto',
      'c:borlund o:nto',
      'c:corsava o:nto',
    ]);
  });

  it('"whose members are A and B"', () => {
    expect(members('Talks were held under the Lake Customs Union, whose members are Delmora and Estrava.')).toEqual([
      'c:delmora o:lcu',
      'c:estrava o:lcu',
    ]);
  });

  it('"the bloc\'s members include A and B": the description stands for the bloc named before', () => {
    expect(
      members("Ministers of the Lake Customs Union met on Monday. The bloc's members include Delmora and Estrava."),
    ).toEqual(['c:delmora o:lcu', 'c:estrava o:lcu']);
  });

  it('"A, B and C are also members"', () => {
    expect(
      members('The Northern Trade Organisation meets twice a year. Arvenia, Borlund and Corsava are also members.'),
    ).toEqual(['c:arvenia o:nto', 'c:borlund o:nto', 'c:corsava o:nto']);
  });

  it('"A, the O member with …": an apposition', () => {
    expect(members('Fennick, the NTO member with the closest ties to Delmora, held up the deal.')).toEqual([
      'c:fennick o:nto',
    ]);
  });

  it('"as one of the council\'s permanent members"', () => {
    expect(
      members(
        "The Regional Security Council banned the sale. Borlund voted for the ban as one of the council's five permanent members.",
      ),
    ).toEqual(['c:borlund o:rsc']);
  });
});

describe('MEMBER_OF from predicates', () => {
  it('"A is a full member of O"', () => {
    expect(members('Corsava is a full member of the Coastal Defence Alliance.')).toEqual(['c:corsava o:cda']);
  });

  it('"A joined the alliance in April": the alliance named before', () => {
    expect(members('The Coastal Defence Alliance meets in May. Estrava joined the alliance in April.')).toEqual([
      'c:estrava o:cda',
    ]);
  });

  it('"A, which applied at the same time, joined the alliance" names its subject through the relative', () => {
    expect(
      members(
        'The Coastal Defence Alliance grew this year. Estrava, which applied at the same time as Arvenia, joined the alliance in April.',
      ),
    ).toEqual(['c:estrava o:cda']);
  });

  it('"O took in A", "O expanded with B and C", "O, founded by D and E"', () => {
    expect(
      members(
        'The NTO, founded by Delmora and Estrava, took in Fennick in 2011 and expanded again this year with Arvenia and Borlund.',
      ),
    ).toEqual(['c:arvenia o:nto', 'c:borlund o:nto', 'c:delmora o:nto', 'c:estrava o:nto', 'c:fennick o:nto']);
  });

  it('"O groups A with B and C"', () => {
    expect(members('The Lake Customs Union groups Delmora with Estrava, Fennick and Arvenia.')).toEqual([
      'c:arvenia o:lcu',
      'c:delmora o:lcu',
      'c:estrava o:lcu',
      'c:fennick o:lcu',
    ]);
  });

  it('"since its accession to O" is membership; a pending accession is hedged', () => {
    expect(members("Trade has doubled since Borlund's accession to the NTO in 2005.")).toEqual(['c:borlund o:nto']);
    expect(members("Parliaments must still ratify Corsava's accession to the NTO.")).toEqual([
      'c:corsava o:nto hedged',
    ]);
  });

  it('"A will become the alliance\'s tenth member" is not yet membership', () => {
    expect(
      members(
        "The Coastal Defence Alliance met on Monday. Fennick will become the alliance's tenth member once parliaments agree.",
      ),
    ).toEqual(['c:fennick o:cda hedged']);
  });
});

describe('not MEMBER_OF', () => {
  it('observer status, a dialogue partner, a bid or intention to join', () => {
    expect(
      members('The NTO, in which Arvenia is a full member and Borlund holds observer status, met on Friday.'),
    ).toEqual(['c:arvenia o:nto']);
    expect(members('Corsava attends NTO meetings as a dialogue partner rather than a full member.')).toEqual([]);
    expect(members('Delmora applied to join the Coastal Defence Alliance last year.')).toEqual([]);
    expect(members('Estrava wants to join the NTO.')).toEqual([]);
  });

  it('a negated membership is negated', () => {
    expect(members('Fennick is not a member of the Lake Customs Union.')).toEqual(['c:fennick o:lcu negated']);
  });

  it('joining talks, or a company, is not membership', () => {
    expect(members('Arvenia joined NTO talks on Monday.')).toEqual([]);
    expect(members('Ilse Varga joined Velta Motors in 2019.')).toEqual([]);
  });

  it('"the company" does not stand for a bloc', () => {
    expect(members('The NTO met on Monday. Velta Motors said Borlund joined the company in May.')).toEqual([]);
  });
});
