/**
 * Stage `resolve`: ties every mention to the entity it refers to, within the article and against the
 * entities already known (earlier articles, the store): surnames and honorifics to full names, acronyms to
 * their expansions, spelling variants, capitals acting for their country, role descriptions to the one
 * person they fit, and event mentions to one Event with its date and place.
 */
import type { EntityLabel, EntityRecord, MentionRecord } from '../graph/model.js';
import { entityId } from '../graph/ids.js';
import { mergeEntities } from '../graph/merge.js';
import {
  COUNTRY_BY_CAPITAL,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  COUNTRY_BY_SEAT,
  KNOWN_ACRONYMS,
  ORG_HEADS,
  PLACE_HEADS,
} from './gazetteer.js';
import { MONTHS } from './lexicon.js';
import { datelinedCluster } from './dateline.js';
import { KnownEntities, type KnownEntity, type KnownFacet } from './known.js';
import { memoize } from './memo.js';
import { ACRONYM_ONLY, acronymLetters, acronymWords, matchesAcronym, nameKey, wordsOf } from './names.js';
import type { EventFrame, ExtractOptions, Mention, ResolvedEvent, ResolvedMention, Sentence } from './types.js';

/** Demonym of a country for naming events ("Russia" → "Russian"). */
const DEMONYM_BY_COUNTRY: ReadonlyMap<string, string> = new Map(
  [...COUNTRY_BY_DEMONYM]
    .filter(([d]) => !/stan$/.test(d))
    .map(([d, c]) => [c.name, d] as const)
    .reverse(),
);

interface Draft {
  label: EntityLabel;
  name: string;
  /** Known entity id it resolves to, when one matched. */
  id?: string;
  mentions: Mention[];
  /** Aliases of the known entity it resolved to. */
  knownAliases: string[];
  roles: Set<string>;
  countries: Set<string>;
  code?: string;
  date?: string;
  place?: string;
  event?: EventDraft;
}

/** An event being assembled from its mentions' frames, with every surface form seen. */
interface EventDraft extends Omit<EventFrame, 'anaphoric' | 'month'> {
  surface: string[];
}

/** Name keys and words of the strings one resolveMentions call looks at, each computed once (keys across calls: nameKey keeps them). */
interface ResolveCache {
  key(name: string): string;
  /** The words of a string; the array is shared, never change it. */
  words(text: string): readonly string[];
}

function resolveCache(): ResolveCache {
  return { key: nameKey, words: memoize(wordsOf) };
}

/**
 * entityId's results by label and name, kept across articles: the same entities recur article after
 * article, and an id costs a Unicode fold and four replacements. A label's map is emptied when full.
 */
const ENTITY_IDS = new Map<EntityLabel, (name: string) => string>();

function cachedEntityId(label: EntityLabel, name: string): string {
  let ids = ENTITY_IDS.get(label);
  if (!ids) ENTITY_IDS.set(label, (ids = memoize((n: string) => entityId(label, n), 20_000)));
  return ids(name);
}
const MONTH_PRECISION = (iso?: string): string => (iso ? iso.slice(0, 7) : '');

/**
 * The known organisations a long name could be a longer form of: those with a name or alias written as
 * an acronym of the same initial, or with a name or alias that starts the name.
 */
function knownShortCandidates(known: KnownEntities, name: string): KnownEntity[] {
  const words = acronymWords(name);
  const pairs: [KnownFacet, string][] = words.length >= 2 ? [['acronymInitial', words[0].toUpperCase()[0]]] : [];
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) pairs.push(['form', name.slice(0, i)]);
  return known.lookup(pairs);
}

/** Canonical name of a government department: "Russia's Ministry of Defense" → "Ministry of Defence of Russia". */
function ministryName(text: string, country?: string): string | undefined {
  const portfolioOf = (p: string): string => {
    const w = p.toLowerCase();
    if (w === 'defense' || w === 'defence') return 'Defence';
    if (w === 'foreign' || w === 'foreign affairs') return 'Foreign Affairs';
    return p.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  };
  const capital = /Ministry of ([\p{L} ]+?)(?: of ([\p{L} ]+))?$/u.exec(text);
  const lowerForm = /(\p{L}+) ministry$/iu.exec(text);
  if (lowerForm && (COUNTRY_BY_DEMONYM.has(lowerForm[1]) || COUNTRY_BY_NAME.has(lowerForm[1]))) return undefined;
  const portfolio = capital ? capital[1] : lowerForm ? lowerForm[1] : undefined;
  if (!portfolio) return undefined;
  const owner = capital?.[2] ? (COUNTRY_BY_NAME.get(capital[2])?.name ?? capital[2]) : country;
  return owner ? `Ministry of ${portfolioOf(portfolio)} of ${owner}` : `Ministry of ${portfolioOf(portfolio)}`;
}

/** Strips a leading country or demonym from an organisation name: "US Senate Foreign Relations Committee". */
function withoutCountry(name: string, ws: readonly string[]): { country?: string; rest: string } {
  if (ws.length >= 2) {
    const c = COUNTRY_BY_NAME.get(ws[0]) ?? COUNTRY_BY_DEMONYM.get(ws[0]);
    if (c && ORG_HEADS.has(ws[ws.length - 1]) && ws.length >= 3)
      return { country: c.name, rest: ws.slice(1).join(' ') };
  }
  return { rest: name };
}

/**
 * The record of a mention. A titled person's record spans the name only ("U.S. President Donald
 * Trump" → "Donald Trump"), as news corpora annotate names, and keeps the whole written form as
 * `surface`, which the entity's aliases come from; the stages before keep the whole span, which
 * relation cues read around.
 */
function mentionRecord(article: string, m: Mention): MentionRecord {
  const name = m.normalized;
  if (m.label !== 'Person' || m.role === undefined || !name || name === m.text || !m.text.endsWith(name))
    return { article, start: m.start, end: m.end, text: m.text };
  return { article, start: m.end - name.length, end: m.end, text: name, surface: m.text };
}

