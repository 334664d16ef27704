/**
 * Stage `mentions`: finds typed spans that name or refer to people, countries, organisations, places
 * and events, from the shape of the text: capitalisation, titles and role words, organisation, place and
 * event head words, context words (speech verbs, locative prepositions) and the world-knowledge
 * gazetteers of gazetteer.ts. No list of particular people, organisations or events is used.
 */
import * as chrono from 'chrono-node';
import type { EntityLabel } from '../graph/model.js';
import {
  CONTINENTS,
  COUNTRY_BY_CAPITAL,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  COUNTRY_BY_SEAT,
  EVENT_HEADS,
  EVENT_NOUNS,
  HEAD_TITLES,
  HONORIFICS,
  KNOWN_ACRONYMS,
  LEADER_NOUNS,
  LOCATIVE_WORDS,
  MAX_COUNTRY_WORDS,
  MOTION_WORDS,
  NOT_ACRONYMS,
  NOT_NAME_WORDS,
  ORG_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  REGION_QUALIFIERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  WEAK_ORG_HEADS,
  type CountryInfo,
} from './gazetteer.js';
import { startsUpper } from './sentences.js';
import type { EventFrame, Mention, MentionKind, Sentence, Token } from './types.js';

/** Head words of named things that are none of our entity types (policies, treaties, products). */
const OTHER_HEADS = new Set(
  'Initiative Policy Act Plan Strategy Doctrine Principle Treaty Agreement Accord Declaration Index Prize Award Project Model Bill Law Charter Convention Protocol Resolution Report Deal Pact'.split(' '),
);
const KNOWN_EXPANSIONS: ReadonlySet<string> = new Set(KNOWN_ACRONYMS.values());
/** Institutions that news name by one capitalised word after "the" or a country. */
const SINGLE_WORD_BODIES: ReadonlySet<string> = new Set(['Pentagon', 'Bundestag', 'Knesset', 'Duma', 'Congress', 'Senate', 'Parliament', 'Politburo', 'Cabinet', 'Bundesrat', 'Storting', 'Riksdag', 'Sejm', 'Majlis', 'Diet']);
/** First words of place names that are not given names ("New York", "San Francisco", "St Petersburg"). */
const PLACE_PREFIXES = /^(New|Los|Las|San|Santa|Santo|Sao|São|St|St\.|Saint|Port|Fort|Mount|Lake|Cape|El|La|Tel|Abu|Rio|Buenos|Kuala|Hong|Ho|Addis)$/;
/** Adjectives of regions and blocs that capitalised runs share with names ("Central Asian", "Western"). */
const NOT_PERSON_WORDS = /^(Asian|European|African|American|Western|Eastern|Northern|Southern|Soviet|Arctic|Pacific|Atlantic|Nordic|Baltic|Islamic|Arab|Latin|Balkan|Caucasian|Mediterranean|Olympic|Covid(-19)?|Christian|Muslim|Jewish|Catholic|Orthodox|Communist|Socialist|Democratic|Republican|Conservative|Liberal)$/;
/** Lower-case particles inside personal names ("Ursula von der Leyen"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'dos']);
const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'del', 'al', 'bin', 'van', 'von', 'der', 'la', 'le', 'du', 'da', 'on']);
const ADJECTIVE_COMPOUND = /^(\p{Lu}[\p{L}.]*)-(based|born|led|backed|run|owned|speaking|made|bound|style|era|funded|controlled|allied|friendly|occupied|held)$/u;
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{N}&]*\p{Lu}[\p{Lu}\p{N}]*|\p{Lu}-?\p{N}{1,2}|(?:\p{Lu}\.){2,})$/u;
const POSSESSIVE = /^['’]s$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those']);
const TIME_ANAPHORS = new Set(['today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'last', 'next']);
const PLURAL_ANAPHORS = /^(the (pair|two|two leaders|two men|two presidents|leaders|two sides|two heads of state)|both (leaders|presidents|men|heads of state)|they)$/i;

/** Context for finding mentions: the article's publication date, for resolving event dates. */
export interface MentionContext {
  publishedAt?: string;
}

/** Characters that end a sentence of running text: . ! ? … " ” ’ ). */
const SENTENCE_MARKS: ReadonlySet<number> = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x22, 0x201d, 0x2019, 0x29]);
const endsSentenceMark = (s: string): boolean => s.length > 0 && SENTENCE_MARKS.has(s.charCodeAt(s.length - 1));
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const hasDash = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    // "-" or "–"
    if (c === 45 || c === 8211) return true;
  }
  return false;
};
const isCap = (t: Token | undefined): t is Token =>
  isWord(t) && startsUpper(t.text) && !(hasDash(t.text) && ADJECTIVE_COMPOUND.test(t.text));
const isAcronym = (t: Token): boolean => ACRONYM.test(t.text) && !NOT_ACRONYMS.has(t.text.replace(/\./g, '').toUpperCase());
const lower = (t: Token | undefined): string => (t ? t.lower ?? t.text.toLowerCase() : '');

function countryOfWord(word: string): CountryInfo | undefined {
  return COUNTRY_BY_NAME.get(word) ?? COUNTRY_BY_DEMONYM.get(word);
}

interface Builder {
  sentence: Sentence;
  out: Mention[];
  context: MentionContext;
}

function add(
  b: Builder,
  tokens: Token[],
  from: number,
  to: number,
  label: EntityLabel,
  kind: MentionKind,
  extra: Partial<Mention> = {},
): Mention {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  const text = b.sentence.text.slice(start - b.sentence.start, end - b.sentence.start);
  const m: Mention = { start, end, text, label, kind, sentence: b.sentence.index, ...extra };
  b.out.push(m);
  return m;
}

/** The country named right before token i: a demonym ("Chinese"), or a country with a possessive ("China's"). */
function countryBefore(tokens: Token[], i: number): CountryInfo | undefined {
  const prev = tokens[i - 1];
  if (!prev) return undefined;
  if (POSSESSIVE.test(prev.text)) {
    const owner = tokens[i - 2];
    if (owner) return COUNTRY_BY_NAME.get(owner.text) ?? COUNTRY_BY_SEAT.get(owner.text) ?? COUNTRY_BY_CAPITAL.get(owner.text);
    return undefined;
  }
  return countryOfWord(prev.text) ?? COUNTRY_BY_SEAT.get(prev.text);
}

/** Whether a capital named at token i is a location (after "in", "visit to") rather than its government. */
function isLocative(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (lower(tokens[j]) === 'the' || /^\p{Lu}/u.test(tokens[j].text) && COUNTRY_BY_DEMONYM.has(tokens[j].text))) j--;
  const prev = lower(tokens[j]);
  const next = tokens[i + 1];
  if (next && next.kind === 'punct' && next.text === ',' && COUNTRY_BY_NAME.has(tokens[i + 2]?.text ?? '')) return true;
  if (prev === 'to' || prev === 'into') return MOTION_WORDS.has(lower(tokens[j - 1])) || MOTION_WORDS.has(lower(tokens[j - 2]));
  if (prev === 'of' && lower(tokens[j - 1]) === 'city') return true;
  return LOCATIVE_WORDS.has(prev);
}

/** The texts of tokens [from, to). */
function textsOf(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < Math.min(to, tokens.length); k++) out.push(tokens[k].text);
  return out;
}

