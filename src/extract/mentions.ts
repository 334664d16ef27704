/**
 * Stage `mentions`: finds typed spans that name or refer to people, countries, organisations, places
 * and events, from the shape of the text: capitalisation, titles and role words, organisation, place and
 * event head words, context words (speech verbs, locative prepositions) and the world-knowledge
 * gazetteers of gazetteer.ts. No list of particular people, organisations or events is used.
 */
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
  COMPANY_HEADS,
  CONSTITUENT_COUNTRIES,
  KNOWN_ACRONYMS,
  LEADER_NOUNS,
  LOCATIVE_WORDS,
  MAX_COUNTRY_WORDS,
  MOTION_WORDS,
  NOT_ACRONYMS,
  NOT_NAME_WORDS,
  ORG_HEADS,
  PERSON_TITLES,
  PLACE_ABBREVIATIONS,
  PLACE_HEADS,
  REGION_QUALIFIERS,
  ROLE_NOUNS,
  WEAK_ORG_HEADS,
  type CountryInfo,
} from './gazetteer.js';
import { eventFrameAround, findEvents } from './event-frames.js';
import { DETERMINERS, MONTH_ABBREVIATIONS, MONTHS, PERSON_ACT_VERBS } from './lexicon.js';
import {
  ACRONYM,
  ADJECTIVE_COMPOUND,
  CONNECTORS,
  POSSESSIVE,
  add,
  compoundParts,
  hasDash,
  isCap,
  lower,
  textsOf,
  type Builder,
  type MentionContext,
} from './mention-tokens.js';
import { startsUpper } from './sentences.js';
import type { Mention, MentionKind, Sentence, Token } from './types.js';

/** Head words of named things that are none of our entity types (policies, treaties, products). */
const OTHER_HEADS = new Set(
  'Initiative Policy Act Plan Strategy Doctrine Principle Treaty Agreement Accord Declaration Index Prize Award Project Model Bill Law Charter Convention Protocol Resolution Report Deal Pact Study Survey Census'.split(
    ' ',
  ),
);
const KNOWN_EXPANSIONS: ReadonlySet<string> = new Set(KNOWN_ACRONYMS.values());
/** Institutions that news name by one capitalised word after "the" or a country. */
const SINGLE_WORD_BODIES: ReadonlySet<string> = new Set([
  'Pentagon',
  'Bundestag',
  'Knesset',
  'Duma',
  'Congress',
  'Senate',
  'Parliament',
  'Politburo',
  'Cabinet',
  'Bundesrat',
  'Storting',
  'Riksdag',
  'Sejm',
  'Majlis',
  'Diet',
]);
/** First words of place names that are not given names ("New York", "San Francisco", "St Petersburg"). */
const PLACE_PREFIXES: ReadonlySet<string> = new Set(
  'New Los Las San Santa Santo Sao São St St. Saint Port Fort Mount Lake Cape El La Tel Abu Rio Buenos Kuala Hong Ho Addis'.split(
    ' ',
  ),
);
/** Adjectives of regions and blocs that capitalised runs share with names ("Central Asian", "Western"). */
const NOT_PERSON_WORDS: ReadonlySet<string> = new Set(
  'Asian European African American Western Eastern Northern Southern Soviet Arctic Pacific Atlantic Nordic Baltic Islamic Arab Latin Balkan Caucasian Mediterranean Olympic Covid Covid-19 Christian Muslim Jewish Catholic Orthodox Communist Socialist Democratic Republican Conservative Liberal'.split(
    ' ',
  ),
);
/**
 * First words of the countries' names: a run of words can start a country's name only with one, so
 * no longer name is put together to be looked up otherwise.
 */
