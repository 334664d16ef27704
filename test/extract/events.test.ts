import { extractArticle } from '../../src/extract/index.js';
import { extractFacts } from '../../src/extract/facts.js';
import { mainEvent } from '../../src/extract/events.js';
import { resolvedArticle, type MentionSpec } from './fixture.js';

const WORLD: MentionSpec[] = [
  ['Vladimir Putin', 'Person', 'p:putin'],
  ['Putin', 'Person', 'p:putin', 'surname'],
  ['Xi Jinping', 'Person', 'p:xi'],
  ['Xi', 'Person', 'p:xi', 'surname'],
  ['Nancy Pelosi', 'Person', 'p:pelosi'],
  ['Wan Qingsong', 'Person', 'p:wan'],
  ['Xinhua', 'Organization', 'o:xinhua'],
  ['China', 'Country', 'c:china'],
  ['Chinese', 'Country', 'c:china'],
  ['Russia', 'Country', 'c:russia'],
  ['Ukraine', 'Country', 'c:ukraine'],
  ['Uzbekistan', 'Country', 'c:uzbekistan'],
  ['Taiwan', 'Country', 'c:taiwan'],
  ['Samarkand', 'Place', 'pl:samarkand'],
  ['Taipei', 'Place', 'pl:taipei'],
  ['Pacific', 'Place', 'pl:pacific'],
];

function facts(text: string, events: MentionSpec[], date = '2022-09-15') {
  return extractFacts(resolvedArticle(text, [...events, ...WORLD], date));
}

function edges(text: string, events: MentionSpec[], type: string): string[] {
  return facts(text, events)
    .relations.filter((r) => r.type === type)
    .map((r) => `${r.source} ${r.target}${r.negated ? ' negated' : r.hedged ? ' hedged' : ''}`)
    .sort();
}

describe('HELD_IN', () => {
  it('"meeting in P, C" places the event in the place and its country', () => {
    expect(
      edges(
        'Heads of state met at Thursday’s meeting in Samarkand, Uzbekistan, on the sidelines.',
        [['meeting', 'Event', 'e:meeting']],
        'HELD_IN',
      ),
    ).toEqual(['e:meeting c:uzbekistan', 'e:meeting pl:samarkand']);
  });

  it('"the invasion of C" happens in C', () => {
    expect(
      edges(
        'It is the first meeting since the Russian invasion of Ukraine.',
        [['Russian invasion of Ukraine', 'Event', 'e:invasion']],
        'HELD_IN',
      ),
    ).toEqual(['e:invasion c:ukraine']);
  });

  it('a visit to a capital is held in its country', () => {
    expect(
      edges(
        'Beijing responded to Nancy Pelosi’s visit to Taipei in August.',
        [['visit to Taipei', 'Event', 'e:visit']],
        'HELD_IN',
      ),
    ).toEqual(['e:visit c:taiwan', 'e:visit pl:taipei']);
  });
});

describe('PARTICIPATED_IN', () => {
  it('the possessor of a conflict takes part in it, the country it is fought in does not', () => {
    expect(
      edges(
        'China has not endorsed Russia’s invasion of Ukraine.',
        [['invasion of Ukraine', 'Event', 'e:invasion']],
        'PARTICIPATED_IN',
      ),
    ).toEqual(['c:russia e:invasion']);
  });

  it('coordinated subjects of "began talks"', () => {
    expect(
      edges(
        'Xi Jinping and Vladimir Putin began their first in-person talks on Thursday.',
        [['talks', 'Event', 'e:talks']],
        'PARTICIPATED_IN',
      ),
    ).toEqual(['p:putin e:talks', 'p:xi e:talks']);
  });

  it('demonyms as the subject: "Russian and Chinese navies conducted joint patrols"', () => {
    expect(
      edges(
        'Russian and Chinese navies conducted joint patrols in the Pacific.',
        [
          ['joint patrols', 'Event', 'e:patrols'],
          ['Russian', 'Country', 'c:russia'],
        ],
        'PARTICIPATED_IN',
      ),
    ).toEqual(['c:china e:patrols', 'c:russia e:patrols']);
  });

  it('a fronted phrase names the event of the subject after it', () => {
    expect(
      edges(
        'On the sidelines of the summit in Samarkand, Xi Jinping and Vladimir Putin began talks.',
        [['summit', 'Event', 'e:summit']],
        'PARTICIPATED_IN',
      ),
    ).toEqual(['p:putin e:summit', 'p:xi e:summit']);
  });

  it('an organiser named in the event is not a participant', () => {
    const out = facts('Xi is seeking a third term at a Communist Party congress next month.', [
      ['Communist Party congress', 'Event', 'e:congress'],
      ['Communist Party', 'Organization', 'o:cpc'],
    ]);
    expect(out.relations.filter((r) => r.type === 'PARTICIPATED_IN' && r.source === 'o:cpc')).toEqual([]);
  });
});