/** Splits a capitalised chunk into runs that name one thing each, and types them. */
function analyzeChunk(b: Builder, tokens: Token[], from: number, to: number): void {
  // Leading function words, days and months are not part of a name.
  while (from < to && (NOT_NAME_WORDS.has(tokens[from].text) || CONNECTORS.has(tokens[from].text))) from++;
  while (to > from && (CONNECTORS.has(tokens[to - 1].text) || NOT_NAME_WORDS.has(tokens[to - 1].text))) to--;
  if (from >= to) return;
  const words = textsOf(tokens, from, to);
  const joined = words.length === 1 ? words[0] : words.join(' ');
  const last = words[words.length - 1];

  // A function word, day or month inside the chunk splits it.
  for (let k = from + 1; k < to - 1; k++) {
    if (NOT_NAME_WORDS.has(tokens[k].text) && !CONNECTORS.has(tokens[k].text)) {
      analyzeChunk(b, tokens, from, k);
      analyzeChunk(b, tokens, k + 1, to);
      return;
    }
  }
  const country = COUNTRY_BY_NAME.get(joined);
  if (country) {
    add(b, tokens, from, to, 'Country', ACRONYM.test(joined) ? 'acronym' : 'name', { normalized: country.name });
    return;
  }
  // "the European Union and the South American bloc": "and the" joins two phrases, not one name.
  const andThe = words.findIndex((w, k) => k > 0 && w === 'and' && words[k + 1] === 'the');
  if (andThe > 0) {
    analyzeChunk(b, tokens, from, from + andThe);
    analyzeChunk(b, tokens, from + andThe + 2, to);
    return;
  }
  if (bodyByContext(b, tokens, from, to, words)) return;
  if (OTHER_HEADS.has(last) && !words.slice(0, -1).some((w) => ORG_HEADS.has(w) && !WEAK_ORG_HEADS.has(w))) return;
  // Named events: "Winter Olympics", "Cold War", "Shanghai Cooperation Organisation Summit".
  if (
    EVENT_HEADS.has(last) &&
    words.length >= 2 &&
    !(last === 'Congress' && !words.some((w) => w === 'Party')) &&
    !words.some((w) => CONNECTORS.has(w) && w !== 'of')
  ) {
    const kind = last === 'Summit' ? 'summit' : last === 'Congress' ? 'congress' : 'named';
    const frame = eventFrameAround(tokens, to - 1, to, kind);
    const placeWord = words.find((w) => COUNTRY_BY_CAPITAL.has(w));
    if (placeWord && !frame.place) frame.place = placeWord;
    const orgWords = words.slice(0, -1);
    if (orgWords.some((w) => ORG_HEADS.has(w) || ACRONYM.test(w))) {
      frame.organization = orgWords.join(' ');
      analyzeChunk(b, tokens, from, to - 1);
    }
    add(b, tokens, from, to, 'Event', 'name', { frame });
    return;
  }
  // "Leaders of the Group of Seven" at the start of a sentence: a plural noun, then the name.
  if (from === 0 && words.length >= 3 && words[1] === 'of' && /s$/.test(words[0]) && !ORG_HEADS.has(words[0]) && !PERSON_TITLES.has(words[0]) && !COUNTRY_BY_NAME.has(joined)) {
    analyzeChunk(b, tokens, from + (words[2] === 'the' ? 3 : 2), to);
    return;
  }
  // "President of the US House of Representatives": a role, then the organisation.
  if (words.length >= 3 && HEAD_TITLES.has(words[0]) && words[1] === 'of') {
    analyzeChunk(b, tokens, from + (words[2] === 'the' ? 3 : 2), to);
    return;
  }
  // "World War II": a named war with a number after its head word.
  if (words.length >= 3 && words[words.length - 2] === 'War' && /^(I{1,3}|One|Two|Three)$/.test(last)) {
    add(b, tokens, from, to, 'Event', 'name', { frame: { kind: 'named', participants: [] } });
    return;
  }
  // Organisations by their head word: "Renmin University", "Ministry of Defence", "White House".
  const headAt = words.findIndex((w, k) => ORG_HEADS.has(w) && (k > 0 || words.length > 1) && !(WEAK_ORG_HEADS.has(w) && words.length === 1));
  // A title word ending the name after "of" is the body's domain: "International Court of Justice".
  if (headAt >= 0 && !(words.length === 1) && !(HEAD_TITLES.has(last) && words[words.length - 2] !== 'of')) {
    const titled = personAfterTitle(words);
    if (titled < 0 || headAt > titled) {
      // "King's College London": a one-word possessive before the head word belongs to the name.
      if (headAt === 0 && POSSESSIVE.test(tokens[from - 1]?.text ?? '') && isCap(tokens[from - 2]) && !isCap(tokens[from - 3]) && !countryOfWord(tokens[from - 2].text) && !ORG_HEADS.has(tokens[from - 2].text) && !COUNTRY_BY_SEAT.has(tokens[from - 2].text)) {
        add(b, tokens, from - 2, to, 'Organization', 'name');
        return;
      }
      const prevCountry = countryBefore(tokens, from) ?? COUNTRY_BY_DEMONYM.get(words[0]) ?? (words.length > 2 ? COUNTRY_BY_NAME.get(words[0]) : undefined);
      add(b, tokens, from, to, 'Organization', 'name', prevCountry ? { country: prevCountry.name } : {});
      return;
    }
  }
  if (KNOWN_EXPANSIONS.has(joined)) {
    add(b, tokens, from, to, 'Organization', 'name');
    return;
  }
  // Places: "Taiwan Strait", "Pacific Ocean", "Central Asia", "Asia-Pacific".
  if (PLACE_HEADS.has(last) && words.length >= 2 && !words.some((w) => PERSON_TITLES.has(w) || w === 'and' || w === '&')) {
    add(b, tokens, from, to, 'Place', 'name');
    return;
  }
  if (CONTINENTS.has(joined) || (words.length === 2 && REGION_QUALIFIERS.has(words[0]) && CONTINENTS.has(words[1]))) {
    add(b, tokens, from, to, 'Place', 'name');
    return;
  }
  // "US Secretary of State Antony Blinken": a title with "of" in it, then a name.
  if (words.includes('of') || words.includes('for')) {
    const titled = personAfterTitle(words);
    if (titled > 0 && words.slice(0, titled).some((w) => w === 'of' || w === 'for')) {
      personWithTitle(b, tokens, from, to, words, titled);
      return;
    }
  }
  // Split at "and": "Xi Jinping and Vladimir Putin".
  const and = words.findIndex((w) => w === 'and' || w === '&');
  if (and > 0) {
    analyzeChunk(b, tokens, from, from + and);
    analyzeChunk(b, tokens, from + and + 1, to);
    return;
  }
  const ofAt = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for' || w === 'the' || w === 'on' || (CONNECTORS.has(w) && !NAME_PARTICLES.has(w))));
  if (ofAt > 0) {
    analyzeChunk(b, tokens, from, from + ofAt);
    analyzeChunk(b, tokens, from + ofAt + 1, to);
    return;
  }
  // A country name at the start of a longer chunk ("Russia Ukraine") stands alone.
  for (let n = Math.min(MAX_COUNTRY_WORDS, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (COUNTRY_BY_NAME.has(head) && !PERSON_TITLES.has(words[n])) {
      analyzeChunk(b, tokens, from, from + n);
      analyzeChunk(b, tokens, from + n, to);
      return;
    }
  }
  // People after a title: "Chinese President Xi Jinping", "Professor Emeritus Rosemary Foot", "Mr Xi".
  const nameAt = personAfterTitle(words);
  if (nameAt > 0) {
    personWithTitle(b, tokens, from, to, words, nameAt);
    return;
  }
  // A title with no name after it describes a person: "the Russian President", "Russia's President".
  if (HEAD_TITLES.has(last) && !HONORIFICS.has(last)) {
    let country = countryBefore(tokens, from);
    for (const w of words) country = countryOfWord(w) ?? COUNTRY_BY_SEAT.get(w) ?? country;
    if (country) {
      const roleWords = words.filter((w) => PERSON_TITLES.has(w));
      add(b, tokens, from, to, 'Person', 'description', { role: roleWords.join(' ') || last, country: country.name });
    }
    return;
  }
  if (words.length === 1) {
    singleWord(b, tokens, from);
    return;
  }
  if (COUNTRY_BY_CAPITAL.has(joined)) {
    capitalMention(b, tokens, from, to, joined);
    return;
  }
  // Demonyms lead into a name only as adjectives: "Russian Duma" is handled above, "Uzbek Silk Road" splits.
  if (COUNTRY_BY_DEMONYM.has(words[0])) {
    analyzeChunk(b, tokens, from + 1, to);
    return;
  }
  if (words.some((w) => ACRONYM.test(w) || COUNTRY_BY_NAME.has(w) || COUNTRY_BY_CAPITAL.has(w) || /\p{N}/u.test(w))) {
    for (let k = from; k < to; k++) analyzeChunk(b, tokens, k, k + 1);
    return;
  }
  if (words.some((w) => REGION_QUALIFIERS.has(w) || NOT_PERSON_WORDS.test(w))) return;
  if (PLACE_PREFIXES.test(words[0]) || (isLocative(tokens, from) && !PERSON_TITLES.has(words[0]))) {
    if (words.length <= 3) add(b, tokens, from, to, 'Place', 'name');
    return;
  }
  const particles = words.filter((w) => NAME_PARTICLES.has(w)).length;
  if (
    words.length - particles <= 4 &&
    !NAME_PARTICLES.has(words[0]) &&
    !NAME_PARTICLES.has(last) &&
    words.every((w) => NAME_PARTICLES.has(w) || w === '.' || /^\p{Lu}[\p{Ll}\p{M}'’.-]*(-\p{Lu}[\p{Ll}\p{M}]+)?$/u.test(w))
  ) {
    add(b, tokens, from, to, 'Person', 'name', { normalized: joined.replace(/ \./g, '.') });
  }
}

/** Words for a body that a name may follow in apposition: "the South American bloc Mercosur", "the militant group Hamas". */
const BODY_NOUNS: ReadonlySet<string> = new Set(['bloc', 'alliance', 'group', 'grouping', 'coalition', 'organisation', 'organization', 'consortium', 'body', 'union', 'party', 'movement', 'forum', 'network', 'agency', 'firm', 'company', 'institute', 'think-tank', 'tank']);
/** An affiliation before "at": "a professor at", "a senior fellow at", "who teaches at". */
const AFFILIATION_BEFORE_AT = /\b(professors?|lecturers?|researchers?|fellows?|analysts?|scholars?|students?|economists?|experts?|deans?|teach(es|ing)?|taught|stud(y|ies|ied|ying)|works?|worked|working)\b(\s+[\p{L}-]+){0,4}\s+at\s*$/iu;

/**
 * An organisation told by its context rather than its words: a name after a word for a body
 * ("the bloc Mercosur") or after "at" in an affiliation ("a professor at Sciences Po").
 */
function bodyByContext(b: Builder, tokens: Token[], from: number, to: number, words: string[]): boolean {
  if (words.length > 4 || PERSON_TITLES.has(words[0]) || COUNTRY_BY_CAPITAL.has(words.join(' ')) || COUNTRY_BY_DEMONYM.has(words[0])) return false;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || CONNECTORS.has(w))) return false;
  const before = lower(tokens[from - 1]);
  const afterBody = BODY_NOUNS.has(before) && lower(tokens[from - 2]) !== 'of';
  const textBefore = b.sentence.text.slice(0, tokens[from].start - b.sentence.start);
  const affiliation = before === 'at' && AFFILIATION_BEFORE_AT.test(textBefore);
  if (!afterBody && !affiliation) return false;
  add(b, tokens, from, to, 'Organization', 'name');
  return true;
}

/** Adds a titled person: role and country from the words before the name, the organisation before the title. */
function personWithTitle(b: Builder, tokens: Token[], from: number, to: number, words: string[], nameAt: number): void {
  let roleFrom = 0;
  let country = countryBefore(tokens, from);
  const countryWords = new Set<number>();
  while (roleFrom < nameAt && !PERSON_TITLES.has(words[roleFrom])) {
    // Two-word countries and demonyms: "South Korean", "New Zealand".
    const pair = roleFrom + 1 < nameAt ? countryOfWord(`${words[roleFrom]} ${words[roleFrom + 1]}`) : undefined;
    if (pair) {
      country = pair;
      countryWords.add(roleFrom).add(roleFrom + 1);
      roleFrom += 2;
      continue;
    }
    const single = countryOfWord(words[roleFrom]);
    if (single) countryWords.add(roleFrom);
    country = single ?? country;
    roleFrom++;
  }
  // "United Nations Secretary-General Antonio Guterres": the organisation before the title is named too.
  const orgFrom = words.slice(0, roleFrom).findIndex((w, k) => !countryWords.has(k) && !countryOfWord(w));
  if (orgFrom >= 0 && roleFrom - orgFrom >= 1 && !words.slice(orgFrom, roleFrom).some((w, k) => countryWords.has(orgFrom + k) || countryOfWord(w))) analyzeChunk(b, tokens, from + orgFrom, from + roleFrom);
  const roleWords = words.slice(roleFrom, nameAt).filter((w) => !HONORIFICS.has(w));
  const nameWords = words.slice(nameAt).join(' ').replace(/ \./g, '.').split(' ');
  const honorific = words.slice(roleFrom, nameAt).some((w) => HONORIFICS.has(w) || /^Prof/.test(w));
  const extra: Partial<Mention> = { normalized: nameWords.join(' ') };
  if (roleWords.length > 0) extra.role = roleWords.join(' ');
  if (country) extra.country = country.name;
  const kind: MentionKind = nameWords.length === 1 && (honorific || roleWords.length > 0) ? 'surname' : 'name';
  add(b, tokens, from, to, 'Person', kind, extra);
}

/** Index of the first name word after the last title word, or -1 when the words are no "title + name". */
function personAfterTitle(words: string[]): number {
  let lastTitle = -1;
  for (let k = 0; k < words.length; k++) {
    if (PERSON_TITLES.has(words[k])) {
      lastTitle = k;
      continue;
    }
    // "Secretary of State", "Secretary of the Treasury", "Minister for Foreign Affairs": the title goes on.
    if (lastTitle === k - 1 && (words[k] === 'of' || words[k] === 'for')) {
      const next = words[k + 1] === 'the' ? k + 2 : k + 1;
      if (PERSON_TITLES.has(words[next] ?? '')) {
        k = next - 1;
        continue;
      }
    }
    if (lastTitle >= 0) break;
  }
  if (lastTitle < 0 || lastTitle === words.length - 1) return -1;
  if (!words.slice(0, lastTitle + 1).some((w) => HEAD_TITLES.has(w))) return -1;
  const rest = words.slice(lastTitle + 1);
  if (rest.filter((w) => !NAME_PARTICLES.has(w)).length > 4 || NAME_PARTICLES.has(rest[0]) || NAME_PARTICLES.has(rest[rest.length - 1])) return -1;
  if (!rest.every((w) => NAME_PARTICLES.has(w) || w === '.' || (/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w) && !ORG_HEADS.has(w) && !COUNTRY_BY_NAME.has(w) && !NOT_NAME_WORDS.has(w)))) return -1;
  return lastTitle + 1;
}