const COUNTRY_FIRST_WORDS: ReadonlySet<string> = new Set([...COUNTRY_BY_NAME.keys()].map((n) => n.split(' ')[0]));
/** Lower-case particles inside personal names ("Ursula von der Leyen"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'bin',
  'ibn',
  'dos',
]);

/** Characters that end a sentence of running text: . ! ? … " ” ’ ). */
const SENTENCE_MARKS: ReadonlySet<number> = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x22, 0x201d, 0x2019, 0x29]);
const endsSentenceMark = (s: string): boolean => s.length > 0 && SENTENCE_MARKS.has(s.charCodeAt(s.length - 1));
/** A Roman numeral up to 39 ("XVII", as in "part XVII" or "Pope Benedict XVI"), not an acronym. */
const ROMAN_NUMERAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * Whether a capitalised token is the acronym of an organisation. One with a digit is one only when known
 * (G20, P5): "IE6", "F16", "A320" name products and models; an expansion in brackets before it
 * ("Movimento 5 Stelle (M5S)") is read by the bracket rule of the mention stage.
 */
const isAcronym = (t: Token): boolean => {
  const upper = t.text.replace(/\./g, '').toUpperCase();
  if (!ACRONYM.test(t.text) || NOT_ACRONYMS.has(upper) || ROMAN_NUMERAL.test(upper)) return false;
  return !/\p{N}/u.test(upper) || KNOWN_ACRONYMS.has(upper);
};

function countryOfWord(word: string): CountryInfo | undefined {
  return COUNTRY_BY_NAME.get(word) ?? COUNTRY_BY_DEMONYM.get(word);
}

/** The country named right before token i: a demonym ("Chinese"), or a country with a possessive ("China's"). */
function countryBefore(tokens: Token[], i: number): CountryInfo | undefined {
  return countryBeforeSpan(tokens, i)?.country;
}

/** The country named right before token i, with the index of its first token ("South Korea's" starts at "South"). */
function countryBeforeSpan(tokens: Token[], i: number): { country: CountryInfo; from: number } | undefined {
  const prev = tokens[i - 1];
  if (!prev) return undefined;
  // Two words first: "North Korean", "South Korea's".
  const two = (k: number): string | undefined =>
    isCap(tokens[k - 1]) && isCap(tokens[k]) ? `${tokens[k - 1]!.text} ${tokens[k]!.text}` : undefined;
  const at = (country: CountryInfo | undefined, from: number) => (country ? { country, from } : undefined);
  if (POSSESSIVE.test(prev.text)) {
    const owner = tokens[i - 2];
    if (!owner) return undefined;
    const pair = two(i - 2);
    return (
      at(pair === undefined ? undefined : COUNTRY_BY_NAME.get(pair), i - 3) ??
      at(
        COUNTRY_BY_NAME.get(owner.text) ?? COUNTRY_BY_SEAT.get(owner.text) ?? COUNTRY_BY_CAPITAL.get(owner.text),
        i - 2,
      )
    );
  }
  const pair = two(i - 1);
  return (
    at(pair === undefined ? undefined : countryOfWord(pair), i - 2) ??
    at(countryOfWord(prev.text) ?? COUNTRY_BY_SEAT.get(prev.text), i - 1)
  );
}

/**
 * Nouns for the seat of a body: after a name they make it the body, not a place ("at Google
 * headquarters"). Not "office" or "factory": "the London office" is a place.
 */
const PREMISES_NOUNS: ReadonlySet<string> = new Set(['headquarters', 'hq']);
/** Words between a preposition and a place's name that say which part of it: "near downtown Taipei". */
const PLACE_ADJECTIVES: ReadonlySet<string> = new Set([
  'downtown',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'greater',
  'suburban',
  'rural',
  'coastal',
  'inner',
  'outer',
]);

/** Whether a capital named at token i is a location (after "in", "visit to") rather than its government. */
/** A head word that names a body on its own terms ("Post", "University"), not one that needs a qualifier. */
const STRONG_HEAD = (w: string): boolean => ORG_HEADS.has(w) && !WEAK_ORG_HEADS.has(w);

/** Whether the name at token i follows a capital "The" that does not start its sentence. */
function titledByThe(tokens: Token[], i: number): boolean {
  const the = tokens[i - 1];
  const before = tokens[i - 2];
  return the?.text === 'The' && before !== undefined && before.kind === 'word' && the.start - before.end <= 1;
}

