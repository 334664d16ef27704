import { articleId, entityId, relationId, statementId } from '../../src/graph/ids.js';
import type {
  ArticleGraph,
  EntityLabel,
  EntityRecord,
  EvidenceRecord,
  MentionRecord,
  RelationRecord,
  RelationType,
  StatementRecord,
} from '../../src/graph/model.js';
import { UNDIRECTED_RELATION_TYPES } from '../../src/graph/model.js';

interface EntitySpec {
  label: EntityLabel;
  name: string;
  aliases?: string[];
  roles?: string[];
  date?: string;
  place?: string;
  code?: string;
}

interface RelationSpec {
  type: RelationType;
  source: string;
  target: string;
  sentence: string;
  confidence?: number;
  hedged?: boolean;
  negated?: boolean;
  date?: string;
  place?: string;
  event?: string;
}

interface StatementSpec {
  speaker: string;
  quote: string;
  sentence: string;
  about?: string;
  kind?: 'direct' | 'reported';
}

interface ArticleSpec {
  text: string;
  title: string;
  source: string;
  publishedAt: string;
  entities: EntitySpec[];
  relations: RelationSpec[];
  statements: StatementSpec[];
}

function mentionsOf(text: string, article: string, forms: string[]): MentionRecord[] {
  const out: MentionRecord[] = [];
  const taken: [number, number][] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    let from = 0;
    for (let at = text.indexOf(form, from); at >= 0; at = text.indexOf(form, from)) {
      const end = at + form.length;
      from = end;
      const before = at === 0 ? ' ' : text[at - 1]!;
      const after = end >= text.length ? ' ' : text[end]!;
      if (/\w/.test(before) || /\w/.test(after)) continue;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      out.push({ article, start: at, end, text: form });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function spanOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`fixture: "${part.slice(0, 40)}" is not in the article text`);
  return { start, end: start + part.length };
}

/** Builds an ArticleGraph from a readable spec; ids, offsets and mentions are computed from the text. */
export function buildArticle(spec: ArticleSpec): ArticleGraph {
  const id = articleId(spec.text);
  const byName = new Map<string, string>();
  const entities: EntityRecord[] = spec.entities.map((e) => {
    const eid = entityId(e.label, e.name);
    byName.set(e.name, eid);
    const mentions = mentionsOf(spec.text, id, [e.name, ...(e.aliases ?? [])]);
    const record: EntityRecord = {
      id: eid,
      label: e.label,
      name: e.name,
      aliases: e.aliases ?? [],
      mentions,
      count: mentions.length,
    };
    if (e.roles) record.roles = e.roles;
    if (e.date) record.date = e.date;
    if (e.code) record.code = e.code;
    return record;
  });
  const ref = (name: string): string => {
    const found = byName.get(name);
    if (!found) throw new Error(`fixture: no entity named ${name}`);
    return found;
  };
  spec.entities.forEach((e, i) => {
    if (e.place) entities[i]!.place = ref(e.place);
  });
  const relations: RelationRecord[] = spec.relations.map((r) => {
    const source = ref(r.source);
    const target = ref(r.target);
    const undirected = UNDIRECTED_RELATION_TYPES.has(r.type);
    const [a, b] = undirected && target < source ? [target, source] : [source, target];
    const evidence: EvidenceRecord = {
      article: id,
      sentence: r.sentence,
      ...spanOf(spec.text, r.sentence),
      confidence: r.confidence ?? 0.8,
      date: r.date ?? spec.publishedAt,
    };
    if (r.hedged) evidence.hedged = true;
    if (r.negated) evidence.negated = true;
    const record: RelationRecord = {
      id: relationId(r.type, source, target),
      type: r.type,
      source: a,
      target: b,
      undirected,
      evidence: [evidence],
      confidence: evidence.confidence,
    };
    if (r.hedged) record.hedged = true;
    if (r.negated) record.negated = true;
    if (r.date) record.date = r.date;
    if (r.place) record.place = ref(r.place);
    if (r.event) record.event = ref(r.event);
    return record;
  });
  const statements: StatementRecord[] = spec.statements.map((s) => {
    const { start, end } = spanOf(spec.text, s.quote);
    const record: StatementRecord = {
      id: statementId(id, start, end),
      speaker: ref(s.speaker),
      quote: s.quote,
      sentence: s.sentence,
      article: id,
      start,
      end,
      kind: s.kind ?? 'direct',
    };
    if (s.about) record.about = ref(s.about);
    return record;
  });
  return {
    article: { id, title: spec.title, source: spec.source, publishedAt: spec.publishedAt, length: spec.text.length },
    entities,
    relations,
    statements,
  };
}