/** Types a lone capitalised word: acronym, country, demonym, capital, seat of government, or a name. */
function singleWord(b: Builder, tokens: Token[], i: number): void {
  const t = tokens[i];
  const w = t.text;
  const country = COUNTRY_BY_NAME.get(w);
  if (country) {
    add(b, tokens, i, i + 1, 'Country', ACRONYM.test(w) ? 'acronym' : 'name', { normalized: country.name });
    return;
  }
  if (COUNTRY_BY_DEMONYM.has(w)) return;
  const seat = COUNTRY_BY_SEAT.get(w);
  if (seat) {
    if (LEADER_NOUNS.has(lower(tokens[i + 1]))) return;
    add(b, tokens, i, i + 1, 'Country', 'metonym', { normalized: seat.name });
    return;
  }
  if (COUNTRY_BY_CAPITAL.has(w)) {
    capitalMention(b, tokens, i, i + 1, w);
    return;
  }
  // Shouted datelines and headings: "WASHINGTON (Reuters) -".
  if (/^\p{Lu}{4,}$/u.test(w) && !KNOWN_ACRONYMS.has(w)) {
    const title = w[0] + w.slice(1).toLowerCase();
    if (COUNTRY_BY_CAPITAL.has(title) || !COUNTRY_BY_NAME.has(title)) {
      if (COUNTRY_BY_CAPITAL.has(title)) add(b, tokens, i, i + 1, 'Place', 'name', { normalized: title, country: COUNTRY_BY_CAPITAL.get(title)?.name });
      if (w.length >= 6 || COUNTRY_BY_CAPITAL.has(title)) return;
    }
  }
  if (w === 'West' && lower(tokens[i - 1]) === 'the') {
    add(b, tokens, i, i + 1, 'Place', 'name');
    return;
  }
  // "the Quadrilateral Security Dialogue (Quad)": a short name in brackets after an organisation is its acronym.
  if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')') {
    const before = b.out.at(-1);
    if (before && before.label === 'Organization' && before.end <= tokens[i - 1].start && tokens[i - 1].start - before.end <= 1) {
      add(b, tokens, i, i + 1, 'Organization', 'acronym', { normalized: w });
      return;
    }
  }
  const upper = w.replace(/\./g, '').toUpperCase();
  if (isAcronym(t) || (KNOWN_ACRONYMS.has(upper) && w.length >= 3)) {
    add(b, tokens, i, i + 1, 'Organization', 'acronym', { normalized: KNOWN_ACRONYMS.has(upper) || !ACRONYM.test(w) ? upper : w });
    return;
  }
  // "the People's Daily": a one-word possessive before an organisation head word belongs to the name.
  if (ORG_HEADS.has(w) && (!WEAK_ORG_HEADS.has(w) || /^(Daily|Times|Post|News)$/.test(w)) && POSSESSIVE.test(tokens[i - 1]?.text ?? '') && isCap(tokens[i - 2]) && !countryOfWord(tokens[i - 2].text) && !COUNTRY_BY_SEAT.has(tokens[i - 2].text) && !ORG_HEADS.has(tokens[i - 2].text)) {
    add(b, tokens, i - 2, i + 1, 'Organization', 'name');
    return;
  }
  // Institutions named by one word: "the Pentagon", "the Bundestag", "the Senate".
  if (SINGLE_WORD_BODIES.has(w) && (lower(tokens[i - 1]) === 'the' || countryBefore(tokens, i))) {
    const c = countryBefore(tokens, i);
    add(b, tokens, i, i + 1, 'Organization', 'name', c ? { country: c.name } : {});
    return;
  }
  if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w) || NOT_NAME_WORDS.has(w) || ORG_HEADS.has(w) || PERSON_TITLES.has(w) || EVENT_HEADS.has(w)) return;
  // Hyphenated pairs of names ("Xi-Putin", "China-Russia") are handled with the event nouns.
  if (/[-–]/.test(w)) return;
  if (isLocative(tokens, i) && !SPEECH_VERBS.has(lower(tokens[i + 1]))) {
    add(b, tokens, i, i + 1, 'Place', 'name');
    return;
  }
  add(b, tokens, i, i + 1, 'Person', 'surname', { normalized: w });
}