function isLocative(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  // "at Google headquarters", "outside Acme's offices": the name is the body whose premises they are.
  if (PREMISES_NOUNS.has(lower(next)) || (next?.text === "'s" && PREMISES_NOUNS.has(lower(tokens[i + 2]))))
    return false;
  let j = i - 1;
  while (
    j >= 0 &&
    (lower(tokens[j]) === 'the' ||
      PLACE_ADJECTIVES.has(lower(tokens[j])) ||
      (/^\p{Lu}/u.test(tokens[j].text) && COUNTRY_BY_DEMONYM.has(tokens[j].text)))
  )
    j--;
  const prev = lower(tokens[j]);
  // "Tokyo, Japan" is a place in its country; "Rosatom, Russia's state corporation" is described by it.
  if (
    next?.kind === 'punct' &&
    next.text === ',' &&
    COUNTRY_BY_NAME.has(tokens[i + 2]?.text ?? '') &&
    !POSSESSIVE.test(tokens[i + 3]?.text ?? '')
  )
    return true;
  if (prev === 'to' || prev === 'into')
    return MOTION_WORDS.has(lower(tokens[j - 1])) || MOTION_WORDS.has(lower(tokens[j - 2]));
  if (prev === 'of' && lower(tokens[j - 1]) === 'city') return true;
  return LOCATIVE_WORDS.has(prev);
}

/** Names of months, whole or cut short, which are also given names and surnames ("Theresa May", "Hwang Jun Sok"). */
const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...MONTH_ABBREVIATIONS]);

/**
 * Whether the month word at `k` is part of a person's name: it follows a name word of the same
 * capitalised run and no number follows it ("Theresa May said", not "Friday, May 5").
 */
function monthInName(tokens: Token[], from: number, k: number): boolean {
  return (
    MONTH_WORDS.has(lower(tokens[k])) &&
    k > from &&
    !NOT_NAME_WORDS.has(tokens[k - 1].text) &&
    tokens[k + 1]?.kind !== 'number'
  );
}