describe('event dates and MET_WITH properties', () => {
  it('dates an event at the precision of the text, relative to the article date', () => {
    const out = facts(
      'Xi and Putin met on Thursday at the meeting in Samarkand. The pair last met at the Winter Olympics in February.',
      [
        ['meeting', 'Event', 'e:meeting'],
        ['Winter Olympics', 'Event', 'e:olympics'],
      ],
    );
    const date = (id: string) => out.entities.find((e) => e.id === id)?.date;
    expect(date('e:meeting')).toBe('2022-09-15');
    expect(date('e:olympics')).toBe('2022-02');
  });

  it('MET_WITH carries the event, its date and place', () => {
    const out = facts('Xi met Putin on Thursday at the meeting in Samarkand.', [['meeting', 'Event', 'e:meeting']]);
    const met = out.relations.find((r) => r.type === 'MET_WITH');
    expect(met).toMatchObject({
      source: 'p:putin',
      target: 'p:xi',
      event: 'e:meeting',
      date: '2022-09-15',
      place: 'pl:samarkand',
      undirected: true,
    });
    expect(out.entities.find((e) => e.id === 'e:meeting')?.place).toBe('pl:samarkand');
  });

  it('a participant who leads another country visited the country the meeting was held in', () => {
    const text =
      'Russian President Vladimir Putin spoke on Thursday.\nPutin took part in the summit in Samarkand, Uzbekistan.';
    expect(
      edges(
        text,
        [
          ['summit', 'Event', 'e:summit'],
          ['Russian', 'Country', 'c:russia'],
        ],
        'VISITED',
      ),
    ).toEqual(['p:putin c:uzbekistan', 'p:putin pl:samarkand']);
  });
});

describe('SAID targets and evidence', () => {
  const text =
    'Xi Jinping and Vladimir Putin held the Xi–Putin meeting in Samarkand on Thursday.\n“China did not give Russia what it wanted,” said Wan Qingsong.\n“The Chinese president said China would cooperate,” Xinhua said.';
  const events: MentionSpec[] = [['Xi–Putin meeting', 'Event', 'e:meeting']];

  it('the main event is the happening the article reports', () => {
    expect(mainEvent(resolvedArticle(text, [...events, ...WORLD]))).toBe('e:meeting');
  });

  it("a pandemic or war in the background is not the article's event unless the headline names it", () => {
    const article = resolvedArticle(
      'China pledges support for Russia\nThe pandemic hurt trade. The pandemic is easing, and the war goes on.',
      [['pandemic', 'Event', 'e:pandemic'], ['war', 'Event', 'e:war'], ...WORLD],
    );
    expect(mainEvent(article)).toBeUndefined();
  });

  it('an analyst comments on the event; an agency concerns the party it names', () => {
    expect(edges(text, events, 'SAID')).toEqual(['o:xinhua c:china', 'p:wan e:meeting']);
  });

  it('a war named in a quotation on the event is its backdrop, not its topic', () => {
    const withWar = `${text}\n“Nobody who calls this war an operation can broker its end,” said Nancy Pelosi.`;
    expect(edges(withWar, [...events, ['war', 'Event', 'e:war']], 'SAID')).toContain('p:pelosi e:meeting');
  });

  it('every edge carries its evidence sentence, offsets, confidence and, for SAID, the quote', () => {
    const out = facts(text, events);
    const said = out.relations.find((r) => r.type === 'SAID' && r.source === 'p:wan');
    expect(said?.evidence).toEqual([
      expect.objectContaining({
        article: 'article:test',
        quote: 'China did not give Russia what it wanted,',
        confidence: expect.any(Number),
      }),
    ]);
    const ev = said?.evidence[0];
    expect(text.slice(ev?.start, ev?.end)).toBe(ev?.sentence);
    for (const r of out.relations) for (const e of r.evidence) expect(e.confidence).toBeGreaterThan(0);
    expect(out.statements.map((s) => [s.speaker, s.about, s.kind])).toEqual([
      ['p:wan', 'e:meeting', 'direct'],
      ['o:xinhua', 'c:china', 'direct'],
    ]);
  });
});