/** A capital city: a place where it is a location ("in Beijing", a dateline), else its government acting ("Beijing said"). */
function capitalMention(b: Builder, tokens: Token[], from: number, to: number, name: string): void {
  const capitalOf = COUNTRY_BY_CAPITAL.get(name);
  if (!capitalOf) return;
  const listed =
    (tokens[to]?.text === ',' && COUNTRY_BY_CAPITAL.has(tokens[to + 1]?.text ?? '')) ||
    (tokens[from - 1]?.text === ',' && COUNTRY_BY_CAPITAL.has(tokens[from - 2]?.text ?? '')) ||
    (from === 0 && (tokens[to]?.text === ',' || tokens[to]?.text === '('));
  if (listed || isLocative(tokens, from) || /^-?based$/.test(lower(tokens[to]))) add(b, tokens, from, to, 'Place', 'name', { country: capitalOf.name });
  else add(b, tokens, from, to, 'Country', 'metonym', { normalized: capitalOf.name });
}

/** ISO date at the precision the text gives, resolved against the article date; past unless the sentence speaks of the future. */
function isoOf(result: chrono.ParsedResult, ref: Date, future: boolean): string | undefined {
  const c = result.start;
  let y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null) return undefined;
  const relative = /today|yesterday|tomorrow|tonight|week|month|year|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.test(result.text);
  const hasDay = c.isCertain('day') || c.isCertain('weekday') || /today|yesterday|tomorrow|tonight/i.test(result.text);
  const hasMonth = c.isCertain('month') || hasDay || /month/i.test(result.text);
  if (c.isCertain('weekday') && !c.isCertain('day') && d !== null && m !== null) {
    // "on Thursday": the last Thursday in reported speech of the past, the next one when the sentence looks ahead.
    const at = Date.UTC(y, m - 1, d);
    const refDay = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    const week = 7 * 86_400_000;
    const shifted = !future && at > refDay ? at - week : future && at < refDay ? at + week : at;
    const day = new Date(shifted);
    return `${day.getUTCFullYear()}-${String(day.getUTCMonth() + 1).padStart(2, '0')}-${String(day.getUTCDate()).padStart(2, '0')}`;
  }
  if (!c.isCertain('year') && !relative && m !== null) {
    // "in February" in an article of September: this year's February, or next year's when the sentence looks ahead.
    const refMonth = ref.getUTCMonth() + 1;
    y = ref.getUTCFullYear();
    if (future && m < refMonth) y += 1;
    if (!future && m > refMonth) y -= 1;
  }
  const yyyy = String(y).padStart(4, '0');
  if (m === null || !hasMonth) return yyyy;
  const mm = String(m).padStart(2, '0');
  if (d === null || !hasDay) return `${yyyy}-${mm}`;
  return `${yyyy}-${mm}-${String(d).padStart(2, '0')}`;
}

/** Words without which a sentence gives no date: chrono is only asked when one is there. */
const DATE_HINT =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(today|yesterday|tomorrow|tonight|week|month|year|ago|\d{4})\b/;
const FUTURE = /\b(will|next|upcoming|scheduled|due to|plans? to|set to|is to|are to)\b/i;

/** Date expressions of a sentence that can date a happening (not "since …", "before …"). */
function sentenceDates(b: Builder): { start: number; end: number; iso?: string; month?: number }[] {
  const s = b.sentence;
  if (!DATE_HINT.test(s.text)) return [];
  const known = b.context.publishedAt ? new Date(`${b.context.publishedAt.slice(0, 10)}T12:00:00Z`) : undefined;
  // Without the article date no date can be resolved, but a named month still tells happenings apart.
  const ref = known ?? new Date(Date.UTC(2000, 0, 1, 12));
  const future = FUTURE.test(s.text);
  const out: { start: number; end: number; iso?: string; month?: number }[] = [];
  for (const r of chrono.parse(s.text, { instant: ref, timezone: 'UTC' })) {
    const before = s.text.slice(Math.max(0, r.index - 10), r.index).toLowerCase();
    if (/\b(since|before|until|after|from|ago)\s+(early |late |mid-)?$/.test(before)) continue;
    const t = r.text.trim();
    if (/^\d{1,2}$/.test(t) || /^(now|\d+ (days|weeks|months|years))$/i.test(t) || /^\d{1,2}:\d{2}/.test(t)) continue;
    // Abbreviated weekdays and lower-case words ("sat", "may") are ordinary words in running text.
    if (/^\p{Ll}+\.?$/u.test(t) || /^(sat|sun|mon|tue|tues|wed|thu|thur|thurs|fri)\.?,?$/i.test(t)) continue;
    const span = { start: s.start + r.index, end: s.start + r.index + r.text.length };
    if (!known) {
      const month = r.start.get('month');
      if (r.start.isCertain('month') && month !== null) out.push({ ...span, month });
      continue;
    }
    const iso = isoOf(r, ref, future);
    if (iso) out.push({ ...span, iso });
  }
  return out;
}