/** Resolves an article's mentions to entities, within the article and against the known entities. */
export function resolveMentions(
  article: string,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  options: ExtractOptions & { publishedAt?: string; dateline?: string } = {},
): { mentions: ResolvedMention[]; entities: EntityRecord[]; events: ResolvedEvent[] } {
  const cache = resolveCache();
  const known = options.known instanceof KnownEntities ? options.known : new KnownEntities(options.known ?? []);
  const drafts: Draft[] = [];
  // Drafts by label, then name key: no `label:key` string built (and hashed) per look-up.
  const byKey = new Map<EntityLabel, Map<string, Draft>>();
  const keyed = (label: EntityLabel): Map<string, Draft> => {
    let map = byKey.get(label);
    if (!map) byKey.set(label, (map = new Map()));
    return map;
  };
  const assignment = new Map<Mention, Draft>();
  const draftFor = (label: EntityLabel, name: string): Draft => {
    const key = cache.key(name);
    const map = keyed(label);
    let d = map.get(key);
    if (!d) {
      d = { label, name, mentions: [], knownAliases: [], roles: new Set(), countries: new Set() };
      const k = known.byKey(label, key);
      if (k) {
        d.id = k.id;
        d.name = k.name;
        d.knownAliases = k.aliases;
        for (const r of k.roles ?? []) {
          const c = /\(([^)]+)\)$/.exec(r);
          if (c) d.countries.add(c[1]);
        }
      }
      map.set(key, d);
      drafts.push(d);
    }
    return d;
  };
  const assign = (m: Mention, d: Draft) => {
    assignment.set(m, d);
    d.mentions.push(m);
    if (m.role && m.kind !== 'description') d.roles.add(m.country ? `${m.role} (${m.country})` : m.role);
    if (m.country) d.countries.add(m.country);
  };
  const alias = (d: Draft, name: string) => keyed(d.label).set(cache.key(name), d);

  // Countries: by their gazetteer name; capitals and seats acting for their country.
  for (const m of mentions) {
    if (m.label !== 'Country') continue;
    const c =
      COUNTRY_BY_NAME.get(m.normalized ?? m.text) ?? COUNTRY_BY_SEAT.get(m.text) ?? COUNTRY_BY_CAPITAL.get(m.text);
    const name = c?.name ?? m.normalized ?? m.text;
    const d = draftFor('Country', name);
    if (c && c.code) d.code = c.code;
    assign(m, d);
  }

  // People: full names first, then surnames and honorific forms to the full name that ends or starts with them.
  const people = mentions.filter((m) => m.label === 'Person');
  const full = people.filter((m) => m.kind === 'name' && cache.words(m.normalized ?? m.text).length >= 2);
  for (const m of full) assign(m, draftFor('Person', m.normalized ?? m.text));
  // The people with a full name, asked for once per surname mention: kept until a draft is added (drafts
  // only grow, and a draft's name is set when it is made).
  let persons: { count: number; list: readonly Draft[] } = { count: -1, list: [] };
  const personDrafts = (): readonly Draft[] => {
    if (persons.count !== drafts.length)
      persons = {
        count: drafts.length,
        list: drafts.filter((d) => d.label === 'Person' && cache.words(d.name).length >= 2),
      };
    return persons.list;
  };
  const firstMention = (d: Draft): number => Math.min(...d.mentions.map((m) => m.start));
  const surnameTarget = (w: string, at: number): Draft | undefined => {
    const local = personDrafts();
    const last = local.filter((d) => cache.words(d.name).at(-1) === w);
    if (last.length === 1) return last[0];
    // Two of one family ("A Berdimuhamedov succeeded his father, B Berdimuhamedov"): the surname alone is
    // the one the article names first (its subject; a relative comes up in passing), among those named
    // before it, or, in a headline above every full name, among all.
    const named = last.filter((d) => d.mentions.length > 0).sort((a, b) => firstMention(a) - firstMention(b));
    if (named.length > 1) return named.find((d) => firstMention(d) < at) ?? named[0];
    const first = local.filter((d) => cache.words(d.name)[0] === w);
    if (last.length === 0 && first.length === 1) return first[0];
    // "Lula" for "Luiz Inacio Lula da Silva": a short name from inside a long one, when only one has it.
    const middle = local.filter((d) => cache.words(d.name).length >= 4 && cache.words(d.name).slice(1, -1).includes(w));
    if (last.length === 0 && first.length === 0 && middle.length === 1) return middle[0];
    const k = known.candidates('surname', w).filter((p) => cache.words(p.name).at(-1) === w || p.aliases.includes(w));
    const kf = k.length > 0 ? k : known.candidates('forename', w).filter((p) => cache.words(p.name)[0] === w);
    if (kf.length === 1) return draftFor('Person', kf[0].name);
    return undefined;
  };
  const orgCue =
    /\b(agency|broadcaster|newspaper|outlet|app|channel|network|website|daily|tabloid|magazine|company|firm|platform|group|movement|militia|according to)\s*$/i;
  const pendingOrgs: Mention[] = [];
  for (const m of people) {
    if (assignment.has(m) || m.kind === 'description') continue;
    const w = m.normalized ?? m.text;
    const target = cache.words(w).length === 1 ? surnameTarget(w, m.start) : undefined;
    if (target) {
      assign(m, target);
      continue;
    }
    const s = sentences[m.sentence];
    const before = s.text.slice(0, m.start - s.start);
    const after = s.text.slice(m.end - s.start);
    if (
      /\b(agency|broadcaster|newspaper|outlet|app|channel|network|website|tabloid|magazine|platform)\s*$/i.test(
        before,
      ) ||
      /^\s+(reported|reports|news agency)\b/.test(after)
    ) {
      pendingOrgs.push(m);
      continue;
    }
    if (m.kind === 'surname' && (m.role || /^(Mr|Mrs|Ms|Dr|Prof)/.test(m.text))) {
      assign(m, draftFor('Person', w));
      continue;
    }
    if (cache.words(w).length === 1) {
      // A lone word that is neither a known name nor titled: an organisation when named like one
      // ("state news agency Xinhua", "told Reuters.").
      if (orgCue.test(before) || (/\btold\s*$/.test(before) && /^\s*([.,;]|on\b|in an\b|that\b)/.test(after)))
        pendingOrgs.push(m);
      continue;
    }
  }

  // Organisations: acronyms and their expansions, spelling variants, prefixes and ministries.
  const orgMentions = [...mentions.filter((m) => m.label === 'Organization'), ...pendingOrgs];
  const orgName = (m: Mention): string => {
    if (m.label === 'Person') return m.text;
    const ministry = /ministry/i.test(m.text)
      ? ministryName(m.text.replace(/^(the|its|his|her)\s+/i, '').replace(/['’]s\b/g, ''), m.country)
      : undefined;
    if (ministry) return ministry;
    return (m.normalized ?? m.text).replace(/^(the|The)\s+/, '');
  };
  const expansions = new Map<string, string>();
  const sortedOrgs = [...orgMentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sortedOrgs.length; i++) {
    const m = sortedOrgs[i];
    if (m.kind !== 'acronym') continue;
    const prev = sortedOrgs[i - 1];
    // "German Council on Foreign Relations (DGAP)": an acronym in brackets right after a name is its acronym.
    const bracketed =
      prev &&
      m.start - prev.end <= 3 &&
      /^\s*\($/.test(
        sentences[m.sentence]?.text.slice(
          prev.end - sentences[m.sentence].start,
          m.start - sentences[m.sentence].start,
        ) ?? '',
      );
    if (
      prev &&
      prev.kind !== 'acronym' &&
      prev.sentence === m.sentence &&
      (bracketed || (m.start - prev.end <= 3 && matchesAcronym(m.text, orgName(prev))))
    )
      expansions.set(m.text.toUpperCase(), orgName(prev));
  }
  // Named events can carry the expansion: "Shanghai Cooperation Organisation (SCO) summit".
  for (const m of mentions) {
    if (m.label === 'Event' && m.frame?.organization && !ACRONYM_ONLY.test(m.frame.organization)) {
      for (const a of sortedOrgs.filter((x) => x.kind === 'acronym')) {
        if (matchesAcronym(a.text, m.frame.organization) && !expansions.has(a.text.toUpperCase()))
          expansions.set(a.text.toUpperCase(), m.frame.organization);
      }
    }
  }
  const longNames = [...new Set(sortedOrgs.filter((m) => m.kind !== 'acronym').map(orgName))];
  for (const m of sortedOrgs) {
    let name = orgName(m);
    if (m.kind === 'acronym' || ACRONYM_ONLY.test(name)) {
      const upper = name.replace(/[.-]/g, '').toUpperCase();
      const local = expansions.get(upper) ?? longNames.find((n) => matchesAcronym(upper, n));
      const knownExp = known
        .lookup([
          ['acronymAlias', upper],
          ['nameInitial', acronymLetters(upper).slice(0, 1)],
        ])
        .find(
          (k) => k.aliases.some((a) => a.replace(/[.-]/g, '').toUpperCase() === upper) || matchesAcronym(upper, k.name),
        );
      const expansion = local ?? knownExp?.name ?? KNOWN_ACRONYMS.get(upper);
      const d = draftFor('Organization', expansion ?? upper);
      alias(d, upper);
      if (expansion) alias(d, expansion);
      assign(m, d);
      continue;
    }
    // A long name whose acronym or shorter form is already known: "China Central Television" ↔ known "CCTV".
    const knownShort = knownShortCandidates(known, name).find((k) =>
      [k.name, ...k.aliases].some(
        (a) =>
          (ACRONYM_ONLY.test(a) && matchesAcronym(a, name)) ||
          (name.startsWith(`${a} `) &&
            cache
              .words(name)
              .slice(cache.words(a).length)
              .every((w) => ORG_HEADS.has(w))),
      ),
    );
    if (knownShort && !known.byKey('Organization', cache.key(name))) {
      const d = draftFor('Organization', knownShort.name);
      alias(d, name);
      assign(m, d);
      continue;
    }
    const stripped = withoutCountry(name, cache.words(name));
    const restKey = stripped.country ? cache.key(stripped.rest) : undefined;
    if (restKey !== undefined && longNames.some((n) => cache.key(n) === restKey)) name = stripped.rest;
    // A shorter form (two words at most) that starts a longer name of the article or the corpus:
    // "Xinhua" → "Xinhua News Agency".
    const prefix = `${name} `;
    const longer =
      cache.words(name).length <= 2
        ? [...longNames, ...known.candidates('firstWord', name.split(' ')[0]).map((k) => k.name)].filter(
            (n) =>
              n.startsWith(prefix) &&
              cache
                .words(n)
                .slice(cache.words(name).length)
                .some((w) => ORG_HEADS.has(w)),
          )
        : [];
    if (longer.length > 0) name = longer.sort((a, b) => b.length - a.length)[0];
    const d = draftFor('Organization', name);
    assign(m, d);
  }

  // Places: "the Pacific" and "Pacific Ocean" are one place.
  const placeMentions = mentions.filter((m) => m.label === 'Place');
  const placeNames = placeMentions.map((m) => (m.normalized ?? m.text).replace(/^the /i, ''));
  for (const m of placeMentions) {
    let name = (m.normalized ?? m.text).replace(/^the /i, '');
    if (OCEANS.test(name)) name = `${name} Ocean`;
    const longer = placeNames.find(
      (n) => n !== name && n.startsWith(`${name} `) && PLACE_HEADS.has(cache.words(n).at(-1) ?? ''),
    );
    if (longer) name = longer;
    const knownPerson = known.byKey('Person', cache.key(name));
    const person =
      cache.words(name).length === 1 ? surnameTarget(name, m.start) : personDrafts().find((d) => d.name === name);
    if (person && !COUNTRY_BY_CAPITAL.has(name)) {
      assign({ ...m, label: 'Person' }, person);
      continue;
    }
    if (knownPerson) continue;
    assign(m, draftFor('Place', name));
  }

  // Role descriptions: "the Chinese leader" → the one person of the article with a leading role for China.
  for (const m of people) {
    if (m.kind !== 'description' || !m.country) continue;
    const candidates = personDrafts().filter(
      (d) =>
        d.countries.has(m.country ?? '') &&
        [...d.roles].some((r) =>
          /president|leader|premier|prime minister|chancellor|king|queen|head of state/i.test(r),
        ),
    );
    const knownMatch = known
      .candidates('leads', m.country)
      .filter((k) =>
        (k.roles ?? []).some(
          (r) => r.includes(`(${m.country})`) && /president|leader|premier|prime minister|chancellor/i.test(r),
        ),
      );
    if (candidates.length === 1) assign(m, candidates[0]);
    else if (candidates.length === 0 && knownMatch.length === 1) assign(m, draftFor('Person', knownMatch[0].name));
  }

  const { publishedAt, dateline } = options;
  const events = resolveEvents(mentions, drafts, draftFor, assign, { known, sentences, publishedAt, dateline }, cache);

  // Records.
  const records: EntityRecord[] = [];
  const recordIndex = new Map<string, number>();
  const idOf = new Map<Draft, string>();
  for (const d of drafts) {
    if (d.mentions.length === 0) continue;
    idOf.set(d, d.id ?? cachedEntityId(d.label, d.name));
  }
  for (const d of drafts) {
    const id = idOf.get(d);
    if (!id) continue;
    const aliases = new Set<string>();
    const spans = d.mentions.map((m) => mentionRecord(article, m));
    for (const m of d.mentions) {
      // Aliases come from the whole written form (a titled record's surface), as formsOf in graph/merge.ts
      // takes them back when an article is deleted.
      const t = MESSY_SPACE.test(m.text) ? m.text.replace(/\s+/g, ' ') : m.text;
      if (
        t !== d.name &&
        !(
          d.label === 'Event' &&
          m.kind === 'description' &&
          cache.words(t.replace(/^(the|a|an|this|that|their|his|her|its)\s+/i, '')).length < 2
        )
      )
        aliases.add(t);
      if (m.normalized && m.normalized !== d.name && d.label !== 'Country') aliases.add(m.normalized);
    }
    const record: EntityRecord = {
      id,
      label: d.label,
      name: d.name,
      aliases: [...aliases],
      mentions: spans,
      count: d.mentions.length,
    };
    if (d.roles.size > 0) record.roles = [...d.roles];
    if (d.code) record.code = d.code;
    if (d.date) record.date = d.date;
    if (d.place) {
      const placeKey = cache.key(d.place);
      const p = drafts.find((x) => (x.label === 'Place' || x.label === 'Country') && cache.key(x.name) === placeKey);
      const pid = p ? idOf.get(p) : undefined;
      if (pid) record.place = pid;
    }
    // Two drafts can resolve to one entity (two surface forms of one known person): one record each id.
    const earlier = recordIndex.get(id);
    if (earlier === undefined) {
      recordIndex.set(id, records.length);
      records.push(record);
    } else records[earlier] = mergeEntities(records[earlier]!, record);
  }
  const resolved: ResolvedMention[] = [];
  for (const [m, d] of assignment) {
    const id = idOf.get(d);
    if (id) resolved.push({ ...m, entity: id });
  }
  resolved.sort((a, b) => a.start - b.start || b.end - a.end);
  const resolvedEvents: ResolvedEvent[] = events
    .map(({ draft, participants, place, organization }) => {
      const ev: ResolvedEvent = {
        entity: idOf.get(draft) ?? '',
        kind: draft.event?.kind ?? 'event',
        participants: participants.map((p) => idOf.get(p)).filter((x): x is string => !!x),
      };
      // A capital named only as its acting country ("flew home from Madrid") places the event in that country.
      const capitalOf = place?.label === 'Place' ? COUNTRY_BY_CAPITAL.get(place.name)?.name : undefined;
      const country = capitalOf ? drafts.find((x) => x.label === 'Country' && x.name === capitalOf) : undefined;
      const pid = place ? (idOf.get(place) ?? (country ? idOf.get(country) : undefined)) : undefined;
      if (pid) ev.place = pid;
      if (draft.date) ev.date = draft.date;
      const oid = organization ? idOf.get(organization) : undefined;
      if (oid) ev.organization = oid;
      return ev;
    })
    .filter((e) => e.entity !== '');
  return { mentions: resolved, entities: records, events: resolvedEvents };
}

/** Well-known organisations' acronyms by expanded name, for short event names ("EU sanctions package"). */
const ACRONYM_OF: ReadonlyMap<string, string> = new Map(
  [...KNOWN_ACRONYMS].filter(([a]) => !a.includes('.')).map(([a, n]) => [n, a] as const),
);
const OCEANS = /^(Pacific|Atlantic|Indian|Arctic|Southern)$/;
/** Whitespace that one space does not already write: a text without it is its own one-spaced form (no new string). */
const MESSY_SPACE = /\s\s|[^\S ]/;

interface EventCluster {
  draft: Draft;
  participants: Draft[];
  place?: Draft;
  organization?: Draft;
}

/** Groups event mentions into events: one per real happening, keyed by kind and what anchors it. */
function resolveEvents(
  mentions: readonly Mention[],
  drafts: Draft[],
  draftFor: (label: EntityLabel, name: string) => Draft,
  assign: (m: Mention, d: Draft) => void,
  options: { known: KnownEntities; publishedAt?: string; dateline?: string; sentences?: readonly Sentence[] },
  cache: ResolveCache,
): EventCluster[] {
  // Nothing to group (a caption's names, an article without happenings): skip setting up.
  if (!mentions.some((m) => m.label === 'Event' && m.frame)) return [];
  const articleDate = options.publishedAt;
  const sentenceText = (i: number): string => options.sentences?.[i]?.text ?? '';
  const mentionCount = (d: Draft) => d.mentions.length;
  const people = drafts.filter((d) => d.label === 'Person' && d.mentions.length > 0);
  const pair = [...people].sort((a, b) => mentionCount(b) - mentionCount(a)).slice(0, 2);
  // Every name and surface form of the article's drafts of a label, folded once, when `lookup` first asks
  // for the label (many articles never do): the first draft with a key keeps it. Drafts gain mentions only
  // after the last lookup, so the index is the same whenever it is made.
  const surfaceIndexes = new Map<EntityLabel, Map<string, Draft>>();
  const surfaceIndex = (label: EntityLabel): Map<string, Draft> => {
    let index = surfaceIndexes.get(label);
    if (index) return index;
    index = new Map();
    surfaceIndexes.set(label, index);
    for (const d of drafts) {
      if (d.label !== label || d.mentions.length === 0) continue;
      for (const n of [d.name, ...d.mentions.map((m) => m.text), ...d.mentions.map((m) => m.normalized)]) {
        if (!n) continue;
        const key = cache.key(n);
        if (!index.has(key)) index.set(key, d);
      }
    }
    return index;
  };
  const lookup = (surface: string | undefined, labels: EntityLabel[]): Draft | undefined => {
    if (!surface) return undefined;
    const s = surface.replace(/^(the|The)\s+/, '');
    for (const label of labels) {
      if (label === 'Country') {
        const c = COUNTRY_BY_NAME.get(s) ?? COUNTRY_BY_DEMONYM.get(s) ?? COUNTRY_BY_SEAT.get(s);
        if (c) return draftFor('Country', c.name);
        continue;
      }
      const exact = surfaceIndex(label).get(cache.key(s));
      if (exact) return exact;
      if (label === 'Person') {
        const ws = cache.words(s);
        const byWord = people.filter((d) => cache.words(d.name).includes(ws[ws.length - 1]));
        if (byWord.length === 1) return byWord[0];
      }
    }
    return undefined;
  };
  const shortName = (d: Draft): string => {
    const singles = d.mentions.map((m) => m.normalized ?? m.text).filter((t) => cache.words(t).length === 1);
    if (singles.length > 0) {
      const counts = new Map<string, number>();
      for (const t of singles) counts.set(t, (counts.get(t) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1])[0][0];
    }
    return d.name;
  };
  const placeOf = (surface: string | undefined): Draft | undefined => {
    if (!surface) return undefined;
    const s = surface.replace(/^(the|The)\s+/, '');
    const capital = COUNTRY_BY_CAPITAL.get(s);
    const p = drafts.find(
      (d) =>
        d.label === 'Place' &&
        d.mentions.length > 0 &&
        (cache.key(d.name) === cache.key(s) || cache.key(d.name).startsWith(`${cache.key(s)} `)),
    );
    if (p) return p;
    if (capital) return draftFor('Place', s);
    const c = COUNTRY_BY_NAME.get(s);
    if (c) return draftFor('Country', c.name);
    return undefined;
  };
  const countryOfPlace = (d: Draft | undefined): string | undefined => {
    if (!d) return undefined;
    if (d.label === 'Country') return d.name;
    return COUNTRY_BY_CAPITAL.get(d.name)?.name;
  };

  interface Keyed {
    mention: Mention;
    key?: string;
    kind: string;
    participants: Draft[];
    place?: Draft;
    organization?: Draft;
    agent?: Draft;
    target?: Draft;
    date?: string;
  }
  const keyed: Keyed[] = [];
  for (const m of mentions) {
    if (m.label !== 'Event' || !m.frame) continue;
    const f = m.frame;
    const k: Keyed = { mention: m, kind: f.kind, participants: [], date: f.date };
    if (f.place) k.place = placeOf(f.place);
    if (f.organization) k.organization = lookup(f.organization, ['Organization']);
    for (const p of f.participants) {
      if (p === '*pair') k.participants.push(...pair);
      else {
        const d = lookup(p, ['Person']);
        if (d) k.participants.push(d);
      }
    }
    k.participants = [...new Set(k.participants)];
    const kind = f.kind;
    if (kind === 'war') {
      const target = lookup(f.target, ['Country']);
      const agent = lookup(f.agent, ['Country']);
      if (target && target !== agent) {
        k.target = target;
        k.agent = agent;
        k.key = `war:${target.name}`;
      }
    } else if (kind === 'meeting') {
      if (k.participants.length >= 2)
        k.key = `meeting:${k.participants
          .map((p) => p.name)
          .sort()
          .join('+')}`;
    } else if (kind === 'summit') {
      if (k.organization) k.key = `summit:${k.organization.name}`;
      else if (k.place && f.place) k.key = `summit:in:${k.place.name}`;
    } else if (kind === 'visit') {
      const agent = lookup(f.agent, ['Person']);
      const dest = placeOf(f.target) ?? placeOf(f.place);
      const country = countryOfPlace(dest);
      if (agent && country && !agent.countries.has(country)) {
        k.agent = agent;
        k.target = draftFor('Country', country);
        if (dest && dest.label === 'Place') k.place = dest;
        else k.place = k.target;
        k.key = `visit:${agent.name}>${country}`;
      }
    } else if (kind === 'exercise') {
      const joint = /\bjoint\b/i.test(m.text);
      if (k.place) k.key = `exercise:${k.place.name}`;
      else if (joint) k.key = `exercise:joint`;
    } else if (kind === 'congress') {
      if (k.organization) k.key = `congress:${k.organization.name}`;
      else if (/\bparty\b/i.test(m.text)) k.key = 'congress:party';
    } else if (kind === 'named') {
      k.key = `named:${cache.key(m.text.replace(/^(\d{4}|[\p{Lu}][\p{Ll}]+) (?=Winter|Summer)/u, ''))}`;
      if (k.organization) k.key = `summit:${k.organization.name}`;
    } else if (kind === 'election') {
      const country =
        lookup(f.target, ['Country']) ??
        k.participants.find((p) => p.label === 'Country') ??
        lookup(
          f.participants.find((p) => COUNTRY_BY_NAME.has(p)),
          ['Country'],
        ) ??
        (k.place ? draftFor('Country', countryOfPlace(k.place) ?? '') : undefined);
      if (country && country.name) {
        k.target = country;
        k.key = `election:${country.name}:${(k.date ?? '').slice(0, 4)}`;
      }
    } else if (kind === 'sanctions') {
      const target = lookup(f.target, ['Country', 'Organization']);
      const agent = lookup(f.agent, ['Organization', 'Country']);
      if (target) {
        k.target = target;
        k.agent = agent;
        k.key = `sanctions:${agent?.name ?? ''}>${target.name}:${/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))\b/i.exec(m.text)?.[0].toLowerCase() ?? ''}`;
      }
    } else if (kind === 'pandemic') {
      k.key = 'pandemic';
    } else if (kind === 'games') {
      k.key = `named:${cache.key(m.text)}`;
    }
    keyed.push(k);
  }
  // Party congress without its party resolves to the one party of the article.
  for (const k of keyed) {
    if (k.key === 'congress:party') {
      const party = keyed.find((x) => x.key?.startsWith('congress:') && x.key !== 'congress:party');
      if (party) k.key = party.key;
    }
  }
  // Meetings of the same pair at different times are different meetings: split keys by month when dated.
  const clusters = new Map<string, Keyed[]>();
  for (const k of keyed) {
    if (!k.key) continue;
    let key = k.key;
    if (k.kind === 'meeting' && k.date && articleDate && MONTH_PRECISION(k.date) !== MONTH_PRECISION(articleDate))
      key = `${key}@${MONTH_PRECISION(k.date)}`;
    else if (k.kind === 'meeting' && !articleDate && k.mention.frame?.month !== undefined)
      key = `${key}@month-${k.mention.frame.month}`;
    if (!clusters.has(key)) clusters.set(key, []);
    clusters.get(key)?.push(k);
  }
  const anchored = new Set(keyed.filter((k) => k.key));
  // Unanchored mentions ("the meeting", "the summit", "Thursday's talks") join the article's main event of their kind.
  for (const k of keyed) {
    if (k.key || !k.mention.frame?.anaphoric || !isAnaphoric(k.mention)) continue;
    if (
      k.kind === 'war' &&
      k.agent &&
      [...clusters.entries()].some(
        ([key, l]) => key.startsWith('war:') && l.some((x) => x.agent && x.agent !== k.agent),
      )
    )
      continue;
    const sameKind = [...clusters.entries()].filter(
      ([key, l]) =>
        key.startsWith(`${k.kind}:`) &&
        !key.includes('@') &&
        (!k.place || l.every((x) => !x.place || x.place === k.place)),
    );
    if (sameKind.length === 0) continue;
    sameKind.sort((a, b) => b[1].length - a[1].length);
    if (sameKind.length === 1 || sameKind[0][1].length > sameKind[1][1].length) sameKind[0][1].push(k);
  }
  // "a summit in Uzbekistan" is the article's summit of an organisation when it has one.
  const orgSummits = [...clusters.keys()].filter((key) => key.startsWith('summit:') && !key.startsWith('summit:in:'));
  const countryOf = (d: Draft | undefined): string | undefined =>
    d ? (d.label === 'Country' ? d.name : (COUNTRY_BY_CAPITAL.get(d.name)?.name ?? d.name)) : undefined;
  for (const key of [...clusters.keys()]) {
    const placeCountry = countryOf(clusters.get(key)?.[0]?.place);
    const orgPlaces =
      orgSummits.length === 1
        ? (clusters.get(orgSummits[0]) ?? []).map((k) => countryOf(k.place)).filter((c) => !!c)
        : [];
    if (key.startsWith('summit:in:') && orgSummits.length === 1 && orgPlaces.every((c) => c === placeCountry)) {
      clusters.get(orgSummits[0])?.push(...(clusters.get(key) ?? []));
      clusters.delete(key);
    }
  }
  // The same meeting told with more people in one sentence than in another ("Erdogan hosts Zelensky in Lviv";
  // "Erdogan met Zelensky and Guterres in Lviv"): one place, one participant set inside the other.
  const meetingKeys = [...clusters.keys()].filter((key) => key.startsWith('meeting:') && !key.includes('@'));
  for (const small of meetingKeys) {
    const a = clusters.get(small);
    if (!a) continue;
    const aPeople = new Set(a.flatMap((k) => (anchored.has(k) ? k.participants : [])));
    const aPlace = mostCommon(a.map((k) => k.place).filter((p): p is Draft => !!p));
    if (!aPlace) continue;
    for (const big of meetingKeys) {
      const b = clusters.get(big);
      if (!b || big === small) continue;
      const bPeople = new Set(b.flatMap((k) => (anchored.has(k) ? k.participants : [])));
      const bPlace = mostCommon(b.map((k) => k.place).filter((p): p is Draft => !!p));
      if (bPlace === aPlace && bPeople.size > aPeople.size && [...aPeople].every((p) => bPeople.has(p))) {
        b.push(...a);
        clusters.delete(small);
        break;
      }
    }
  }
  // A meeting of a visitor with the leader of the visited country is part of the visit.
  const knownVisits = (visitors: string[]) =>
    options.known
      .candidates('visitor', ...visitors)
      .map((e) => ({ e, m: /^(.+)'s visit to (.+)$/.exec(e.name) }))
      .filter((x) => x.m);
  for (const [key, list] of [...clusters]) {
    if (!key.startsWith('meeting:')) continue;
    const ps = list[0].participants;
    if (ps.length !== 2) continue;
    // A meeting told with its own city and day ("met Lula in Brasilia on Wednesday, the last stop of a state visit") is its own happening.
    if (list.some((k) => k.place?.label === 'Place' && k.date && k.date.length === 10)) continue;
    // The host's country: from their role, or named in a sentence that says the visitor travelled there.
    const travelSentences = list.filter((k) =>
      /\b(travel|visit|flew|fly|arriv|trip|went)/i.test(sentenceText(k.mention.sentence)),
    );
    const sentenceCountries = new Set(
      travelSentences.flatMap((k) =>
        drafts
          .filter((d) => d.label === 'Country' && d.mentions.some((m) => m.sentence === k.mention.sentence))
          .map((d) => d.name),
      ),
    );
    const hostCountries = (host: Draft) => new Set([...host.countries, ...sentenceCountries]);
    const meetingMonth = MONTH_PRECISION(list.find((k) => k.date)?.date);
    let merged = false;
    for (const [vkey, vlist] of clusters) {
      if (!vkey.startsWith('visit:')) continue;
      const v = vlist[0];
      const host = ps.find((p) => p !== v.agent);
      const visitMonth = MONTH_PRECISION(vlist.find((k) => k.date)?.date);
      if (meetingMonth && visitMonth && meetingMonth !== visitMonth) continue;
      if (v.agent && ps.includes(v.agent) && host && v.target && hostCountries(host).has(v.target.name)) {
        vlist.push(...list);
        clusters.delete(key);
        merged = true;
        break;
      }
    }
    if (merged) continue;
    for (const { m } of knownVisits(ps.map((p) => p.name))) {
      if (!m) continue;
      const visitor = ps.find((p) => p.name === m[1]);
      const host = ps.find((p) => p !== visitor);
      if (visitor && host && hostCountries(host).has(m[2])) {
        const target = draftFor('Country', m[2]);
        clusters.delete(key);
        clusters.set(
          `visit:${visitor.name}>${m[2]}`,
          list.map((k) => ({ ...k, kind: 'visit', agent: visitor, target })),
        );
        break;
      }
    }
  }
  // "A met B on Tuesday" with no place of its own, after the article's one summit is named and not in
  // its lead, is a side meeting at that summit: no event of its own, its people take part in the summit.
  const summitKeys = [...clusters.keys()].filter((key) => key.startsWith('summit:') && !key.includes('@'));
  const summit = summitKeys.length === 1 ? clusters.get(summitKeys[0]) : undefined;
  const summitFrom = summit ? Math.min(...summit.map((k) => k.mention.sentence)) : Infinity;
  const summitMonth = MONTH_PRECISION(summit?.find((k) => k.date)?.date ?? articleDate);
  for (const [key, list] of [...clusters]) {
    if (!summit || !key.startsWith('meeting:') || key.includes('@')) continue;
    const own = list.filter((k) => anchored.has(k));
    const byVerb = own.every((k) => SIDE_MEETING_VERBS.has(k.mention.text.toLowerCase()) && !k.place);
    const after = own.every((k) => k.mention.sentence > Math.max(2, summitFrom));
    const sameMonth = own.every((k) => !k.date || MONTH_PRECISION(k.date) === summitMonth);
    if (own.length > 0 && byVerb && after && sameMonth) {
      summit.push(...list);
      clusters.delete(key);
    }
  }
  const newsOfTheDay = datelinedCluster(clusters, anchored, options.dateline, articleDate);
  const out: EventCluster[] = [];
  const usedNames = new Map<string, string>();
  for (const [key, list] of clusters) {
    const first = list.find((k) => anchored.has(k)) ?? list[0];
    const keyedList = list.filter((k) => anchored.has(k) || k.kind === 'visit');
    let participants = [...new Set(keyedList.flatMap((k) => k.participants))];
    // The visitor takes part in a visit; the host receives it.
    const visitor = first.kind === 'visit' ? list.map((k) => k.agent).find((a) => !!a) : undefined;
    if (visitor) participants = [visitor];
    let place =
      mostCommon(list.map((k) => k.place).filter((p): p is Draft => !!p && p.label === 'Place')) ??
      mostCommon(list.map((k) => k.place).filter((p): p is Draft => !!p));
    // A wire dateline names where the story happened: the news of the day is placed there when its
    // sentences name no city, and the article names that city too (an entity needs a mention).
    const datelined = list === newsOfTheDay?.list && place?.label !== 'Place' ? placeOf(newsOfTheDay.city) : undefined;
    if (datelined?.label === 'Place' && datelined.mentions.length > 0) place = datelined;
    if (!place && first.kind === 'meeting') {
      // The one place named in the same sentence: "during their last meeting, when Putin travelled to Beijing".
      const sentencesOf = new Set(keyedList.map((k) => k.mention.sentence));
      const travelledTo = (m: Mention) =>
        /\b(travel+ed|flew|arrived|went|visit|trip|came)\s+(to|in)\s+(the\s+)?$/i.test(
          options.sentences?.[m.sentence]?.text.slice(0, m.start - (options.sentences?.[m.sentence]?.start ?? 0)) ?? '',
        );
      const candidates = drafts.filter(
        (d) =>
          d.label === 'Place' &&
          COUNTRY_BY_CAPITAL.has(d.name) &&
          d.mentions.some((m) => sentencesOf.has(m.sentence) && travelledTo(m)),
      );
      if (candidates.length === 1) place = candidates[0];
    }
    const dates = list.map((k) => k.date).filter((d): d is string => !!d);
    let date = mostCommon(dates.filter((d) => d.length === Math.max(...dates.map((x) => x.length)))) ?? undefined;
    if (key.includes('@') && !key.includes('@month-'))
      date = dates.find((d) => d.startsWith(key.split('@')[1])) ?? key.split('@')[1];
    const org = list.map((k) => k.organization).find((o) => !!o);
    const at = place ? ` in ${PLACE_HEADS.has(cache.words(place.name).at(-1) ?? '') ? 'the ' : ''}${place.name}` : '';
    let name: string;
    if (first.kind === 'meeting') {
      const ordered = participants.slice(0, 3).sort((a, b) => mentionCount(b) - mentionCount(a));
      name = `${ordered.map(shortName).join('–')} meeting${at}`;
    } else if (first.kind === 'war') {
      const agent = list.map((k) => k.agent).find((a) => !!a);
      const target = first.target?.name ?? '';
      name =
        agent && DEMONYM_BY_COUNTRY.get(agent.name)
          ? `${DEMONYM_BY_COUNTRY.get(agent.name)} invasion of ${target}`
          : `war in ${target}`;
    } else if (first.kind === 'summit' || (first.kind === 'named' && org)) {
      // The short name the article gives in brackets ("(Quad)") or an all-capital acronym.
      const acronym = org
        ? (org.mentions.find((m) => m.kind === 'acronym' && m.text.length <= 8)?.text ??
          [...org.mentions.map((m) => m.text), ...org.knownAliases].find((a) => ACRONYM_ONLY.test(a)))
        : undefined;
      name = `${acronym ?? org?.name ?? ''} summit${at}`.trim();
    } else if (first.kind === 'visit') {
      name = `${first.agent?.name ?? ''}'s visit to ${first.target?.name ?? ''}`;
    } else if (first.kind === 'congress') {
      const partyName =
        org?.name ?? list.map((k) => /([\p{Lu}][\p{L}]+ Party)/u.exec(k.mention.text)?.[1]).find((x) => !!x) ?? 'Party';
      name = `${partyName.replace(/ of [\p{L} ]+$/u, '')} congress`;
    } else if (first.kind === 'exercise') {
      const longest = keyedList
        .map((k) => k.mention.text.replace(/^(the|their|its)\s+/i, ''))
        .sort((a, b) => b.length - a.length)[0];
      name = `${longest}${at}`;
    } else if (first.kind === 'election') {
      const adjective = /\b(presidential|parliamentary|general|legislative|local|regional|midterm|snap|federal)\b/i
        .exec(list.map((k) => k.mention.text).join(' '))?.[1]
        ?.toLowerCase();
      name = `${adjective ? `${adjective} ` : ''}election in ${first.target?.name ?? ''}${date ? ` of ${date.slice(0, 4)}` : ''}`;
    } else if (first.kind === 'sanctions') {
      const ordinal = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))\b/i
        .exec(list.map((k) => k.mention.text).join(' '))?.[0]
        .toLowerCase();
      const short = first.agent
        ? (first.agent.mentions.find((m) => m.kind === 'acronym')?.text ??
          ACRONYM_OF.get(first.agent.name) ??
          first.agent.name)
        : undefined;
      name = `${ordinal ? `${ordinal} ` : ''}${short ? `${short} ` : ''}sanctions package against ${first.target?.name ?? ''}`;
    } else if (first.kind === 'pandemic') {
      name = list.some((k) => /covid/i.test(k.mention.text)) ? 'Covid-19 pandemic' : 'pandemic';
    } else {
      name = list.map((k) => k.mention.text.replace(/^(the|The)\s+/, '')).sort((a, b) => b.length - a.length)[0];
    }
    // Two happenings of one article never share a name: the later one is told apart by its month.
    const taken = usedNames.get(cache.key(name));
    const monthOnly = /@month-(\d+)$/.exec(key)?.[1];
    if (taken !== undefined && taken !== key && (date || monthOnly))
      name = `${name} of ${date ? monthName(date) : monthName(`0000-${monthOnly?.padStart(2, '0')}`).replace(/ 0000$/, '')}`;
    usedNames.set(cache.key(name), key);
    const foundKnown = findKnownEvent(
      cache,
      options.known,
      name,
      first.kind,
      participants.map((p) => p.name),
      date,
      place?.name,
      articleDate,
      key.includes('@'),
    );
    const known = foundKnown && !out.some((c) => c.draft.id === foundKnown.id) ? foundKnown : undefined;
    const d = draftFor('Event', known?.name ?? name);
    d.event = { kind: first.kind, participants: participants.map((p) => p.name), surface: [] };
    if (date && !d.date) d.date = date;
    if (place && !d.place) d.place = place.name;
    for (const k of list) assign(k.mention, d);
    out.push({ draft: d, participants, place, organization: org });
  }
  return out;
}

/** Verbs that tell a meeting without naming it as a happening of its own. */
const SIDE_MEETING_VERBS: ReadonlySet<string> = new Set(['met', 'meets', 'meet']);

const ANAPHORIC_MODIFIERS =
  /^(the|a|an|this|that|their|its|his|her|our|first|last|latest|previous|recent|closed-door|face-to-face|in-person|bilateral|two-day|regional|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|['’]s|s)$/i;

/** Whether an event mention only refers back to a happening named elsewhere ("the meeting", "Thursday's talks"). */
function isAnaphoric(m: Mention): boolean {
  const ws = m.text.split(/\s+|(?=['’]s\b)/).slice(0, -1);
  return ws.every((w) => ANAPHORIC_MODIFIERS.test(w));
}

/** "2022-02" → "February 2022", "2022" → "2022": an event's date as its name says it. */
function monthName(iso: string): string {
  const [y, mo] = iso.split('-');
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  return month ? `${month[0]!.toUpperCase()}${month.slice(1)} ${y}` : y!;
}

/** The known event the cluster continues: same name, or for meetings the same people in the same month. */
function findKnownEvent(
  cache: ResolveCache,
  known: KnownEntities,
  name: string,
  kind: string,
  participants: string[],
  date?: string,
  place?: string,
  articleDate?: string,
  earlier = false,
): KnownEntity | undefined {
  const exact = known.byKey('Event', cache.key(name));
  if (exact) return exact;
  if (kind === 'war') {
    const target = /(?:invasion of|war in) (.+)$/.exec(name)?.[1];
    return known
      .candidates('war', '')
      .find((k) => target && new RegExp(`(invasion of|war in) ${target}$`).test(k.name));
  }
  if (kind === 'meeting' && participants.length >= 2) {
    const people = participants.map((p) => p.toLowerCase());
    // "Xi–Putin" names the same pair as Xi Jinping and Vladimir Putin: each part names one participant.
    const samePeople = (parts: string[]): boolean =>
      parts.length === people.length &&
      parts.every((part) => people.filter((p) => p === part || p.split(' ').includes(part)).length === 1) &&
      people.every((p) => parts.some((part) => p === part || p.split(' ').includes(part)));
    const pair = known.candidates('meetingPart', ...people.flatMap((p) => [p, ...p.split(' ')])).filter((k) => {
      const m = /^(.+?) meeting/.exec(k.name);
      return !!m && samePeople(m[1].split('–').map((s) => s.toLowerCase()));
    });
    const month = MONTH_PRECISION(date ?? articleDate);
    const placeOfName = (k: KnownEntity): string | undefined =>
      / meeting in (.+?)(?: of \p{Lu}\p{Ll}+ \d{4})?$/u.exec(k.name)?.[1];
    // The same pair meets once in a place and a month: the same place, else the same month, else (for the
    // article's own meeting) the known meeting of that pair with no other place.
    const samePlace = place ? pair.find((k) => placeOfName(k) === place) : undefined;
    if (samePlace) return samePlace;
    const sameMonth = pair.find(
      (k) => k.date && MONTH_PRECISION(k.date) === month && (!place || placeOfName(k) === undefined),
    );
    if (sameMonth) return sameMonth;
    if (earlier) return undefined;
    return pair.find((k) => placeOfName(k) === undefined);
  }
  if (kind === 'exercise' && place) {
    return known
      .candidates('exercise', '')
      .find((k) => k.name.endsWith(` ${place}`) && /patrol|exercise|drill|manoeuvre|maneuver/i.test(k.name));
  }
  if (kind === 'summit' || kind === 'named') {
    const head = name.split(' in ')[0];
    // Two cities are two summits ("G7 summit in Elmau", "G7 summit in Hiroshima"); a city and a country may be one.
    const city = (p: string | undefined): string | undefined =>
      p && !COUNTRY_BY_NAME.has(p.replace(/^the /, '')) ? p.replace(/^the /, '') : undefined;
    const here = city(place);
    return known.candidates('head', head).find((k) => {
      if (k.name.split(' in ')[0] !== head) return false;
      const there = city(k.name.split(' in ')[1]);
      if (here && there && here !== there) return false;
      return !(date && k.date && date.slice(0, 4) !== k.date.slice(0, 4));
    });
  }
  return undefined;
}

function mostCommon<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [i, c] of counts) {
    if (c > n) {
      best = i;
      n = c;
    }
  }
  return best;
}