describe('robustness', () => {
  it('handles sentences numbered with gaps and an article without mentions', () => {
    const article = resolvedArticle('Xi met Putin on Thursday at the meeting in Samarkand.', [
      ['meeting', 'Event', 'e:meeting'],
      ...WORLD,
    ]);
    const gapped = {
      ...article,
      sentences: article.sentences.map((s) => ({ ...s, index: s.index + 5 })),
      mentions: article.mentions.map((m) => ({ ...m, sentence: m.sentence + 5 })),
    };
    expect(extractFacts(gapped).relations.find((r) => r.type === 'MET_WITH')).toMatchObject({
      source: 'p:putin',
      target: 'p:xi',
    });
    expect(extractFacts(resolvedArticle('Nothing happened here.', []))).toEqual({
      entities: [],
      relations: [],
      statements: [],
    });
  });
});

describe('event dates from the sentences that describe the event', () => {
  const graphOf = (text: string) => extractArticle({ text }, { date: '2022-09-15' });
  const named = (g: ReturnType<typeof graphOf>, id: string) => g.entities.find((e) => e.id === id)?.name;

  it('a background "first held in 2013" does not date the summit', () => {
    const g = graphOf(
      'Leaders of the Group of Seven will hold their summit in Tokyo next month. The summit, first held in 1975, is an annual gathering.',
    );
    const summit = g.entities.find((e) => e.label === 'Event' && /summit/i.test(e.name));
    expect(summit?.date).not.toBe('1975');
  });

  it('a sentence about an earlier occurrence elsewhere does not date the event', () => {
    const g = graphOf('India hosts the G20 summit in New Delhi. The G20 summit in 2013 was held in Saint Petersburg.');
    const summit = g.entities.find((e) => e.label === 'Event' && /New Delhi/.test(e.name));
    expect(summit?.date).not.toBe('2013');
  });

  it('a meeting of two other people in the same sentence as "the meeting" keeps its own date, not that of the main meeting', () => {
    const g = graphOf(
      'Turkish President Recep Tayyip Erdogan received Russian President Vladimir Putin in Istanbul on Friday for talks on the grain deal.\n' +
        'Turkish Foreign Minister Mevlut Cavusoglu met his Russian counterpart Sergei Lavrov in Ankara on Thursday to prepare the meeting.',
    );
    const met = g.relations.find(
      (r) => r.type === 'MET_WITH' && [r.source, r.target].some((x) => named(g, x) === 'Sergei Lavrov'),
    );
    expect(met).toBeDefined();
    expect(met?.date).not.toBe('2022-09-09');
    const intoMain = g.relations.filter(
      (r) =>
        r.type === 'PARTICIPATED_IN' &&
        named(g, r.source) === 'Sergei Lavrov' &&
        /Istanbul/.test(named(g, r.target) ?? ''),
    );
    expect(intoMain).toEqual([]);
  });
});

