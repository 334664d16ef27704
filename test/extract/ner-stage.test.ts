import { cleanArticle } from '../../src/extract/clean.js';
import { typedByShape } from '../../src/extract/context-types.js';
import { extractArticle } from '../../src/extract/index.js';
import { findMentions } from '../../src/extract/mentions.js';
import type { SpanType } from '../../src/extract/ner/index.js';
import { mergeModelMentions, type ModelReading } from '../../src/extract/ner/stage.js';
import { splitSentences } from '../../src/extract/sentences.js';
import type { Mention } from '../../src/extract/types.js';

/** The entities of an article as "Label Name", with the committed name model (the default) or the rules alone. */
function entities(text: string, ner?: false): string[] {
  return extractArticle({ text, publishedAt: '2024-03-01' }, ner === false ? { ner } : {}).entities.map(
    (e) => `${e.label} ${e.name}`,
  );
}

describe('the ner stage: the trained model beside the rules', () => {
  const text = [
    'Regulators open an inquiry into a chip supplier',
    '',
    'Brussels, March 1 - Regulators in Brussels opened an inquiry on Friday into Microsoft and a Danish chip supplier.',
    '',
    '"We will look at every contract," said Ingrid Salo, who leads the inquiry. Salo said the work would take a year.',
    '',
  ].join('\n');

  it('adds an organisation no rule types, and keeps the people the rules find', () => {
    const found = entities(text);
    expect(found).toContain('Organization Microsoft');
    expect(found).toContain('Person Ingrid Salo');
  });

  it('leaves the rules alone when the model is switched off', () => {
    const found = entities(text, false);
    expect(found).toContain('Person Ingrid Salo');
    expect(found).not.toContain('Organization Microsoft');
  });

  it('keeps a short form of a full name the article gives a person, whatever the model thinks of the word', () => {
    const found = entities('Talks end\n\nPresident Lin Weiqiang met aides on Monday. Lin said the talks went well.\n');
    expect(found).toContain('Person Lin Weiqiang');
    expect(found.filter((e) => e.endsWith(' Lin'))).toEqual([]);
  });
});

describe('the ner stage: names that are no person', () => {
  it('drops a product named by a run of capitalised words, and keeps a person acting in the sentence', () => {
    const found = entities(
      'Browser makers said on Tuesday that Photo Studio would no longer be updated. Users of Photo Studio were told to switch. Later, Kwame Osei-Tutu met the developers in Accra.',
    );
    expect(found.filter((e) => e.includes('Photo Studio'))).toEqual([]);
    expect(found).toContain('Person Kwame Osei-Tutu');
  });
});

describe('the ner stage: whole names', () => {
  it("keeps a person's whole capitalised run when the model reads a shorter name inside it", () => {
    const found = entities(
      [
        'Ministers meet in the capital',
        '',
        'The minister was accompanied by his deputy, Hwang Jun Sok, and two advisers. Hwang Jun Sok said the talks went well.',
        '',
      ].join('\n'),
    );
    expect(found).toContain('Person Hwang Jun Sok');
    expect(found).not.toContain('Person Jun Sok');
  });
});

describe('the ner stage: places need a cue', () => {
  // A stand-in for the model that reads every shape-typed name as a place, sure of it: what the model
  // does with full names it never saw ("… with Romaric Lumbala"). The rules decide whether it may.
  function asPlaces(text: string): string[] {
    const sentences = splitSentences(cleanArticle({ text }));
    const mentions = findMentions(sentences, { publishedAt: '2024-03-01' });
    const place = (m: Mention): SpanType => ({
      start: m.start,
      end: m.end,
      label: 'Place',
      score: 0.95,
      scores: { Person: 0.01, Organization: 0.02, Place: 0.95, Country: 0.01, Event: 0.01 },
      nameScore: 0.9,
    });
    const reading: ModelReading = {
      spans: mentions.filter(typedByShape).map((m) => ({ start: m.start, end: m.end, label: 'Place', score: 0.95 })),
      typed: mentions.map((m) => (typedByShape(m) ? place(m) : null)),
    };
    return mergeModelMentions(text, sentences, mentions, reading).map((m) => `${m.label} ${m.text}`);
  }

  it('keeps a run of capitalised words with no place cue a person', () => {
    const found = asPlaces('The visitors started with Romaric Lumbala and Kim Sung-Jin pressing high.');
    expect(found).toContain('Person Romaric Lumbala');
    expect(found).toContain('Person Kim Sung-Jin');
  });

  it('lets the model read a place after a locative word, or a lone word', () => {
    const found = asPlaces(
      'Delegates flew in from Vesterby Sund on Monday. Talks moved to Ostrava later. Farmers in Upper Kessel protested.',
    );
    expect(found).toContain('Place Vesterby Sund');
    expect(found).toContain('Place Ostrava');
    expect(found).toContain('Place Upper Kessel');
  });
});

describe('context-types: one sense per article', () => {
  it('types every mention of a name the article once says is a company as that company', () => {
    const found = entities(
      'Regulators fined Ostrava Microdevices, a Lyon-based maker of sensors, on Monday. Officials later added Ostrava Microdevices and two banks to a watch list.',
      false,
    );
    expect(found).toContain('Organization Ostrava Microdevices');
    expect(found).not.toContain('Person Ostrava Microdevices');
  });
});

describe('mentions: named things outside the graph', () => {
  it('reads a study or a survey as no entity of the graph', () => {
    const found = entities('Results of the National Salt Intake Survey were published on Monday.\n', false);
    expect(found.filter((e) => e.includes('Survey'))).toEqual([]);
  });
});