const NO_PARTS: readonly string[] = [];

/** Names of the people or countries in a hyphenated compound: "Xi-Putin" → ["Xi", "Putin"]. */
function compoundParts(word: string): readonly string[] {
  if (!startsUpper(word) || !hasDash(word)) return NO_PARTS;
  const parts = word.split(/[-–]/);
  return parts.length >= 2 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p)) ? parts : [];
}

/** Runs of capitalised words in tokens [from, to), each with whether a possessive follows it. */
function capitalRuns(tokens: Token[], from: number, to: number): { text: string; owner: boolean; start: number }[] {
  const runs: { text: string; owner: boolean; start: number }[] = [];
  let j = from;
  while (j < to) {
    if (!isCap(tokens[j]) || NOT_NAME_WORDS.has(tokens[j].text)) {
      j++;
      continue;
    }
    let e = j + 1;
    while (e < to && isCap(tokens[e]) && !NOT_NAME_WORDS.has(tokens[e].text)) e++;
    runs.push({ text: textsOf(tokens, j, e).join(' '), owner: POSSESSIVE.test(tokens[e]?.text ?? ''), start: j });
    j = e;
  }
  return runs;
}

/** Reads what the sentence says about the happening named by tokens [from, to), its head noun last. */
function eventFrameAround(
  tokens: Token[],
  from: number,
  to: number,
  kind: string,
  scanned?: { end: number },
  postStart = to,
): EventFrame {
  const frame: EventFrame = { kind, participants: [] };
  const addParticipant = (name: string) => {
    if ((kind === 'meeting' || kind === 'summit') && (COUNTRY_BY_NAME.has(name) || COUNTRY_BY_DEMONYM.has(name) || COUNTRY_BY_CAPITAL.has(name))) return;
    if (!frame.participants.includes(name)) frame.participants.push(name);
  };
  // "Ukrainian crisis" is a crisis in Ukraine, "Russian war of aggression against Ukraine" a war by Russia.
  let demonymTarget: string | undefined;
  // Before the noun: "Xi-Putin meeting", "Pelosi's visit", "Russia's invasion", "SCO summit", "Russian invasion".
  for (const run of capitalRuns(tokens, from, to - 1)) {
    const w = run.text;
    const parts = compoundParts(w);
    if (parts.length > 0) parts.forEach(addParticipant);
    else if (COUNTRY_BY_DEMONYM.has(w)) {
      if (kind === 'war' && /^(crisis|conflict|war)$/i.test(tokens[to - 1].text) && !run.owner) demonymTarget ??= w;
      else if (kind === 'war' || kind === 'visit') frame.agent ??= w;
      else addParticipant(w);
    } else if (COUNTRY_BY_NAME.has(w)) {
      if (kind === 'war') {
        if (run.owner) frame.agent ??= w;
        else frame.target ??= w;
      } else if (kind === 'visit' && run.owner) frame.agent ??= w;
      else addParticipant(w);
    } else if (COUNTRY_BY_CAPITAL.has(w) && !run.owner) frame.place ??= w;
    else if (ACRONYM.test(w) || ORG_HEADS.has(w.split(' ').pop() ?? '') || KNOWN_ACRONYMS.has(w.toUpperCase())) frame.organization ??= w;
    else if (kind === 'visit' && run.owner) frame.agent ??= w;
    else if (kind === 'war' && run.owner) frame.agent ??= w;
    else if (!EVENT_HEADS.has(w)) addParticipant(w);
  }
  // After the noun: "between Xi and Putin", "with Xi", "of Ukraine", "to Taipei", "in Samarkand".
  let k = postStart;
  let prep = '';
  // "on the sidelines of the Quad summit in Tokyo": the place of the occasion is the place of the happening.
  let positionName = false;
  const limit = Math.min(tokens.length, postStart + 14);
  while (k < limit) {
    const t = tokens[k];
    const low = lower(t);
    if (t.text === '(' && tokens[k + 2]?.text === ')' && isCap(tokens[k + 1])) {
      k += 3;
      continue;
    }
    if (t.text === ',' && (prep === 'with' || prep === 'between') && ROLE_NOUNS.has(lower(tokens[k - 1])) && isCap(tokens[k + 1])) {
      k++;
      continue;
    }
    if (t.kind !== 'word') {
      if (t.text === ',' && prep === 'of' && kind === 'visit') {
        // "the visit of Nancy Pelosi, President of the US House, to Taiwan": skip the appositive.
        let e = k + 1;
        while (e < limit && tokens[e].text !== ',') e++;
        if (e < limit) {
          k = e + 1;
          prep = '';
          continue;
        }
      }
      break;
    }
    if (['between', 'with', 'of', 'to', 'in', 'at', 'against', 'on', 'around', 'near', 'into', 'and'].includes(low)) {
      if (low !== 'and') prep = low;
      else if (prep !== 'between') break;
      k++;
      continue;
    }
    if (COUNTRY_BY_DEMONYM.has(t.text) && lower(tokens[k + 1]) === 'capital' && prep) {
      const capital = COUNTRY_BY_DEMONYM.get(t.text)?.capital;
      if (capital) {
        if (kind === 'visit' && prep === 'to') frame.target ??= capital;
        else frame.place ??= capital;
      }
      k += 2;
      prep = '';
      continue;
    }
    if (isCap(t) && !NOT_NAME_WORDS.has(t.text)) {
      let e = k + 1;
      while (e < limit && !NOT_NAME_WORDS.has(tokens[e].text) && (isCap(tokens[e]) || (CONNECTORS.has(lower(tokens[e])) && lower(tokens[e]) !== 'and' && lower(tokens[e]) !== 'on' && isCap(tokens[e + 1])))) e++;
      const name = tokens.slice(k, e).map((x) => x.text).join(' ');
      const ownerOf = POSSESSIVE.test(tokens[e]?.text ?? '');
      if (ownerOf || (['city', 'capital', 'town', 'region', 'province', 'port'].includes(lower(tokens[e])) && lower(tokens[e + 1]) === 'of')) {
        // "with Tajikistan's President Emomali Rahmon", "in the Silk Road city of Samarkand": the name comes later.
        k = ownerOf ? e + 1 : e + 2;
        continue;
      }
      if (NOT_NAME_WORDS.has(name.split(' ')[0])) {
        k = e;
        continue;
      }
      if (prep === 'between' || prep === 'with') addParticipant(name);
      else if (prep === 'of' && kind === 'visit') frame.agent ??= name;
      else if (prep === 'of' || prep === 'against' || prep === 'on' || prep === 'into') {
        if (COUNTRY_BY_NAME.has(name) || kind === 'war') frame.target ??= name;
        else if (ORG_HEADS.has(name.split(' ').pop() ?? '') || ACRONYM.test(name)) frame.organization ??= name;
      } else if (prep === 'to') {
        if (kind === 'meeting') frame.place ??= name;
        else frame.target ??= name;
      }
      else if (prep === 'in' || prep === 'at' || prep === 'around' || prep === 'near') {
        if (kind === 'war') {
          if (COUNTRY_BY_NAME.has(name)) frame.target ??= name;
        } else if (!frame.place) {
          const capital = name.split(' ').find((w) => COUNTRY_BY_CAPITAL.has(w));
          frame.place = capital && !COUNTRY_BY_CAPITAL.has(name) ? capital : name;
        }
      } else if (prep === 'of-position') {
        const capital = name.split(' ').find((w) => COUNTRY_BY_CAPITAL.has(w));
        if (capital) frame.place ??= capital;
        positionName = true;
      }
      k = e;
      if (prep !== 'between') prep = '';
      continue;
    }
    if (low === 'during' && kind === 'meeting') {
      k++;
      prep = 'during';
      continue;
    }
    if (prep === 'during' && (DETERMINERS.has(low) || /^(visit|trip)$/.test(low))) {
      k++;
      if (/^(visit|trip)$/.test(low)) prep = 'in';
      continue;
    }
    if (isCap(t) && NOT_NAME_WORDS.has(t.text) && prep) {
      // "met in February at the Beijing Winter Olympics": dates between the noun and the place.
      k++;
      continue;
    }
    if (prep && ['city', 'town', 'capital', 'port', 'region', 'province'].includes(low) && lower(tokens[k + 1]) === 'of') {
      k += 2;
      continue;
    }
    if (prep && (DETERMINERS.has(low) || COUNTRY_BY_DEMONYM.has(t.text) || ROLE_NOUNS.has(low) || ['city', 'capital', 'ancient', 'island', 'neighbouring', 'neighboring', 'early', 'late', 'mid', 'this', 'year'].includes(low))) {
      k++;
      continue;
    }
    if (prep && ['opening', 'sidelines', 'margins', 'start', 'end', 'eve', 'close', 'outbreak', 'beginning'].includes(low) && lower(tokens[k + 1]) === 'of') {
      k += 2;
      prep = 'of-position';
      continue;
    }
    // "in the western city of Lviv": adjectives between a preposition and the place.
    if ((prep === 'in' || prep === 'at' || prep === 'to') && /^\p{Ll}+$/u.test(t.text) && (isCap(tokens[k + 1]) || ['city', 'town', 'capital', 'port', 'region', 'province'].includes(lower(tokens[k + 1])))) {
      k++;
      continue;
    }
    if (positionName && !prep && EVENT_NOUNS.has(low)) {
      k++;
      continue;
    }
    if (prep === 'of' && kind !== 'visit' && /^\p{Ll}/u.test(t.text)) {
      k++;
      continue;
    }
    break;
  }
  if (scanned) scanned.end = k;
  if (demonymTarget) {
    if (frame.target) frame.agent ??= demonymTarget;
    else frame.target = COUNTRY_BY_DEMONYM.get(demonymTarget)?.name;
  }
  return frame;
}