describe('meetings named by their verb', () => {
  const graphOf = (text: string) => extractArticle({ text }, { date: '2022-09-15' });
  const describe_ = (text: string) => {
    const g = graphOf(text);
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name ?? id;
    const events = g.entities.filter((e) => e.label === 'Event');
    const rel = g.relations
      .filter((r) => !r.hedged && !r.negated)
      .map((r) => `${r.type} ${name(r.source)} > ${name(r.target)}`);
    return { events, rel };
  };

  it('"X met his Turkish counterpart Y in Ankara on Thursday" is a dated meeting in Ankara', () => {
    const { events, rel } = describe_(
      'Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara on Thursday.',
    );
    expect(events).toHaveLength(1);
    expect(events[0].date).toBe('2022-09-15');
    expect(rel).toEqual(
      expect.arrayContaining([
        `PARTICIPATED_IN Sergei Lavrov > ${events[0].name}`,
        `PARTICIPATED_IN Hakan Fidan > ${events[0].name}`,
        `HELD_IN ${events[0].name} > Ankara`,
      ]),
    );
  });

  it('"X received his Russian counterpart Y in Istanbul on Friday for talks" is a dated meeting in Istanbul', () => {
    const { events, rel } = describe_(
      'Turkish Foreign Minister Hakan Fidan received his Russian counterpart Sergei Lavrov in Istanbul on Friday for talks on the grain deal.',
    );
    expect(events).toHaveLength(1);
    expect(events[0].date).toBe('2022-09-09');
    expect(rel).toEqual(
      expect.arrayContaining([
        'MET_WITH Hakan Fidan > Sergei Lavrov',
        `PARTICIPATED_IN Sergei Lavrov > ${events[0].name}`,
        `HELD_IN ${events[0].name} > Istanbul`,
      ]),
    );
  });

  it('a meeting in a city on a day during a state visit is its own Event; only the visitor takes part in the visit', () => {
    const { events, rel } = describe_(
      'French President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva in Brasilia on Wednesday, the last stop of a three-day state visit to Brazil.',
    );
    const meeting = events.find((e) => /meeting/.test(e.name));
    const visit = events.find((e) => /visit/.test(e.name));
    expect(meeting?.date).toBe('2022-09-14');
    expect(rel).toEqual(
      expect.arrayContaining([
        `PARTICIPATED_IN Emmanuel Macron > ${meeting?.name}`,
        `PARTICIPATED_IN Luiz Inacio Lula da Silva > ${meeting?.name}`,
        `HELD_IN ${meeting?.name} > Brasilia`,
        `PARTICIPATED_IN Emmanuel Macron > ${visit?.name}`,
      ]),
    );
    expect(rel).not.toContain(`PARTICIPATED_IN Luiz Inacio Lula da Silva > ${visit?.name}`);
  });

  it('"A and B held a summit in Woodside, California, in November" is a summit of both, dated to the month', () => {
    const { events, rel } = describe_(
      'President Joe Biden and President Xi Jinping held a summit in Woodside, California, in November.',
    );
    expect(events).toHaveLength(1);
    expect(events[0].date).toBe('2022-11');
    expect(rel).toEqual(
      expect.arrayContaining(['MET_WITH Joe Biden > Xi Jinping', `HELD_IN ${events[0].name} > Woodside`]),
    );
  });
});

