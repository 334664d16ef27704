import { extractArticle } from '../../src/extract/index.js';

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
