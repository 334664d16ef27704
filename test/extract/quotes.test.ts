import { extractStatements, findQuoteSpans } from '../../src/extract/quotes.js';
import { assignTopics } from '../../src/extract/events.js';
import { extractFacts } from '../../src/extract/facts.js';
import { resolvedArticle, type MentionSpec } from './fixture.js';

const PEOPLE: MentionSpec[] = [
  ['Vladimir Putin', 'Person', 'person:putin'],
  ['Putin', 'Person', 'person:putin', 'surname'],
  ['Mr Putin', 'Person', 'person:putin'],
  ['Xi Jinping', 'Person', 'person:xi'],
  ['Xi', 'Person', 'person:xi', 'surname'],
  ['Mr Xi', 'Person', 'person:xi'],
  ['Wan Qingsong', 'Person', 'person:wan'],
  ['East China Normal University', 'Organization', 'organization:ecnu'],
  ['Shi Yinhong', 'Person', 'person:shi'],
  ['Renmin University', 'Organization', 'organization:renmin'],
  ['Xinhua', 'Organization', 'organization:xinhua'],
  ['China', 'Country', 'country:china'],
  ['Russia', 'Country', 'country:russia'],
  ['Ukraine', 'Country', 'country:ukraine'],
  ['John Kirby', 'Person', 'person:kirby'],
  ['CNN', 'Organization', 'organization:cnn'],
  ['Li Zhanshu', 'Person', 'person:li'],
  ['Vyacheslav Volodin', 'Person', 'person:volodin'],
];

function said(text: string, extra: MentionSpec[] = []) {
  const article = resolvedArticle(text, [...PEOPLE, ...extra]);
  return extractStatements(article).map((s) => [s.speaker, s.quote, s.kind]);
}

describe('quotation spans', () => {
  it('finds curly, straight and single quotations and leaves apostrophes alone', () => {
    const text = 'China’s leader said “we are ready” and "so are we" with ‘old friends’.';
    const article = resolvedArticle(text, []);
    const spans = findQuoteSpans(article.cleaned).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['we are ready', 'so are we', 'old friends']);
  });

  it('joins a quotation that goes on in the next paragraph', () => {
    const text = 'Putin told Xi: “We highly value your position.\n“We understand your questions.”';
    const article = resolvedArticle(text, PEOPLE);
    const spans = findQuoteSpans(article.cleaned);
    expect(spans.map((s) => s.continues)).toEqual([true, false]);
    expect(said(text)).toEqual([
      ['person:putin', 'We highly value your position. We understand your questions.', 'direct'],
    ]);
  });
});

describe('attribution', () => {
  it('"X said" after the quotation', () => {
    expect(said('“China is willing to work with Russia,” Xi said in footage aired on Russian media.')).toEqual([
      ['person:xi', 'China is willing to work with Russia,', 'direct'],
    ]);
  });

  it('"said X, a professor at Y" after the quotation', () => {
    expect(
      said(
        '“China did not give Russia what it wanted,” said Wan Qingsong, an associate research professor at East China Normal University.',
      )[0],
    ).toEqual(['person:wan', 'China did not give Russia what it wanted,', 'direct']);
  });

  it('"X told Y" after the quotation picks the speaker, not the outlet', () => {
    expect(
      said('“This is not the time for business as usual,” National Security Council coordinator John Kirby told CNN.', [
        ['National Security Council', 'Organization', 'organization:nsc'],
      ])[0][0],
    ).toBe('person:kirby');
  });

  it('"X, a professor at Y, said" before the quotation', () => {
    expect(said('Shi Yinhong, a professor at Renmin University, said: “China will grow more cautious.”')).toEqual([
      ['person:shi', 'China will grow more cautious.', 'direct'],
    ]);
  });

  it('"he added" after a quotation continues the speaker of the sentence before', () => {
    const out = said(
      '“China did not give Russia what it wanted,” said Wan Qingsong.\n“This is the real test,” he added.',
    );
    expect(out.map((s) => s[0])).toEqual(['person:wan', 'person:wan']);
  });

  it('a fronted phrase with an event does not hide the speaker: "Speaking after the talks, X said:"', () => {
    const out = said('Speaking after the talks, Xi said: “Russia is a trusted partner.”', [
      ['talks', 'Event', 'event:talks'],
    ]);
    expect(out).toEqual([['person:xi', 'Russia is a trusted partner.', 'direct']]);
  });

  it('"said a spokesperson for X" gives the organisation the words', () => {
    expect(said('“We oppose the move,” said a spokesperson for Xinhua.')).toEqual([
      ['organization:xinhua', 'We oppose the move,', 'direct'],
    ]);
  });

  it('"said Y\'s minister X" skips the possessor', () => {
    expect(said('“We oppose the move,” said China’s top legislator, Li Zhanshu.')).toEqual([
      ['person:li', 'We oppose the move,', 'direct'],
    ]);
  });

  it('a colon-led quotation: "X told Y:"', () => {
    expect(said('Putin told Xi: “We highly value the balanced position of our Chinese friends.”')[0][0]).toBe(
      'person:putin',
    );
  });

  it('"according to X" attributes a reported sentence to the outlet', () => {
    const out = said(
      'Xi told Putin on Thursday that China is ready to work with Russia, according to state news agency Xinhua.',
    );
    expect(out.map((s) => s[0])).toEqual(['person:xi', 'organization:xinhua']);
    expect(out[0][2]).toBe('reported');
  });

  it('"he said" resolves to the speaker named in the sentence before', () => {
    const out = said(
      'Moscow’s defeat has alarmed Chinese leaders, according to Shi Yinhong, a professor at Renmin University.\n“China will no doubt grow even more cautious,” he said.',
    );
    expect(out.map((s) => s[0])).toEqual(['person:shi', 'person:shi']);
    expect(out[1][2]).toBe('direct');
  });

  it('a paragraph that is only a quotation continues the previous speaker', () => {
    const out = said(
      '“China did not give Russia what it wanted,” said Wan Qingsong.\n“It could also be that Li could not talk on behalf of Xi.”',
    );
    expect(out.map((s) => s[0])).toEqual(['person:wan', 'person:wan']);
  });

  it('a quotation that is the next sentence continues the speaker of the one before', () => {
    const out = said(
      '“We will not let Russia win,” Putin told reporters after the meeting. “Our position is unchanged.”',
    );
    expect(out).toEqual([
      ['person:putin', 'We will not let Russia win,', 'direct'],
      ['person:putin', 'Our position is unchanged.', 'direct'],
    ]);
  });

  it('a partial quotation inside a sentence goes to the subject of its verb', () => {
    const out = said('Putin on Thursday praised China’s “balanced position” on the Ukraine war.');
    expect(out).toEqual([['person:putin', 'balanced position', 'direct']]);
  });

  it('reported speech: "X said he understood …"', () => {
    const out = said('Putin said he understood China’s questions and concerns about the war.');
    expect(out).toEqual([['person:putin', 'he understood China’s questions and concerns about the war', 'reported']]);
  });

  it('"X told Y" with a pronoun speaker resolved from the sentence before', () => {
    const out = said(
      'Li Zhanshu raised eyebrows during his trip to Russia.\nIn footage released by the Duma, he told Vyacheslav Volodin: “The United States had pushed straight to Russia’s doorsteps.”',
    );
    expect(out.map((s) => s[0])).toEqual(['person:li']);
  });

  it('does not make a speaker of a country', () => {
    expect(said('China said it was ready to help.')).toEqual([]);
  });
});