/** The nearest person named before char offset `at` in the sentence, as written. */
function personBefore(b: Builder, first: number, at: number): string | undefined {
  for (let i = b.out.length - 1; i >= first; i--) {
    const m = b.out[i];
    if (m.label === 'Person' && m.end <= at) return m.normalized ?? m.text;
  }
  return undefined;
}

/** People named before char offset `at` in the sentence, as written. */
function peopleBefore(b: Builder, first: number, at: number): string[] {
  return b.out.slice(first).filter((m) => m.label === 'Person' && m.end <= at).map((m) => m.normalized ?? m.text);
}

const DEFINITE = /^(the|this|that|these|those|their|its|his|her|our|both)$/;
const HYPOTHETICAL = /^(potential|possible|future|hypothetical|any|an?other|new|deter|prevent)$/;
const EVENT_MODIFIERS =
  /^(sanctions|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|joint|naval|military|bilateral|trilateral|face-to-face|in-person|closed-door|regional|two-day|three-day|state|official|party|brief|first|last|latest|large-scale|multinational|separate|full-scale|unprovoked|special|air|ground|nuclear|annual|emergency|virtual|summit|leaders|war|\d+(st|nd|rd|th)|twice-in-a-decade|once-in-a-decade|high-stakes|historic|landmark)$/;

/** The token after a role description before a name ("his Turkish counterpart" Hakan Fidan), else j. */
function afterCounterpart(tokens: Token[], j: number): number {
  if (!/^(his|her|their|its)$/.test(lower(tokens[j]))) return j;
  let k = j + 1;
  while (k < tokens.length && k < j + 4 && COUNTRY_BY_DEMONYM.has(tokens[k].text)) k++;
  return /^counterparts?$/.test(lower(tokens[k])) ? k + 1 : j;
}
const HOST_VERBS: ReadonlySet<string> = new Set(['hosted', 'hosts', 'hosting', 'received', 'receives']);
const EVENT_VERBS: ReadonlySet<string> = new Set(['met', 'meet', 'meets', 'invaded', 'invades', 'visited', 'visits']);
/** Every word that can start an Event mention in findEvents: event nouns, event and host verbs, "meeting", "package". */
const EVENT_CUES: ReadonlySet<string> = new Set([...EVENT_NOUNS.keys(), ...HOST_VERBS, ...EVENT_VERBS, 'meeting', 'package']);

/** Whether a Person mention of the sentence (from `first` on) starts at `start`. */
function personStartsAt(b: Builder, first: number, start: number | undefined): boolean {
  for (let k = first; k < b.out.length; k++) if (b.out[k].label === 'Person' && b.out[k].start === start) return true;
  return false;
}

/**
 * The Event mention of the event noun or verb at token i of kind `kind`, added to the sentence's
 * mentions and `found` when the sentence supports it; returns the token to go on after.
 */