const SAMARKAND_TEXT = [
  'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday, on the sidelines of the Shanghai Cooperation Organisation (SCO) summit.',
  '"We are ready to work with our Russian colleagues to set an example of a responsible world power," Xi told Putin.',
  'Putin thanked Xi for his "balanced position" on Ukraine.',
  'China has not provided military supplies to Russia, officials said.',
  'Beijing has strongly supported Moscow on its core interests.',
  'The United States has imposed sweeping sanctions on Russia since the invasion of Ukraine.',
  'Putin has repeatedly criticised NATO expansion.',
  'The United States is a member of NATO.',
  'China and Russia are members of the SCO.',
  'Shi Yinhong, a professor at Renmin University in Beijing, said the meeting showed that "China will not give Russia military help".',
].join('\n\n');

/** Article 1: the Xi–Putin meeting in Samarkand, 15 September 2022. */
export const samarkandArticle: ArticleGraph = buildArticle({
  text: SAMARKAND_TEXT,
  title: 'Xi and Putin meet in Samarkand',
  source: 'Example Wire',
  publishedAt: '2022-09-15',
  entities: [
    { label: 'Person', name: 'Xi Jinping', aliases: ['Xi'], roles: ['President'] },
    { label: 'Person', name: 'Vladimir Putin', aliases: ['Putin'], roles: ['President'] },
    { label: 'Person', name: 'Shi Yinhong', roles: ['professor'] },
    { label: 'Country', name: 'China', aliases: ['Beijing'], code: 'CHN' },
    { label: 'Country', name: 'Russia', aliases: ['Moscow'], code: 'RUS' },
    { label: 'Country', name: 'United States', code: 'USA' },
    { label: 'Country', name: 'Ukraine', code: 'UKR' },
    { label: 'Organization', name: 'Shanghai Cooperation Organisation', aliases: ['SCO'] },
    { label: 'Organization', name: 'North Atlantic Treaty Organization', aliases: ['NATO'] },
    { label: 'Organization', name: 'Renmin University' },
    { label: 'Place', name: 'Samarkand' },
    { label: 'Event', name: 'Xi–Putin meeting in Samarkand', date: '2022-09-15', place: 'Samarkand' },
    { label: 'Event', name: 'SCO summit in Samarkand', aliases: ['summit'], date: '2022-09-15', place: 'Samarkand' },
  ],
  relations: [
    {
      type: 'MET_WITH',
      source: 'Xi Jinping',
      target: 'Vladimir Putin',
      sentence:
        'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday, on the sidelines of the Shanghai Cooperation Organisation (SCO) summit.',
      confidence: 0.95,
      date: '2022-09-15',
      place: 'Samarkand',
      event: 'Xi–Putin meeting in Samarkand',
    },
    {
      type: 'LEADER_OF',
      source: 'Xi Jinping',
      target: 'China',
      sentence:
        'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday, on the sidelines of the Shanghai Cooperation Organisation (SCO) summit.',
      confidence: 0.9,
    },
    {
      type: 'LEADER_OF',
      source: 'Vladimir Putin',
      target: 'Russia',
      sentence:
        'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday, on the sidelines of the Shanghai Cooperation Organisation (SCO) summit.',
      confidence: 0.9,
    },
    {
      type: 'PARTICIPATED_IN',
      source: 'Xi Jinping',
      target: 'Xi–Putin meeting in Samarkand',
      sentence:
        'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday, on the sidelines of the Shanghai Cooperation Organisation (SCO) summit.',
    },
    {
      type: 'PARTICIPATED_IN',
      source: 'Vladimir Putin',
      target: 'Xi–Putin meeting in Samarkand',
      sentence:
        'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday, on the sidelines of the Shanghai Cooperation Organisation (SCO) summit.',
    },
    {
      type: 'PARTICIPATED_IN',
      source: 'Xi Jinping',
      target: 'SCO summit in Samarkand',
      sentence:
        'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday, on the sidelines of the Shanghai Cooperation Organisation (SCO) summit.',
      confidence: 0.7,
    },
    {
      type: 'HELD_IN',
      source: 'Xi–Putin meeting in Samarkand',
      target: 'Samarkand',
      sentence:
        'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday, on the sidelines of the Shanghai Cooperation Organisation (SCO) summit.',
    },
    {
      type: 'HELD_IN',
      source: 'SCO summit in Samarkand',
      target: 'Samarkand',
      sentence:
        'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday, on the sidelines of the Shanghai Cooperation Organisation (SCO) summit.',
    },
    {
      type: 'SUPPORTS',
      source: 'China',
      target: 'Russia',
      sentence: 'Beijing has strongly supported Moscow on its core interests.',
      confidence: 0.85,
    },
    {
      type: 'SUPPORTS',
      source: 'Vladimir Putin',
      target: 'China',
      sentence: 'Putin thanked Xi for his "balanced position" on Ukraine.',
      confidence: 0.4,
      hedged: true,
    },
    {
      type: 'SANCTIONS',
      source: 'United States',
      target: 'Russia',
      sentence: 'The United States has imposed sweeping sanctions on Russia since the invasion of Ukraine.',
      confidence: 0.9,
    },
    {
      type: 'SANCTIONS',
      source: 'China',
      target: 'Russia',
      sentence: 'China has not provided military supplies to Russia, officials said.',
      confidence: 0.6,
      negated: true,
    },
    {
      type: 'OPPOSES',
      source: 'Vladimir Putin',
      target: 'North Atlantic Treaty Organization',
      sentence: 'Putin has repeatedly criticised NATO expansion.',
      confidence: 0.75,
    },
    {
      type: 'MEMBER_OF',
      source: 'United States',
      target: 'North Atlantic Treaty Organization',
      sentence: 'The United States is a member of NATO.',
      confidence: 0.9,
    },
    {
      type: 'MEMBER_OF',
      source: 'China',
      target: 'Shanghai Cooperation Organisation',
      sentence: 'China and Russia are members of the SCO.',
      confidence: 0.9,
    },
    {
      type: 'MEMBER_OF',
      source: 'Russia',
      target: 'Shanghai Cooperation Organisation',
      sentence: 'China and Russia are members of the SCO.',
      confidence: 0.9,
    },
    {
      type: 'AFFILIATED_WITH',
      source: 'Shi Yinhong',
      target: 'Renmin University',
      sentence:
        'Shi Yinhong, a professor at Renmin University in Beijing, said the meeting showed that "China will not give Russia military help".',
    },
    {
      type: 'SAID',
      source: 'Shi Yinhong',
      target: 'Xi–Putin meeting in Samarkand',
      sentence:
        'Shi Yinhong, a professor at Renmin University in Beijing, said the meeting showed that "China will not give Russia military help".',
    },
    {
      type: 'SAID',
      source: 'Xi Jinping',
      target: 'Russia',
      sentence:
        '"We are ready to work with our Russian colleagues to set an example of a responsible world power," Xi told Putin.',
    },
  ],
  statements: [
    {
      speaker: 'Xi Jinping',
      quote: 'We are ready to work with our Russian colleagues to set an example of a responsible world power,',
      sentence:
        '"We are ready to work with our Russian colleagues to set an example of a responsible world power," Xi told Putin.',
      about: 'Russia',
    },
    {
      speaker: 'Shi Yinhong',
      quote: 'China will not give Russia military help',
      sentence:
        'Shi Yinhong, a professor at Renmin University in Beijing, said the meeting showed that "China will not give Russia military help".',
      about: 'Xi–Putin meeting in Samarkand',
    },
  ],
});

