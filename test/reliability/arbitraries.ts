import fc from 'fast-check';
import { articleId, relationId, statementId } from '../../src/graph/ids.js';
import type {
  ArticleGraph,
  EntityLabel,
  EntityRecord,
  MentionRecord,
  RelationRecord,
  RelationType,
  StatementRecord,
} from '../../src/graph/model.js';
import { UNDIRECTED_RELATION_TYPES, allowsEnds } from '../../src/graph/model.js';
import type { GraphDump } from '../../src/store/port.js';

const PEOPLE = ['Ana Souza', 'Ravi Kumar', 'Lena Novak', 'Tomas Berg', 'Amara Okafor', 'Kenji Tanaka'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Senator', 'Professor', 'General'];
const COUNTRIES = [
  'Brazil',
  'India',
  'Poland',
  'Norway',
  'Nigeria',
  'Japan',
  'China',
  'Russia',
  'Ukraine',
  'the United States',
];
const DEMONYMS = ['Brazilian', 'Indian', 'Polish', 'Norwegian', 'Nigerian', 'Japanese', 'Chinese', 'Russian'];
const ORGS = [
  'the United Nations',
  'NATO',
  'the European Union',
  'the World Bank',
  'Reuters',
  'the State Duma',
  'Renmin University',
];
const PLACES = ['Geneva', 'Nairobi', 'Samarkand', 'Central Asia', 'the Taiwan Strait', 'Lima'];
const VERBS = ['met', 'held talks with', 'criticised', 'backed', 'sanctioned', 'visited', 'thanked', 'warned'];
const SPEECH = ['said', 'told reporters', 'added', 'warned', 'insisted'];
const DATES = ['on Tuesday', 'last week', 'on 15 September 2022', 'in March', 'earlier this year', ''];

const person = fc
  .tuple(
    fc.option(fc.constantFrom(...TITLES), { nil: undefined }),
    fc.option(fc.constantFrom(...DEMONYMS), { nil: undefined }),
    fc.constantFrom(...PEOPLE),
  )
  .map(([title, demonym, name]) => [demonym, title, name].filter(Boolean).join(' '));
const actor = fc.oneof(
  person,
  fc.constantFrom(...COUNTRIES),
  fc.constantFrom(...ORGS),
  fc.constantFrom('Mr Kumar', 'Ms Souza', 'Beijing', 'the Kremlin', 'Washington'),
);
const target = fc.oneof(actor, fc.constantFrom(...PLACES));

const plainSentence = fc
  .tuple(
    actor,
    fc.constantFrom(...VERBS),
    target,
    fc.constantFrom(...DATES),
    fc.option(fc.constantFrom(...PLACES), { nil: undefined }),
  )
  .map(
    ([a, verb, b, date, place]) =>
      `${a[0].toUpperCase()}${a.slice(1)} ${verb} ${b}${place ? ` in ${place}` : ''}${date ? ` ${date}` : ''}.`,
  );
const quoteSentence = fc
  .tuple(actor, fc.constantFrom(...SPEECH), plainSentence, fc.constantFrom('"', '“', '‘'))
  .map(([speaker, verb, words, open]) => {
    const close = open === '"' ? '"' : open === '“' ? '”' : '’';
    return `${open}${words.slice(0, -1)},${close} ${speaker} ${verb}.`;
  });
const negatedSentence = fc
  .tuple(actor, target)
  .map(([a, b]) => `${a[0].toUpperCase()}${a.slice(1)} has never joined sanctions against ${b}.`);
const noise = fc.constantFrom(
  'Recommended stories',
  'Subscribe to our newsletter',
  'source site-13',
  '',
  '   ',
  '—',
  'Photo: Reuters',
  '(AP) —',
  '15 Sep 2022',
  'Updated: 15 September 2022 10:00 GMT',
);

/** News-like article text: sentences, quotes, negations and page furniture in paragraphs. */
export const newsText: fc.Arbitrary<string> = fc
  .array(
    fc.array(
      fc.oneof(
        { weight: 5, arbitrary: plainSentence },
        { weight: 2, arbitrary: quoteSentence },
        { weight: 1, arbitrary: negatedSentence },
        { weight: 1, arbitrary: noise },
      ),
      { minLength: 1, maxLength: 4 },
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .chain((paragraphs) =>
    fc.constantFrom('\n\n', '\n', '\r\n\r\n').map((sep) => paragraphs.map((p) => p.join(' ')).join(sep)),
  );

/** Any string at all: control characters, lone surrogates, emoji, very long words. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc
    .array(
      fc.constantFrom(
        'Xi',
        ' ',
        '.',
        '"',
        '“',
        '”',
        '\n',
        'Mr',
        'President',
        'said',
        'met',
        'the',
        '—',
        'Samarkand',
        '’s',
        '\u0000',
        '\ud800',
        'A',
      ),
      { maxLength: 120 },
    )
    .map((p) => p.join('')),
);

interface PoolEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
}

const POOL: PoolEntity[] = [
  { id: 'person:ana-souza', label: 'Person', name: 'Ana Souza', aliases: ['Souza', 'Ms Souza'] },
  { id: 'person:ravi-kumar', label: 'Person', name: 'Ravi Kumar', aliases: ['Kumar', 'Mr Kumar'] },
  { id: 'country:brazil', label: 'Country', name: 'Brazil', aliases: ['Brasilia'] },
  { id: 'country:india', label: 'Country', name: 'India', aliases: ['New Delhi'] },
  { id: 'organization:united-nations', label: 'Organization', name: 'United Nations', aliases: ['UN'] },
  { id: 'place:geneva', label: 'Place', name: 'Geneva', aliases: [] },
  {
    id: 'event:souza-kumar-meeting-in-geneva',
    label: 'Event',
    name: 'Souza–Kumar meeting in Geneva',
    aliases: ['the meeting'],
  },
];
const TYPES: RelationType[] = [
  'MET_WITH',
  'SAID',
  'SUPPORTS',
  'SANCTIONS',
  'OPPOSES',
  'LEADER_OF',
  'PARTICIPATED_IN',
  'HELD_IN',
];

/** Article graphs over a small shared pool of entities, so that articles overlap as real ones do. */
export const articleGraphs: fc.Arbitrary<ArticleGraph[]> = fc
  .uniqueArray(
    fc.string({ minLength: 1, maxLength: 40 }).map((s) => `Article ${s}`),
    { minLength: 1, maxLength: 5 },
  )
  .chain((texts) =>
    fc.tuple(
      ...texts.map((text) =>
        fc
          .record({
            entities: fc.subarray(POOL, { minLength: 1 }),
            aliasMask: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
            titled: fc.boolean(),
            relations: fc.array(
              fc.record({
                a: fc.nat(),
                b: fc.nat(),
                type: fc.constantFrom(...TYPES),
                confidence: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
                flag: fc.constantFrom(undefined, 'negated', 'hedged'),
              }),
              { maxLength: 5 },
            ),
            statements: fc.array(fc.record({ speaker: fc.nat(), start: fc.nat(30) }), { maxLength: 3 }),
          })
          .map(({ entities, aliasMask, titled, relations, statements }) =>
            buildGraph(text, entities, aliasMask, titled, relations, statements),
          ),
      ),
    ),
  );

function buildGraph(
  text: string,
  pool: PoolEntity[],
  aliasMask: boolean[],
  titled: boolean,
  relations: { a: number; b: number; type: RelationType; confidence: number; flag: 'negated' | 'hedged' | undefined }[],
  statements: { speaker: number; start: number }[],
): ArticleGraph {
  const article = articleId(text);
  const entities: EntityRecord[] = pool.map((e, i) => {
    // As the extractor does, every alias is the surface form of one of the article's mentions, or the
    // last word of a titled one ("Mr Kumar" gives "Kumar"). In a titled article, a titled person's
    // mention record spans the name only and keeps the whole form as its surface.
    const forms = e.aliases.filter((_, k) => aliasMask[(i + k) % aliasMask.length]);
    const aliases = [
      ...new Set(forms.flatMap((form) => [form, ...(form.includes(' ') ? [form.split(' ').at(-1)!] : [])])),
    ];
    const mentions: MentionRecord[] = [
      { article, start: i, end: i + 1, text: text.slice(i, i + 1) },
      ...forms.map((form, k): MentionRecord => {
        const start = 100 + 10 * i + k;
        if (!titled || e.label !== 'Person' || !form.includes(' '))
          return { article, start, end: start + 1, text: form };
        return { article, start, end: start + 1, text: form.split(' ').at(-1)!, surface: form };
      }),
    ];
    return { id: e.id, label: e.label, name: e.name, aliases, mentions, count: mentions.length };
  });
  const byId = new Map<string, RelationRecord>();
  for (const r of relations) {
    const from = pool[r.a % pool.length];
    const to = pool[r.b % pool.length];
    // A store refuses self-loops and ends the ontology does not allow for the type.
    if (from.id === to.id || !allowsEnds(r.type, from.label, to.label)) continue;
    const source = from.id;
    const target = to.id;
    const id = relationId(r.type, source, target);
    const undirected = UNDIRECTED_RELATION_TYPES.has(r.type);
    const [s, t] = undirected && target < source ? [target, source] : [source, target];
    byId.set(id, {
      id,
      type: r.type,
      source: s,
      target: t,
      undirected,
      evidence: [
        {
          article,
          sentence: text,
          start: 0,
          end: text.length,
          confidence: r.confidence,
          ...(r.flag ? { [r.flag]: true } : {}),
        },
      ],
      confidence: r.confidence,
      ...(r.flag ? { [r.flag]: true } : {}),
    });
  }
  const statementRecords: StatementRecord[] = statements.map((s) => ({
    id: statementId(article, s.start, s.start + 1),
    speaker: pool[s.speaker % pool.length].id,
    quote: 'q',
    sentence: text,
    article,
    start: s.start,
    end: s.start + 1,
    kind: 'direct',
  }));
  return {
    article: { id: article, length: text.length },
    entities,
    relations: [...byId.values()],
    statements: [...new Map(statementRecords.map((s) => [s.id, s])).values()],
  };
}

/**
 * A dump in a canonical order, for comparing two stores' content. `scalars: false` leaves out what the
 * stores do not take back on delete (roles, date, place and code a deleted article added); aliases are
 * always compared.
 */
export function canonicalDump(dump: GraphDump, options: { scalars?: boolean } = {}): GraphDump {
  const scalars = options.scalars ?? true;
  const byId = <T extends { id: string }>(items: T[]): T[] => [...items].sort((a, b) => a.id.localeCompare(b.id));
  return {
    articles: byId(dump.articles),
    entities: byId(dump.entities).map(({ roles, date, place, code, ...e }) => ({
      ...e,
      ...(scalars ? { roles, date, place, code } : {}),
      aliases: [...e.aliases].sort(),
      mentions: [...e.mentions].sort(
        (a, b) => a.article.localeCompare(b.article) || a.start - b.start || a.end - b.end,
      ),
    })),
    relations: byId(dump.relations).map((r) => ({
      ...r,
      evidence: [...r.evidence].sort(
        (a, b) => a.article.localeCompare(b.article) || a.start - b.start || a.end - b.end,
      ),
    })),
    statements: byId(dump.statements),
  };
}