function eventAt(b: Builder, tokens: Token[], first: number, found: Mention[], i: number, kind: string, verb: string | undefined): number {
  const t = tokens[i];
  const low = lower(t);
  if (kind === 'meeting' && low === 'meeting' && /^(be|is|are|was|were|been)$/.test(lower(tokens[i - 1]))) return i;
  let from = i;
  if (!verb) {
    while (from > 0) {
      const p = tokens[from - 1];
      const pl = lower(p);
      if (p.kind !== 'word' && p.kind !== 'number') break;
      if (DETERMINERS.has(pl) || SPEECH_VERBS.has(pl)) break;
      if ((isCap(p) && !NOT_NAME_WORDS.has(p.text)) || EVENT_MODIFIERS.test(pl) || POSSESSIVE.test(p.text) || (TIME_ANAPHORS.has(pl) && POSSESSIVE.test(tokens[from]?.text ?? ''))) {
        from--;
        continue;
      }
      break;
    }
    if (HYPOTHETICAL.test(lower(tokens[from - 1])) || HYPOTHETICAL.test(lower(tokens[from - 2]))) return i;
  }
  let to = i + 1;
  // Coordinated nouns of one kind are one happening: "joint patrols and exercises".
  if (lower(tokens[to]) === 'and' && EVENT_NOUNS.get(lower(tokens[to + 1])) === kind) to += 2;
  const scanned = { end: to };
  // A verb's objects: "met Ukrainian President Volodymyr Zelensky and UN Secretary-General Antonio Guterres in Lviv".
  const objects: string[] = [];
  let postStart = to;
  if (verb && kind === 'meeting') {
    let j = lower(tokens[to]) === 'with' ? to + 1 : to;
    j = afterCounterpart(tokens, j);
    for (;;) {
      const at = tokens[j];
      const object = at && b.out.slice(first).find((m) => m.label === 'Person' && m.start === at.start);
      if (!object) break;
      objects.push(object.normalized ?? object.text);
      while (j < tokens.length && tokens[j].end <= object.end) j++;
      postStart = j;
      if ((tokens[j]?.text === ',' || lower(tokens[j]) === 'and') && tokens[j + 1]) j++;
      else break;
    }
  }
  const frame = eventFrameAround(tokens, from, to, kind, scanned, postStart);
  // "the Shanghai Cooperation Organisation (SCO) summit": the acronym in brackets names the organiser.
  if (tokens[from - 1]?.text === ')' && tokens[from - 3]?.text === '(' && isCap(tokens[from - 2])) frame.organization ??= tokens[from - 2].text;
  if (!verb && DEFINITE.test(lower(tokens[from - 1])) || POSSESSIVE.test(tokens[from + 1]?.text ?? '') && TIME_ANAPHORS.has(lower(tokens[from]))) frame.anaphoric = true;
  if (verb) {
    const subject = personBefore(b, first, t.start);
    const subjects = peopleBefore(b, first, t.start);
    if (kind === 'war' || kind === 'visit') {
      const countrySubject = [...b.out.slice(first)].reverse().find((m) => m.label === 'Country' && m.end <= t.start);
      frame.agent = kind === 'war' ? countrySubject?.normalized ?? countrySubject?.text : subject;
      const object = tokens[i + 1];
      if (isCap(object)) frame.target = object.text;
    } else {
      const sentenceStart = b.sentence.text.slice(0, t.start - b.sentence.start);
      const clause = sentenceStart.split(/[,;:]/).pop()?.trim() ?? '';
      if (/\band\b/.test(clause) && subjects.length >= 2) subjects.slice(-2).forEach((p) => frame.participants.includes(p) || frame.participants.push(p));
      else if (subject) frame.participants.unshift(subject);
      else if (PLURAL_ANAPHORS.test(clause.replace(/\s+(last|first|also|have|had|has|will|would|were|are|never|often|previously|once)$/i, ''))) frame.participants.push('*pair');
      for (const o of objects) if (!frame.participants.includes(o)) frame.participants.push(o);
    }
    if (kind === 'meeting' && frame.participants.length < 2 && !frame.participants.includes('*pair')) return i;
  } else if (kind === 'meeting' && frame.participants.length <= 1) {
    const before = b.sentence.text.slice(0, tokens[from].start - b.sentence.start);
    if (/\b(their|the two leaders['’]|the pair['’]s)\s*$/i.test(before)) {
      const subjects = peopleBefore(b, first, tokens[from].start);
      if (subjects.length >= 2) subjects.slice(-2).forEach((p) => frame.participants.push(p));
      else frame.participants.push('*pair');
    } else if (frame.participants.length === 1 && /^with$/i.test(lower(tokens[to]))) {
      const subject = personBefore(b, first, tokens[from].start);
      if (subject && subject !== frame.participants[0]) frame.participants.unshift(subject);
    } else if (frame.participants.length === 0) {
      // "Wang Yi and Antony Blinken held more than five hours of talks": the subjects of "held … talks".
      const subjects = peopleBefore(b, first, tokens[from].start);
      const clause = b.sentence.text.slice(0, tokens[from].start - b.sentence.start).split(/[,;:]/).pop() ?? '';
      if (subjects.length >= 2 && /\band\b/.test(clause) && /\b(hold|held|holds|holding|began|begin|begins|start|started|have|had|conducted|opened)\b/.test(clause)) subjects.slice(-2).forEach((p) => frame.participants.push(p));
    }
    if (frame.participants.length === 1 && frame.participants[0] !== '*pair') {
      const after = b.out.slice(first).find((m) => m.label === 'Person' && m.kind !== 'description' && m.start >= tokens[to - 1].end && !frame.participants.includes(m.normalized ?? m.text) && !(m.normalized ?? m.text).includes(frame.participants[0]) && !frame.participants[0].includes(m.normalized ?? m.text));
      if (after && /^\s*(In|At|During)\b/.test(b.sentence.text)) frame.participants.push(after.normalized ?? after.text);
    }
  } else if (kind === 'visit' && !frame.agent) {
    frame.agent = peopleBefore(b, first, tokens[from].start)[0];
  }
  if (kind === 'visit' && !frame.target && !verb) {
    const arrived = /\b(arrived|arrives|arriving|landed|lands|travelled|traveled|flew)\s+(in|to)\s+((?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)/u.exec(b.sentence.text);
    if (arrived) frame.target = arrived[3].replace(/^the\s+/, '');
  }
  if (kind === 'summit' && !frame.organization && /^(their|its)$/.test(lower(tokens[from - 1]))) {
    // "Leaders of the Group of Seven opened their summit": the grouping named before holds it.
    const holder = [...b.out.slice(first)].reverse().find((m) => m.label === 'Organization' && m.end <= tokens[from].start);
    if (holder) frame.organization = holder.text;
  }
  if (kind === 'sanctions') {
    const by = b.out.slice(first).find((m) => (m.label === 'Organization' || m.label === 'Country') && m.end <= tokens[from].start);
    if (by) frame.agent = by.normalized ?? by.text;
  }
  const m = add(b, tokens, from, verb ? i + 1 : to, 'Event', 'description', { frame });
  found.push(m);
  return kind === 'meeting' && tokens.slice(to, scanned.end).some((x) => /^(visit|trip)$/i.test(x.text)) ? scanned.end - 1 : to - 1;
}

/** Event nouns and verbs: "the Xi-Putin meeting", "talks between Xi and Putin", "Russia invaded Ukraine". */
function findEvents(b: Builder, tokens: Token[], first: number): void {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const low = lower(t);
    if (!EVENT_CUES.has(low)) continue;
    let kind = EVENT_NOUNS.get(low);
    // Capitalised event nouns inside a name ("Winter Olympics") belong to the named event.
    if (kind !== undefined && /^\p{Lu}/u.test(t.text) && isCap(tokens[i - 1])) continue;
    const nextWord = tokens[i + 1];
    const meetingVerb =
      low === 'meeting' &&
      !DETERMINERS.has(lower(tokens[i - 1])) &&
      !POSSESSIVE.test(tokens[i - 1]?.text ?? '') &&
      !EVENT_MODIFIERS.test(lower(tokens[i - 1])) &&
      ((isCap(nextWord) && !NOT_NAME_WORDS.has(nextWord.text)) || lower(nextWord) === 'with');
    // "Kishida hosted Biden": a meeting, unless the sentence is about the summit being hosted.
    const hostVerb =
      HOST_VERBS.has(low) &&
      personStartsAt(b, first, tokens[afterCounterpart(tokens, i + 1)]?.start) &&
      !/\b(summit|conference|congress|games|olympics)\b/i.test(b.sentence.text);
    const verb = EVENT_VERBS.has(low) || meetingVerb || hostVerb ? low : undefined;
    // "a package of sanctions", "the eighth sanctions package": a sanctions package is one happening.
    if (!kind && low === 'package' && (lower(tokens[i - 1]) === 'sanctions' || (lower(tokens[i + 1]) === 'of' && lower(tokens[i + 2]) === 'sanctions'))) kind = 'sanctions';
    if (!kind && !verb) continue;
    if (verb) kind = verb.startsWith('inv') ? 'war' : verb.startsWith('vis') ? 'visit' : 'meeting';
    if (!kind) continue;
    i = eventAt(b, tokens, first, found, i, kind, verb);
  }
  // A date dates the happenings named in its clause (wars only by a month or year right next to them).
  if (!b.out.slice(first).some((x) => x.label === 'Event')) return;
  for (const d of sentenceDates(b)) {
    for (const m of b.out.slice(first).filter((x) => x.label === 'Event')) {
      if (!m.frame || m.frame.date) continue;
      const [left, right] = d.start >= m.end ? [m.end, d.start] : [d.end, m.start];
      const between = right > left ? b.sentence.text.slice(left - b.sentence.start, right - b.sentence.start) : '';
      if (right - left > 120 || /\b(since|after|before|when|while|until|that|which|who|where|as|but)\b|[,;:–—(]/.test(between)) continue;
      if (m.frame.kind === 'war') {
        const text = b.sentence.text.slice(d.start - b.sentence.start, d.end - b.sentence.start);
        if (right - left > 4 || !/\b(January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b/.test(text)) continue;
      }
      if (d.iso) m.frame.date = d.iso;
      else if (d.month !== undefined) m.frame.month ??= d.month;
    }
  }
}

const LEADER_FIRST_WORDS: ReadonlySet<string> = new Set([...LEADER_NOUNS].map((n) => n.split(' ')[0]).concat('capital'));

/** Role descriptions without a name: "the Chinese leader", "his Chinese counterpart", "the Kremlin chief". */
function findDescriptions(b: Builder, tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const low = lower(t);
    if (low === 'capital' && lower(tokens[i - 2]) === 'the' && COUNTRY_BY_DEMONYM.get(tokens[i - 1].text)?.capital) {
      const capital = COUNTRY_BY_DEMONYM.get(tokens[i - 1].text)?.capital ?? '';
      add(b, tokens, i - 2, i + 1, 'Place', 'description', { normalized: capital, country: COUNTRY_BY_DEMONYM.get(tokens[i - 1].text)?.name });
      continue;
    }
    if (!LEADER_FIRST_WORDS.has(low)) continue;
    const two = `${low} ${lower(tokens[i + 1])}`;
    const noun = LEADER_NOUNS.has(two) ? two : LEADER_NOUNS.has(low) ? low : undefined;
    if (!noun || /^\p{Lu}/u.test(t.text)) continue;
    const end = noun === two ? i + 2 : i + 1;
    if (isCap(tokens[end]) && !NOT_NAME_WORDS.has(tokens[end].text)) continue;
    const country = countryBefore(tokens, i);
    if (!country) continue;
    let from = POSSESSIVE.test(tokens[i - 1].text) ? i - 2 : i - 1;
    if (from > 0 && DETERMINERS.has(lower(tokens[from - 1]))) from--;
    add(b, tokens, from, end, 'Person', 'description', { role: noun, country: country.name });
  }
}

/** Parties named before a lower-case "party": "Orban's Fidesz party", "the ruling Bharatiya Janata party". */
function findParties(b: Builder, tokens: Token[], first: number): void {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].text !== 'party' || !isCap(tokens[i - 1])) continue;
    let s = i - 1;
    while (s > 0 && isCap(tokens[s - 1])) s--;
    const name = textsOf(tokens, s, i).join(' ');
    if (countryOfWord(name) || NOT_NAME_WORDS.has(tokens[s].text)) continue;
    const covered = b.out.slice(first).findIndex((m) => m.start <= tokens[s].start && m.end >= tokens[i - 1].end);
    if (covered >= 0) b.out.splice(first + covered, 1);
    add(b, tokens, s, i + 1, 'Organization', 'name', { normalized: name });
  }
}