const REACTION_TEXT = [
  'Washington, 16 September 2022.',
  'White House spokesman John Kirby said on Friday that "the meeting shows how far Beijing is willing to go" for Moscow.',
  'Kirby added that sanctions on Russia would stay in place.',
  'The United States will keep sanctions on Russia, Kirby said.',
  'At the summit, Putin also met Indian Prime Minister Narendra Modi.',
].join('\n\n');

/** Article 2: reactions to the meeting, 16 September 2022. */
export const reactionArticle: ArticleGraph = buildArticle({
  text: REACTION_TEXT,
  title: 'US reacts to Xi–Putin talks',
  source: 'Example Daily',
  publishedAt: '2022-09-16',
  entities: [
    { label: 'Person', name: 'John Kirby', aliases: ['Kirby'], roles: ['spokesman'] },
    { label: 'Person', name: 'Vladimir Putin', aliases: ['Putin'] },
    { label: 'Person', name: 'Narendra Modi', roles: ['Prime Minister'] },
    { label: 'Organization', name: 'White House' },
    { label: 'Country', name: 'United States', aliases: ['Washington'] },
    { label: 'Country', name: 'Russia', aliases: ['Moscow'] },
    { label: 'Country', name: 'India' },
    { label: 'Event', name: 'Xi–Putin meeting in Samarkand', aliases: ['the meeting'] },
    { label: 'Event', name: 'SCO summit in Samarkand', aliases: ['summit'] },
  ],
  relations: [
    {
      type: 'AFFILIATED_WITH',
      source: 'John Kirby',
      target: 'White House',
      sentence:
        'White House spokesman John Kirby said on Friday that "the meeting shows how far Beijing is willing to go" for Moscow.',
    },
    {
      type: 'SAID',
      source: 'John Kirby',
      target: 'Xi–Putin meeting in Samarkand',
      sentence:
        'White House spokesman John Kirby said on Friday that "the meeting shows how far Beijing is willing to go" for Moscow.',
    },
    {
      type: 'SANCTIONS',
      source: 'United States',
      target: 'Russia',
      sentence: 'The United States will keep sanctions on Russia, Kirby said.',
      confidence: 0.7,
    },
    {
      type: 'MET_WITH',
      source: 'Vladimir Putin',
      target: 'Narendra Modi',
      sentence: 'At the summit, Putin also met Indian Prime Minister Narendra Modi.',
      confidence: 0.85,
      date: '2022-09-16',
      event: 'SCO summit in Samarkand',
    },
    {
      type: 'LEADER_OF',
      source: 'Narendra Modi',
      target: 'India',
      sentence: 'At the summit, Putin also met Indian Prime Minister Narendra Modi.',
    },
    {
      type: 'PARTICIPATED_IN',
      source: 'Vladimir Putin',
      target: 'SCO summit in Samarkand',
      sentence: 'At the summit, Putin also met Indian Prime Minister Narendra Modi.',
    },
  ],
  statements: [
    {
      speaker: 'John Kirby',
      quote: 'the meeting shows how far Beijing is willing to go',
      sentence:
        'White House spokesman John Kirby said on Friday that "the meeting shows how far Beijing is willing to go" for Moscow.',
      about: 'Xi–Putin meeting in Samarkand',
    },
    {
      speaker: 'John Kirby',
      quote: 'sanctions on Russia would stay in place',
      sentence: 'Kirby added that sanctions on Russia would stay in place.',
      about: 'Russia',
      kind: 'reported',
    },
  ],
});

/** One article that names one new person, Kassym-Jomart Tokayev: a change to a store that tests can spot. */
export function forumArticle(): ArticleGraph {
  return buildArticle({
    text: 'Kassym-Jomart Tokayev opened the forum.',
    title: 'Forum',
    source: 'Example Wire',
    publishedAt: '2023-06-01',
    entities: [{ label: 'Person', name: 'Kassym-Jomart Tokayev' }],
    relations: [],
    statements: [],
  });
}
