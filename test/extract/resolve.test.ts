import { extractCorpus, resolveArticle } from '../../src/extract/index.js';
import type { ResolvedArticle } from '../../src/extract/types.js';

const entity = (r: ResolvedArticle, name: string) => r.entities.find((e) => e.name === name);
const entityOf = (r: ResolvedArticle, text: string) => {
  const m = r.mentions.find((x) => x.text === text);
  return m ? r.entities.find((e) => e.id === m.entity) : undefined;
};

describe('resolveArticle', () => {
  it('resolves surnames and honorific forms to the full name, keeping every alias', () => {
    const r = resolveArticle({
      text: 'Russian President Vladimir Putin met Xi Jinping. Mr Putin said Putin was pleased.',
    });
    const putin = entity(r, 'Vladimir Putin');
    expect(putin).toMatchObject({ label: 'Person', count: 3 });
    expect(putin?.aliases).toEqual(expect.arrayContaining(['Russian President Vladimir Putin', 'Mr Putin', 'Putin']));
    expect(putin?.roles).toEqual(['President (Russia)']);
  });

  it("spans a titled person's mention record on the name, keeping the whole written form as surface and alias", () => {
    const text = 'Russian President Vladimir Putin met Xi Jinping. Mr Putin said Putin was pleased.';
    const putin = entity(resolveArticle({ text }), 'Vladimir Putin');
    const start = text.indexOf('Vladimir Putin');
    expect(putin?.mentions[0]).toEqual({
      article: expect.any(String),
      start,
      end: start + 'Vladimir Putin'.length,
      text: 'Vladimir Putin',
      surface: 'Russian President Vladimir Putin',
    });
    expect(text.slice(putin!.mentions[0]!.start, putin!.mentions[0]!.end)).toBe('Vladimir Putin');
    expect(putin?.aliases).toContain('Russian President Vladimir Putin');
    // A mention without a title is its name as written: no surface.
    const last = putin!.mentions.at(-1)!;
    expect(last).toMatchObject({ text: 'Putin' });
    expect(last.surface).toBeUndefined();
    expect(putin?.mentions.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
  });

  it('ties an acronym to its expansion and spelling variants to one organisation', () => {
    const r = resolveArticle({
      text: 'Leaders met at the Shanghai Cooperation Organisation (SCO) summit. The SCO grew. Nato and NATO are one.',
    });
    const sco = entityOf(r, 'SCO');
    expect(sco?.name).toBe('Shanghai Cooperation Organisation');
    expect(entityOf(r, 'Nato')?.id).toBe(entityOf(r, 'NATO')?.id);
  });

  it('takes "the Kremlin" and an acting capital as the country', () => {
    const r = resolveArticle({ text: 'The Kremlin said Moscow would reply. Russia agreed.' });
    expect(entityOf(r, 'Kremlin')?.name).toBe('Russia');
    expect(entityOf(r, 'Moscow')?.name).toBe('Russia');
    expect(entity(r, 'Russia')?.count).toBe(3);
  });

  it('resolves a role description to the one person it fits', () => {
    const r = resolveArticle({
      text: 'Chinese President Xi Jinping met Russian President Vladimir Putin. The Chinese leader spoke first.',
    });
    expect(entityOf(r, 'The Chinese leader')?.name).toBe('Xi Jinping');
  });

  it('names an event after its participants and place and dates it against the article date', () => {
    const r = resolveArticle(
      {
        text: 'Xi Jinping met Vladimir Putin in Samarkand on Thursday. Xi said the meeting lasted an hour, Putin added.',
      },
      { date: '2022-09-15' },
    );
    const meeting = r.entities.find((e) => e.label === 'Event');
    expect(meeting).toMatchObject({
      name: 'Xi–Putin meeting in Samarkand',
      date: '2022-09-15',
      place: 'place:samarkand',
      count: 2,
    });
    expect(r.events?.[0]).toMatchObject({
      kind: 'meeting',
      participants: ['person:xi-jinping', 'person:vladimir-putin'],
    });
  });

  it('dates "on Wednesday" in reported speech to the past week, and "next month" ahead', () => {
    const r = resolveArticle(
      {
        text: 'In a meeting with Kazakh President Kassym-Jomart Tokayev on Wednesday, Xi Jinping said China would help. He is expected to attend a Communist Party congress next month.',
      },
      { date: '2022-09-15' },
    );
    const events = r.entities.filter((e) => e.label === 'Event');
    expect(events.find((e) => /Tokayev/.test(e.name))?.date).toBe('2022-09-14');
    expect(events.find((e) => e.name === 'Communist Party congress')?.date).toBe('2022-10');
  });

  it('names a sanctions package after its sender and target, and tells apart meetings of one pair in other months', () => {
    const r = resolveArticle(
      {
        text: 'The European Union on Thursday adopted an eighth package of sanctions against Russia. Xi Jinping met Vladimir Putin in Samarkand on Thursday. The pair last met in Beijing in February.',
      },
      { date: '2022-10-06' },
    );
    const events = r.entities.filter((e) => e.label === 'Event');
    expect(events.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'eighth EU sanctions package against Russia',
        'Xi Jinping–Vladimir Putin meeting in Samarkand',
        'Xi Jinping–Vladimir Putin meeting in Beijing',
      ]),
    );
    expect(events.find((e) => e.name.endsWith('in Beijing'))?.date).toBe('2022-02');
  });

  it('does not make a person of a lone word it cannot resolve', () => {
    const r = resolveArticle({ text: 'Officials in Samarkand welcomed the move. Analysts agreed.' });
    expect(r.entities.filter((e) => e.label === 'Person')).toEqual([]);
  });
});