describe('events told in relative clauses and by acronyms', () => {
  const graphOf = (text: string) => extractArticle({ text }, { date: '2022-09-15' });

  it('"since February, when Russia invaded Ukraine" dates the invasion', () => {
    const g = graphOf(
      'Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Friday. Relations have been watched closely since February, when Russia invaded Ukraine.',
    );
    const war = g.entities.find((e) => e.label === 'Event' && /invasion|war/i.test(e.name));
    expect(war?.date).toBe('2022-02');
  });

  it('"Germany\'s Chancellor Olaf Scholz, who opened the conference" leads Germany and took part in the conference', () => {
    const g = graphOf(
      "Germany's Chancellor Olaf Scholz, who opened the Munich Security Conference, called the talks useful.",
    );
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name ?? id;
    const rel = g.relations.filter((r) => !r.hedged).map((r) => `${r.type} ${name(r.source)} > ${name(r.target)}`);
    expect(rel).toEqual(
      expect.arrayContaining([
        'LEADER_OF Olaf Scholz > Germany',
        'PARTICIPATED_IN Olaf Scholz > Munich Security Conference',
      ]),
    );
  });

  it('"the summit of the Quadrilateral Security Dialogue (Quad)" is the Quad summit, the Quad an organisation', () => {
    const g = graphOf(
      'The summit of the Quadrilateral Security Dialogue (Quad) will be held in Tokyo. India, Japan, Australia and the United States are the members of the Quad.',
    );
    const quad = g.entities.find((e) => e.name === 'Quadrilateral Security Dialogue');
    expect(quad?.label).toBe('Organization');
    expect(g.entities.find((e) => e.label === 'Event')?.name).toMatch(/^Quad summit/);
    expect(g.relations.filter((r) => r.type === 'MEMBER_OF' && r.target === quad?.id)).toHaveLength(4);
  });
});

describe('the dateline places the news of the day', () => {
  const graphOf = (text: string) => extractArticle({ text }, { date: '2024-03-04' });
  const events = (g: ReturnType<typeof graphOf>) => g.entities.filter((e) => e.label === 'Event');
  const heldIn = (g: ReturnType<typeof graphOf>) =>
    g.relations.filter((r) => r.type === 'HELD_IN').map((r) => g.entities.find((e) => e.id === r.target)?.name);

  it('a summit whose sentences name no city was held in the dateline city the article names', () => {
    const g = graphOf(
      'Lake nations agree on fishing quotas\n\nMONTREUX, Switzerland, March 4, 2024 – Leaders of the Alpine Water Council closed their summit on Monday with a deal on fishing quotas.\n\nThe summit also backed a new research fund, to be run from offices in Montreux.',
    );
    expect(
      events(g)
        .map((e) => e.name)
        .join(' '),
    ).toMatch(/Montreux/);
    expect(heldIn(g)).toContain('Montreux');
  });

  it('a visit to another country is not placed at the dateline the reporter files from', () => {
    const g = graphOf(
      'President to tour the south\n\nOTTAWA, March 4, 2024 – Canadian Prime Minister Daniel Whitford will visit Peru next month, his office said on Monday.',
    );
    expect(heldIn(g)).not.toContain('Ottawa');
  });
});

describe('side meetings at a summit', () => {
  const graphOf = (text: string) => extractArticle({ text }, { date: '2024-03-04' });
  const nameOf = (g: ReturnType<typeof graphOf>, id: string) => g.entities.find((e) => e.id === id)?.name ?? '';

  it('"A met B on Tuesday" after the summit is named is no event of its own; both take part in the summit', () => {
    const g = graphOf(
      'Arctic leaders end two-day summit in Reykjavik\n\n' +
        'Leaders of the Arctic Council wrapped up their summit in Reykjavik on Monday with a pledge on shipping lanes.\n\n' +
        'The host, Icelandic Prime Minister Solveig Jonsdottir, called the talks frank.\n\n' +
        'Norwegian Prime Minister Henrik Aasland praised the outcome.\n\n' +
        'Danish Prime Minister Mette Lindqvist met Aasland on Sunday and discussed fisheries.',
    );
    const meetings = g.entities.filter((e) => e.label === 'Event' && /meeting/.test(e.name));
    expect(meetings).toEqual([]);
    const into = g.relations
      .filter((r) => r.type === 'PARTICIPATED_IN' && /summit/.test(nameOf(g, r.target)))
      .map((r) => nameOf(g, r.source));
    expect(into).toEqual(expect.arrayContaining(['Mette Lindqvist', 'Henrik Aasland']));
  });
});