describe('names the mention stage missed', () => {
  it('"Xinhua said" is attributed when "Xinhua" is a mention elsewhere in the article', () => {
    const text = 'Xi met Putin, according to Xinhua.\n“China will cooperate with Russia,” Xinhua said.';
    const article = resolvedArticle(text, PEOPLE);
    const missed = { ...article, mentions: article.mentions.filter((m) => !(m.text === 'Xinhua' && m.sentence === 1)) };
    expect(extractFacts(missed).statements.map((s) => [s.speaker, s.kind])).toEqual([
      ['organization:xinhua', 'reported'],
      ['organization:xinhua', 'direct'],
    ]);
  });
});

describe('what a statement is about', () => {
  it('an analyst in an article about a meeting comments on that meeting', () => {
    const article = resolvedArticle(
      'Xi and Putin held the Xi–Putin meeting in Samarkand.\n“China did not give Russia what it wanted,” said Wan Qingsong.',
      [...PEOPLE, ['Xi–Putin meeting', 'Event', 'event:xi-putin']],
    );
    const topics = assignTopics(article, extractStatements(article));
    expect(topics.map((s) => [s.speaker, s.about])).toEqual([['person:wan', 'event:xi-putin']]);
  });
});

describe('reported speech at the end of a sentence', () => {
  const extra: MentionSpec[] = [
    ['Antony Blinken', 'Person', 'person:blinken'],
    ['Blinken', 'Person', 'person:blinken', 'surname'],
    ['State Department', 'Organization', 'organization:state-department'],
    ['Matthew Miller', 'Person', 'person:miller'],
    ['Joe Biden', 'Person', 'person:biden'],
  ];

  it('"…, State Department spokesman Matthew Miller said." is said by the spokesman, not the department', () => {
    const text =
      'Blinken raised concerns about Chinese support for Russia, State Department spokesman Matthew Miller said.';
    expect(said(text, extra).map((s) => s[0])).toEqual(['person:miller']);
  });

  it('"has not confirmed whether he will attend" is no statement', () => {
    expect(said('US President Joe Biden has not confirmed whether he will attend the summit in Bali.', extra)).toEqual(
      [],
    );
  });
});

describe('reported speech after an apposition', () => {
  it('"X, a professor at Y, said the talks mattered." is said by X', () => {
    const extra: MentionSpec[] = [
      ['Anne Dupont', 'Person', 'person:dupont'],
      ['Sciences Po', 'Organization', 'organization:sciences-po'],
    ];
    expect(said('Anne Dupont, a professor at Sciences Po, said the talks mattered.', extra).map((s) => s[0])).toEqual([
      'person:dupont',
    ]);
  });
});