/** Government departments written in lower case: "the Russian defence ministry", "China's foreign ministry". */
function findMinistries(b: Builder, tokens: Token[]): void {
  for (let i = 2; i < tokens.length; i++) {
    if (lower(tokens[i]) !== 'ministry' || /^\p{Lu}/u.test(tokens[i].text)) continue;
    const portfolio = tokens[i - 1];
    if (!/^\p{Ll}+$/u.test(portfolio.text)) continue;
    const country = countryBefore(tokens, i - 1);
    if (!country) continue;
    const from = POSSESSIVE.test(tokens[i - 2].text) ? i - 3 : i - 2;
    add(b, tokens, from, i + 1, 'Organization', 'name', { country: country.name });
  }
}

/** People named next to a lower-case role or a speech verb: "said Wan Qingsong, an associate …". */
function findContextPeople(b: Builder, tokens: Token[], start: number): void {
  for (const m of b.out.slice(start)) {
    if (m.label !== 'Person' || m.kind !== 'name') continue;
    const i = tokens.findIndex((t) => t.start === m.start);
    const j = tokens.findIndex((t) => t.end === m.end);
    const prev = lower(tokens[i - 1]);
    const next = tokens[j + 1];
    const after = lower(tokens[j + 2]);
    const appositive = next?.text === ',' && (/^(a|an|the|who|senior|former|deputy|chief|acting)$/.test(after) || ROLE_NOUNS.has(after));
    if (ROLE_NOUNS.has(prev) && !m.role) m.role = prev;
    if (appositive && !m.role) {
      let k = j + 2;
      while (k < tokens.length && tokens[k].kind !== 'punct' && k - j < 14) k++;
      const roleText = b.sentence.text.slice(tokens[j + 2].start - b.sentence.start, tokens[k - 1].end - b.sentence.start);
      m.role = roleText.replace(/^(a|an|the)\s+/i, '');
    }
  }
}

/** Types the capitalised run of a Title Case headline: whole names when known, else word by word. */
function titleCaseChunk(b: Builder, tokens: Token[], from: number, to: number): void {
  let i = from;
  while (i < to) {
    let matched = 0;
    for (let n = Math.min(to - i, MAX_COUNTRY_WORDS); n >= 2; n--) {
      const name = textsOf(tokens, i, i + n).join(' ');
      if (COUNTRY_BY_NAME.has(name) || COUNTRY_BY_CAPITAL.has(name) || KNOWN_EXPANSIONS.has(name)) {
        analyzeChunk(b, tokens, i, i + n);
        matched = n;
        break;
      }
    }
    if (matched === 0) {
      if (!CONNECTORS.has(tokens[i].text)) singleWord(b, tokens, i);
      matched = 1;
    }
    i += matched;
  }
}

/** Finds the typed mentions of the article's sentences. */
export function findMentions(sentences: readonly Sentence[], context: MentionContext = {}): Mention[] {
  const out: Mention[] = [];
  for (const sentence of sentences) {
    const b: Builder = { sentence, out, context };
    const tokens = sentence.tokens;
    const headline = !endsSentenceMark(sentence.text.trimEnd());
    const words = headline ? tokens.filter((t) => t.kind === 'word' && !CONNECTORS.has(t.text) && !POSSESSIVE.test(t.text) && !/^(a|an|to|in|on|at|by|as|is|vs)$/i.test(t.text)) : [];
    const titleCase = headline && words.length >= 4 && words.filter((t) => startsUpper(t.text)).length >= words.length * 0.85;
    const first = out.length;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const compound = t.kind === 'word' && startsUpper(t.text) && hasDash(t.text) ? ADJECTIVE_COMPOUND.exec(t.text) : null;
      if (compound) {
        const c = COUNTRY_BY_CAPITAL.get(compound[1]) ?? COUNTRY_BY_NAME.get(compound[1]);
        if (c) out.push({ start: t.start, end: t.start + compound[1].length, text: compound[1], label: COUNTRY_BY_NAME.has(compound[1]) ? 'Country' : 'Place', kind: 'name', sentence: sentence.index, normalized: COUNTRY_BY_NAME.has(compound[1]) ? c.name : compound[1] });
        continue;
      }
      if (!isCap(t)) continue;
      let e = i + 1;
      while (e < tokens.length) {
        const n = tokens[e];
        if (isCap(n) && n.start - tokens[e - 1].end <= 1) {
          e++;
          continue;
        }
        // An initial inside a name: "George W. Bush".
        if (n.text === '.' && /^\p{Lu}$/u.test(tokens[e - 1].text) && n.start === tokens[e - 1].end && isCap(tokens[e + 1])) {
          e += 2;
          continue;
        }
        if (n.kind === 'word' && CONNECTORS.has(n.text) && n.start - tokens[e - 1].end <= 1) {
          let f = e + 1;
          while (f < tokens.length && CONNECTORS.has(tokens[f].text)) f++;
          if (isCap(tokens[f]) || (tokens[f]?.kind === 'number' && lower(tokens[e]) === 'of')) {
            e = f + 1;
            continue;
          }
        }
        break;
      }
      if (titleCase && e - i > 1) {
        // A headline in Title Case ("Putin Hails Xi's Stance On Ukraine"): capitals say nothing about names,
        // so only names known as a whole (countries, organisations with a head word) or word by word count.
        titleCaseChunk(b, tokens, i, e);
      } else analyzeChunk(b, tokens, i, e);
      i = e - 1;
    }
    findDescriptions(b, tokens);
    findMinistries(b, tokens);
    findParties(b, tokens, first);
    findEvents(b, tokens, first);
    findContextPeople(b, tokens, first);
    // Hyphenated pairs of names before an event noun: "Xi-Putin meeting" names both people.
    for (let i = 0; i < tokens.length; i++) {
      const parts = compoundParts(tokens[i].text);
      if (parts.length === 0) continue;
      let offset = tokens[i].start;
      for (const p of parts) {
        const c = COUNTRY_BY_NAME.get(p);
        const m: Mention = c
          ? { start: offset, end: offset + p.length, text: p, label: 'Country', kind: 'name', sentence: sentence.index, normalized: c.name }
          : { start: offset, end: offset + p.length, text: p, label: 'Person', kind: 'surname', sentence: sentence.index, normalized: p };
        if (c || EVENT_NOUNS.has(lower(tokens[i + 1]))) out.push(m);
        offset += p.length + 1;
      }
    }
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}