/** Splits a capitalised chunk into runs that name one thing each, and types them. */
function analyzeChunk(b: Builder, tokens: Token[], from: number, to: number): void {
  // Leading function words, days and months are not part of a name.
  while (from < to && (NOT_NAME_WORDS.has(tokens[from].text) || CONNECTORS.has(tokens[from].text))) from++;
  while (
    to > from &&
    (CONNECTORS.has(tokens[to - 1].text) ||
      (NOT_NAME_WORDS.has(tokens[to - 1].text) && !monthInName(tokens, from, to - 1)))
  )
    to--;
  if (from >= to) return;
  const words = textsOf(tokens, from, to);
  const joined = words.length === 1 ? words[0] : words.join(' ');
  const last = words[words.length - 1];

  // A function word, day or month inside the chunk splits it.
  for (let k = from + 1; k < to - 1; k++) {
    if (NOT_NAME_WORDS.has(tokens[k].text) && !CONNECTORS.has(tokens[k].text) && !monthInName(tokens, from, k)) {
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
  const abbreviated = PLACE_ABBREVIATIONS.get(joined);
  if (abbreviated) {
    add(b, tokens, from, to, 'Place', 'name', { normalized: abbreviated });
    return;
  }
  // "the European Union and the South American bloc": "and the" joins two phrases, not one name.
  const andThe = words.findIndex((w, k) => k > 0 && w === 'and' && words[k + 1] === 'the');
  if (andThe > 0) {
    analyzeChunk(b, tokens, from, from + andThe);
    analyzeChunk(b, tokens, from + andThe + 2, to);
    return;
  }
  if (bodyByContext(b, tokens, from, to, words, joined)) return;
  if (OTHER_HEADS.has(last) && !words.slice(0, -1).some(STRONG_HEAD)) return;
  // Named events: "Winter Olympics", "Cold War", "Shanghai Cooperation Organisation Summit"; the host
  // country may follow the head word ("Fan Expo Canada", "Asian Games Indonesia").
  const hostAfterHead = words.length >= 3 && COUNTRY_BY_NAME.has(last) && EVENT_HEADS.has(words[words.length - 2]);
  if (hostAfterHead) {
    add(b, tokens, from, to, 'Event', 'name', { frame: eventFrameAround(tokens, to - 1, to, 'named') });
    return;
  }
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
  if (
    from === 0 &&
    words.length >= 3 &&
    words[1] === 'of' &&
    /s$/.test(words[0]) &&
    !ORG_HEADS.has(words[0]) &&
    !PERSON_TITLES.has(words[0]) &&
    !COUNTRY_BY_NAME.has(joined)
  ) {
    analyzeChunk(b, tokens, from + (words[2] === 'the' ? 3 : 2), to);
    return;
  }
  // "President of the US House of Representatives": a role, then the organisation.
  if (words.length >= 3 && HEAD_TITLES.has(words[0]) && words[1] === 'of' && personAfterTitle(words) < 0) {
    analyzeChunk(b, tokens, from + (words[2] === 'the' ? 3 : 2), to);
    return;
  }
  // "World War II": a named war with a number after its head word.
  if (words.length >= 3 && words[words.length - 2] === 'War' && /^(I{1,3}|One|Two|Three)$/.test(last)) {
    add(b, tokens, from, to, 'Event', 'name', { frame: { kind: 'named', participants: [] } });
    return;
  }
  // "Pardis Aero Systems of Iran": a company name ends at its company word; "of" a country says where it is
  // ("Bank of England", "University of Texas" are names of their own: their head word is no company word).
  const companyOf = words.indexOf('of');
  if (
    companyOf >= 2 &&
    COMPANY_HEADS.has(words[companyOf - 1]) &&
    COUNTRY_BY_NAME.has(words.slice(companyOf + (words[companyOf + 1] === 'the' ? 2 : 1)).join(' '))
  ) {
    analyzeChunk(b, tokens, from, from + companyOf);
    analyzeChunk(b, tokens, from + companyOf + 1, to);
    return;
  }
  // Two names joined by "and", each of two words or more and the second with a head word of its own:
  // "Apex Logistics and Blue Lake Trading" names two companies, not one ("Ministry of Trade and Industry" is one).
  const joinedAt = words.findIndex((w, k) => k >= 2 && (w === 'and' || w === '&') && k <= words.length - 3);
  if (joinedAt > 0 && words.slice(joinedAt + 1).some(STRONG_HEAD) && !words.slice(0, joinedAt).includes('of')) {
    analyzeChunk(b, tokens, from, from + joinedAt);
    analyzeChunk(b, tokens, from + joinedAt + 1, to);
    return;
  }
  // "the Washington Post and Reuters": an "and" right after a strong head word ends that body's name.
  const afterHead = words.findIndex(
    (w, k) => (w === 'and' || w === '&') && k >= 2 && k < words.length - 1 && STRONG_HEAD(words[k - 1]),
  );
  if (afterHead > 0) {
    analyzeChunk(b, tokens, from, from + afterHead);
    analyzeChunk(b, tokens, from + afterHead + 1, to);
    return;
  }
  // Organisations by their head word: "Renmin University", "Ministry of Defence", "White House".
  const headAt = words.findIndex(
    (w, k) => ORG_HEADS.has(w) && (k > 0 || words.length > 1) && !(WEAK_ORG_HEADS.has(w) && words.length === 1),
  );
  // A title word ending the name after "of" is the body's domain: "International Court of Justice".
  if (headAt >= 0 && !(words.length === 1) && !(HEAD_TITLES.has(last) && words[words.length - 2] !== 'of')) {
    const titled = personAfterTitle(words);
    if (titled < 0 || headAt > titled) {
      // "King's College London": a one-word possessive before the head word belongs to the name.
      if (
        headAt === 0 &&
        POSSESSIVE.test(tokens[from - 1]?.text ?? '') &&
        isCap(tokens[from - 2]) &&
        !isCap(tokens[from - 3]) &&
        !countryOfWord(tokens[from - 2].text) &&
        !ORG_HEADS.has(tokens[from - 2].text) &&
        !COUNTRY_BY_SEAT.has(tokens[from - 2].text)
      ) {
        add(b, tokens, from - 2, to, 'Organization', 'name');
        return;
      }
      const prevCountry =
        countryBefore(tokens, from) ??
        COUNTRY_BY_DEMONYM.get(words[0]) ??
        (words.length > 2 ? COUNTRY_BY_NAME.get(words[0]) : undefined);
      add(b, tokens, from, to, 'Organization', 'name', prevCountry ? { country: prevCountry.name } : {});
      return;
    }
  }
  if (KNOWN_EXPANSIONS.has(joined)) {
    add(b, tokens, from, to, 'Organization', 'name');
    return;
  }
  // Places: "Taiwan Strait", "Pacific Ocean", "Central Asia", "Asia-Pacific"; not a person's name after
  // a role noun that happens to end in a place word ("professor Marc Lamont Hill").
  if (
    PLACE_HEADS.has(last) &&
    words.length >= 2 &&
    !words.some((w) => PERSON_TITLES.has(w) || w === 'and' || w === '&') &&
    !ROLE_NOUNS.has(tokens[from - 1]?.text ?? '')
  ) {
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
  // "of The Globe and Mail": a capital "The" inside a sentence starts a title's name (a newspaper, a
  // band, a firm), with an "and" before its last word; not a place after a locative word ("in The
  // Hague"), nor two names ("The Washington Post and Reuters": the first ends in its head word).
  const andAt = words.indexOf('and');
  if (
    words.length >= 2 &&
    titledByThe(tokens, from) &&
    !isLocative(tokens, from) &&
    (andAt < 0 || (andAt === words.length - 2 && !ORG_HEADS.has(words[andAt - 1]))) &&
    personAfterTitle(words) < 0
  ) {
    add(b, tokens, from, to, 'Organization', 'name');
    return;
  }
  // Split at "and": "Xi Jinping and Vladimir Putin".
  const and = words.findIndex((w) => w === 'and' || w === '&');
  if (and > 0) {
    analyzeChunk(b, tokens, from, from + and);
    analyzeChunk(b, tokens, from + and + 1, to);
    return;
  }
  const ofAt = words.findIndex(
    (w, k) =>
      k > 0 &&
      (w === 'of' || w === 'for' || w === 'the' || w === 'on' || (CONNECTORS.has(w) && !NAME_PARTICLES.has(w))),
  );
  if (ofAt > 0) {
    analyzeChunk(b, tokens, from, from + ofAt);
    analyzeChunk(b, tokens, from + ofAt + 1, to);
    return;
  }
  // A country name at the start of a longer chunk ("Russia Ukraine") stands alone.
  for (let n = COUNTRY_FIRST_WORDS.has(words[0]) ? Math.min(MAX_COUNTRY_WORDS, words.length - 1) : 0; n >= 1; n--) {
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
  if (words.some((w) => REGION_QUALIFIERS.has(w) || NOT_PERSON_WORDS.has(w))) return;
  if (PLACE_PREFIXES.has(words[0]) || (isLocative(tokens, from) && !PERSON_TITLES.has(words[0]))) {
    if (words.length <= 3) add(b, tokens, from, to, 'Place', 'name');
    return;
  }
  const particles = words.filter((w) => NAME_PARTICLES.has(w)).length;
  if (
    words.length - particles <= 4 &&
    !NAME_PARTICLES.has(words[0]) &&
    !NAME_PARTICLES.has(last) &&
    words.every(
      (w) => NAME_PARTICLES.has(w) || w === '.' || /^\p{Lu}[\p{Ll}\p{M}'’.-]*(-\p{Lu}[\p{Ll}\p{M}]+)?$/u.test(w),
    )
  ) {
    add(b, tokens, from, to, 'Person', 'name', { normalized: joined.replace(/ \./g, '.') });
  }
}

/** Words for a body that a name may follow in apposition: "the South American bloc Mercosur", "the militant group Hamas". */
const BODY_NOUNS: ReadonlySet<string> = new Set([
  'bloc',
  'alliance',
  'group',
  'grouping',
  'coalition',
  'organisation',
  'organization',
  'consortium',
  'body',
  'union',
  'party',
  'movement',
  'forum',
  'network',
  'agency',
  'firm',
  'company',
  'institute',
  'think-tank',
  'tank',
]);
/** An affiliation before "at": "a professor at", "a senior fellow at", "who teaches at". */
const AFFILIATION_BEFORE_AT =
  /\b(professors?|lecturers?|researchers?|fellows?|analysts?|scholars?|students?|economists?|experts?|deans?|teach(es|ing)?|taught|stud(y|ies|ied|ying)|works?|worked|working)\b(\s+[\p{L}-]+){0,4}\s+at\s*$/iu;

/**
 * An organisation told by its context rather than its words: a name after a word for a body
 * ("the bloc Mercosur") or after "at" in an affiliation ("a professor at Sciences Po").
 */
function bodyByContext(
  b: Builder,
  tokens: Token[],
  from: number,
  to: number,
  words: string[],
  joined: string,
): boolean {
  // The word before, the cheapest test, first: most names follow neither a body noun nor "at".
  const before = lower(tokens[from - 1]);
  if ((before !== 'at' && !BODY_NOUNS.has(before)) || words.length > 4) return false;
  if (PERSON_TITLES.has(words[0]) || COUNTRY_BY_CAPITAL.has(joined) || COUNTRY_BY_DEMONYM.has(words[0])) return false;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || CONNECTORS.has(w))) return false;
  const afterBody = BODY_NOUNS.has(before) && lower(tokens[from - 2]) !== 'of';
  const affiliation =
    before === 'at' && AFFILIATION_BEFORE_AT.test(b.sentence.text.slice(0, tokens[from].start - b.sentence.start));
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
  if (
    orgFrom >= 0 &&
    roleFrom - orgFrom >= 1 &&
    !words.slice(orgFrom, roleFrom).some((w, k) => countryWords.has(orgFrom + k) || countryOfWord(w))
  )
    analyzeChunk(b, tokens, from + orgFrom, from + roleFrom);
  const roleWords = words.slice(roleFrom, nameAt).filter((w) => !HONORIFICS.has(w) && w !== '.');
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
    // The full stop of an honorific ("Mr. Toccafondi") goes with it.
    if (PERSON_TITLES.has(words[k]) || (words[k] === '.' && lastTitle === k - 1 && HONORIFICS.has(words[k - 1]))) {
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
  if (
    rest.filter((w) => !NAME_PARTICLES.has(w)).length > 4 ||
    NAME_PARTICLES.has(rest[0]) ||
    NAME_PARTICLES.has(rest[rest.length - 1])
  )
    return -1;
  if (
    !rest.every(
      (w) =>
        NAME_PARTICLES.has(w) ||
        w === '.' ||
        (/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w) &&
          !ORG_HEADS.has(w) &&
          !COUNTRY_BY_NAME.has(w) &&
          !NOT_NAME_WORDS.has(w)),
    )
  )
    return -1;
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
      if (COUNTRY_BY_CAPITAL.has(title))
        add(b, tokens, i, i + 1, 'Place', 'name', { normalized: title, country: COUNTRY_BY_CAPITAL.get(title)?.name });
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
    if (
      before &&
      before.label === 'Organization' &&
      before.end <= tokens[i - 1].start &&
      tokens[i - 1].start - before.end <= 1
    ) {
      add(b, tokens, i, i + 1, 'Organization', 'acronym', { normalized: w });
      return;
    }
  }
  const upper = w.replace(/\./g, '').toUpperCase();
  if (isAcronym(t) || (KNOWN_ACRONYMS.has(upper) && w.length >= 3)) {
    add(b, tokens, i, i + 1, 'Organization', 'acronym', {
      normalized: KNOWN_ACRONYMS.has(upper) || !ACRONYM.test(w) ? upper : w,
    });
    return;
  }
  // "the People's Daily": a one-word possessive before an organisation head word belongs to the name.
  if (
    ORG_HEADS.has(w) &&
    (!WEAK_ORG_HEADS.has(w) || /^(Daily|Times|Post|News)$/.test(w)) &&
    POSSESSIVE.test(tokens[i - 1]?.text ?? '') &&
    isCap(tokens[i - 2]) &&
    !countryOfWord(tokens[i - 2].text) &&
    !COUNTRY_BY_SEAT.has(tokens[i - 2].text) &&
    !ORG_HEADS.has(tokens[i - 2].text)
  ) {
    add(b, tokens, i - 2, i + 1, 'Organization', 'name');
    return;
  }
  if (CONSTITUENT_COUNTRIES.has(w)) {
    add(b, tokens, i, i + 1, 'Place', 'name');
    return;
  }
  // Institutions named by one word: "the Pentagon", "the Bundestag", "the Senate".
  if (SINGLE_WORD_BODIES.has(w) && (lower(tokens[i - 1]) === 'the' || countryBefore(tokens, i))) {
    const c = countryBefore(tokens, i);
    add(b, tokens, i, i + 1, 'Organization', 'name', c ? { country: c.name } : {});
    return;
  }
  if (
    // One capital, or inner capitals of a joined name ("QazaqGaz", "YouTube", "McDonald").
    !/^\p{Lu}[\p{Ll}\p{M}'’-]+(?:\p{Lu}[\p{Ll}\p{M}'’-]+)*$/u.test(w) ||
    NOT_NAME_WORDS.has(w) ||
    ORG_HEADS.has(w) ||
    PERSON_TITLES.has(w) ||
    EVENT_HEADS.has(w)
  )
    return;
  // Hyphenated pairs of names ("Xi-Putin", "China-Russia") are handled with the event nouns.
  if (/[-–]/.test(w)) return;
  if (isLocative(tokens, i) && !PERSON_ACT_VERBS.has(lower(tokens[i + 1]))) {
    add(b, tokens, i, i + 1, 'Place', 'name');
    return;
  }
  add(b, tokens, i, i + 1, 'Person', 'surname', { normalized: w });
}

/** A capital city: a place where it is a location ("in Beijing", a dateline), else its government acting ("Beijing said"). */
function capitalMention(b: Builder, tokens: Token[], from: number, to: number, name: string): void {
  const capitalOf = COUNTRY_BY_CAPITAL.get(name);
  if (!capitalOf) return;
  // In a list with other names of places ("New South Wales, Victoria, South Australia"), a place.
  const placeName = (t: Token | undefined): boolean =>
    t !== undefined &&
    (COUNTRY_BY_CAPITAL.has(t.text) || (isCap(t) && !NOT_NAME_WORDS.has(t.text) && !COUNTRY_BY_NAME.has(t.text)));
  const listed =
    (tokens[to]?.text === ',' && placeName(tokens[to + 1])) ||
    (tokens[from - 1]?.text === ',' && placeName(tokens[from - 2])) ||
    (from === 0 && (tokens[to]?.text === ',' || tokens[to]?.text === '('));
  if (listed || isLocative(tokens, from) || /^-?based$/.test(lower(tokens[to])))
    add(b, tokens, from, to, 'Place', 'name', { country: capitalOf.name });
  else add(b, tokens, from, to, 'Country', 'metonym', { normalized: capitalOf.name });
}

const LEADER_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...LEADER_NOUNS].map((n) => n.split(' ')[0]).concat('capital'),
);