describe('extractCorpus: across articles', () => {
  it('resolves surnames, acronyms and events of later articles to the entities of earlier ones', () => {
    const graphs = extractCorpus(
      [
        {
          text: 'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday at the Shanghai Cooperation Organisation (SCO) summit.',
        },
        { text: 'Putin told Xi that the SCO mattered. The Xi-Putin meeting was the first since February.' },
      ],
      { date: '2022-09-15' },
    );
    const ids = (i: number, label: string) =>
      graphs[i].entities
        .filter((e) => e.label === label)
        .map((e) => e.id)
        .sort();
    expect(ids(1, 'Person')).toEqual(ids(0, 'Person'));
    expect(graphs[1].entities.find((e) => e.label === 'Organization')?.id).toBe(
      'organization:shanghai-cooperation-organisation',
    );
    const events0 = graphs[0].entities.filter((e) => e.label === 'Event' && /meeting/.test(e.name)).map((e) => e.id);
    const events1 = graphs[1].entities.filter((e) => e.label === 'Event' && /meeting/.test(e.name)).map((e) => e.id);
    expect(events1).toEqual(events0);
  });

  it('resolves against entities given as known (incremental ingest)', () => {
    const known = [
      { id: 'person:emmanuel-macron', label: 'Person' as const, name: 'Emmanuel Macron', aliases: ['Macron'] },
    ];
    const [g] = extractCorpus([{ text: 'Macron said France would help.' }], { known });
    expect(g.entities.find((e) => e.label === 'Person')?.id).toBe('person:emmanuel-macron');
  });
});

describe('resolveArticle on any text', () => {
  it('never throws and keeps every offset inside the original text', async () => {
    const fc = (await import('fast-check')).default;
    const piece = fc.constantFrom(
      'Mr. Putin',
      'met',
      'Xi Jinping',
      'in Beijing',
      '“',
      '”',
      '.',
      ',',
      '\n\n',
      'the SCO',
      '(',
      ')',
      'Photo: AP',
      'on Thursday',
      '–',
      'U.S.',
      'Recommended Stories',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const r = resolveArticle({ text }, { date: '2022-09-15' });
        for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
        for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const e of r.entities) expect(e.count).toBe(e.mentions.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('short names from the middle of a long name', () => {
  it('"Lula" is Luiz Inacio Lula da Silva when the article names him in full', () => {
    const r = resolveArticle({
      text: 'Brazilian President Luiz Inacio Lula da Silva met Olaf Scholz in Brasilia. Lula declined the request.',
    });
    expect(entityOf(r, 'Lula')?.name).toBe('Luiz Inacio Lula da Silva');
  });
});

describe('resolveArticle: a surname two of one family share', () => {
  it('gives a headline surname to the relative the article names first', () => {
    const r = resolveArticle({
      text: [
        'Kask welcomes Latvian delegation to Tallinn',
        '',
        'Estonian President Liina Kask welcomed a Latvian delegation on Monday. It was the first visit she hosted since she succeeded her uncle, Toomas Kask, in March.',
        '',
      ].join('\n'),
    });
    const people = r.entities.filter((e) => e.label === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Liina Kask', 'Toomas Kask']));
    const liina = r.entities.find((e) => e.name === 'Liina Kask');
    expect(liina?.mentions.some((m) => m.text === 'Kask' && m.start < 10)).toBe(true);
  });
});