/** Role descriptions without a name: "the Chinese leader", "his Chinese counterpart", "the Kremlin chief". */
function findDescriptions(b: Builder, tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const low = lower(t);
    if (low === 'capital' && lower(tokens[i - 2]) === 'the' && COUNTRY_BY_DEMONYM.get(tokens[i - 1].text)?.capital) {
      const capital = COUNTRY_BY_DEMONYM.get(tokens[i - 1].text)?.capital ?? '';
      add(b, tokens, i - 2, i + 1, 'Place', 'description', {
        normalized: capital,
        country: COUNTRY_BY_DEMONYM.get(tokens[i - 1].text)?.name,
      });
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
    // The name starts at the country's first word: "South Korea's foreign ministry".
    const owner = countryBeforeSpan(tokens, i - 1);
    if (!owner) continue;
    add(b, tokens, owner.from, i + 1, 'Organization', 'name', { country: owner.country.name });
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
    const appositive =
      next?.text === ',' && (/^(a|an|the|who|senior|former|deputy|chief|acting)$/.test(after) || ROLE_NOUNS.has(after));
    if (ROLE_NOUNS.has(prev) && !m.role) {
      m.role = prev;
      // "North Korean leader Kim Jong Un", "Russia's leader Vladimir Putin": the role's country.
      m.country ??= countryBefore(tokens, i - 1)?.name;
    }
    if (appositive && !m.role) {
      let k = j + 2;
      while (k < tokens.length && tokens[k].kind !== 'punct' && k - j < 14) k++;
      const roleText = b.sentence.text.slice(
        tokens[j + 2].start - b.sentence.start,
        tokens[k - 1].end - b.sentence.start,
      );
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
    const words = headline
      ? tokens.filter(
          (t) =>
            t.kind === 'word' &&
            !CONNECTORS.has(t.text) &&
            !POSSESSIVE.test(t.text) &&
            !/^(a|an|to|in|on|at|by|as|is|vs)$/i.test(t.text),
        )
      : [];
    const titleCase =
      headline && words.length >= 4 && words.filter((t) => startsUpper(t.text)).length >= words.length * 0.85;
    const first = out.length;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // A capitalised word (isCap, without testing the word twice): a word with a capital that is no compound.
      if (t.kind !== 'word' || !startsUpper(t.text)) continue;
      const compound = hasDash(t.text) ? ADJECTIVE_COMPOUND.exec(t.text) : null;
      if (compound) {
        const c = COUNTRY_BY_CAPITAL.get(compound[1]) ?? COUNTRY_BY_NAME.get(compound[1]);
        if (c)
          out.push({
            start: t.start,
            end: t.start + compound[1].length,
            text: compound[1],
            label: COUNTRY_BY_NAME.has(compound[1]) ? 'Country' : 'Place',
            kind: 'name',
            sentence: sentence.index,
            normalized: COUNTRY_BY_NAME.has(compound[1]) ? c.name : compound[1],
          });
        continue;
      }
      let e = i + 1;
      while (e < tokens.length) {
        const n = tokens[e];
        if (isCap(n) && n.start - tokens[e - 1].end <= 1) {
          e++;
          continue;
        }
        // An initial inside a name, or an honorific before one: "George W. Bush", "Mr. Toccafondi".
        if (
          n.text === '.' &&
          (/^\p{Lu}$/u.test(tokens[e - 1].text) || HONORIFICS.has(tokens[e - 1].text)) &&
          n.start === tokens[e - 1].end &&
          isCap(tokens[e + 1])
        ) {
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
          ? {
              start: offset,
              end: offset + p.length,
              text: p,
              label: 'Country',
              kind: 'name',
              sentence: sentence.index,
              normalized: c.name,
            }
          : {
              start: offset,
              end: offset + p.length,
              text: p,
              label: 'Person',
              kind: 'surname',
              sentence: sentence.index,
              normalized: p,
            };
        if (c || EVENT_NOUNS.has(lower(tokens[i + 1]))) out.push(m);
        offset += p.length + 1;
      }
    }
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}
