/**
 * Pipeline stage `context-types`: types names by what the sentence says of them, for names whose own
 * words carry no cue. The mention stage types a capitalised name without a title, head word or known
 * entry as a Person by its shape alone; English news usually says what such a name is when it is not a
 * person: an appositive ("Harbour Crest, a Hong Kong company"), or a list introduced by a kind
 * ("firms such as A, B and C"). These cues outrank both the shape and the trained model.
 */
import { CONSTITUENT_COUNTRIES } from './gazetteer.js';
import { SPORTS_WORDS } from './lexicon.js';
import type { Mention, Sentence } from './types.js';

/** Nouns for a body that an appositive may use to say what a name is. */
const BODY_NOUNS =
  'company|companies|firm|maker|manufacturer|producer|supplier|exporter|importer|conglomerate|bank|lender|carrier|airline|operator|trader|retailer|start-?up|developer|contractor|subsidiary|brand|chain|publisher|broadcaster|newspaper|agency|charity|foundation|party|movement|association|institute|university|club|network|platform|website|insurer|shipper|distributor|refiner|miner|utility|consultancy|corporation|enterprise|business|group|outlet|union|alliance|bloc|organisation|organization|regulator|watchdog';
/** Plural nouns for bodies that introduce a list of names ("firms such as …"). */
const BODY_PLURALS =
  'companies|firms|entities|banks|lenders|groups|makers|manufacturers|producers|suppliers|exporters|importers|businesses|organi[sz]ations|carriers|airlines|operators|brands|agencies|parties|outlets|newspapers|broadcasters|networks|universities|traders|retailers|conglomerates|insurers|shippers|distributors|refiners|miners|utilities|corporations|enterprises|subsidiaries|start-?ups|platforms|websites|charities|unions';

/**
 * ", a Hong Kong company", ", an Iranian drone maker", ", the country's largest lender" right after a
 * name: the body noun heads the appositive, so no preposition or clause word comes before it
 * (", a member of the party" says nothing of the kind of the name), and it ends the noun phrase
 * (", a party official" is a person).
 */
const APPOSITIVE = new RegExp(
  `^\\s*,\\s*(?:a|an|the|one of the|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:(?!(?:of|at|for|in|with|from|on|by|to|who|which|that|and|or)\\b)[\\p{L}\\p{N}'’.-]+\\s+){0,5}?(?:${BODY_NOUNS})(?=\\s*(?:[,.;:)]|$)|\\s+(?:of|in|with|that|which|who|whose|based|from|for|at|on|and|to|by|registered|owned|listed)\\b)`,
  'iu',
);
/** "… firms such as ", "… companies, including " or "the state gas companies " before a list of names. */
const LIST_CUE_WORDS = `(?:${BODY_PLURALS})(?:\\s*,?\\s+(?:such as|including|like|among them|namely))?\\s+`;
const LIST_CUE = new RegExp(`\\b${LIST_CUE_WORDS}`, 'iu');
/**
 * LIST_CUE without its leading \b, tested first as a cheap filter: with the `iu` flags V8 tries a leading
 * \b at every position of the text before the name, many times slower than a scan for the words.
 */
const LIST_CUE_FILTER = new RegExp(LIST_CUE_WORDS, 'iu');
/** What may stand between the cue and a name of its list: other names, commas, "and", "of", "the". */
const LIST_BETWEEN = /^(?:(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*|,|and|as well as|of|the|de|da|al)\s*)*$/u;

/** A Person typed by the shape of the name alone: no title, role, country or description. */
export function typedByShape(m: Mention): boolean {
  return (
    m.label === 'Person' &&
    (m.kind === 'name' || m.kind === 'surname') &&
    m.role === undefined &&
    m.country === undefined
  );
}

/** Whether the sentence says the body named at `m` is an organisation. */
function saysOrganization(m: Mention, sentence: Sentence): boolean {
  const after = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 120);
  if (APPOSITIVE.test(after)) return true;
  const before = sentence.text.slice(0, m.start - sentence.start);
  const cue = LIST_CUE_FILTER.test(before) ? LIST_CUE.exec(before) : null;
  if (!cue) return false;
  // The last cue before the name, and nothing but names and commas between them.
  let last = cue;
  const global = new RegExp(LIST_CUE.source, 'giu');
  for (let found = global.exec(before); found; found = global.exec(before)) last = found;
  return LIST_BETWEEN.test(before.slice(last.index + last[0].length));
}

/**
 * A Person named without a title: its type came from the shape of the name, or from an appositive
 * description after it ("X, a maker of chips") that the mention stage read as a person's role.
 */
function untitledPerson(m: Mention): boolean {
  return (
    m.label === 'Person' &&
    (m.kind === 'name' || m.kind === 'surname') &&
    m.country === undefined &&
    (m.role === undefined || !m.text.includes(m.role.split(' ')[0]))
  );
}

/** A result as match reports write it: "1 – 0", "3-2" (one or two digits a side, not part of a date or a range of years). */
const SCORE = /(?<![\d.,:/–—-])\d{1,2} ?[–—-] ?\d{1,2}(?![\d.,:/%–—-])/g;
/** Share of words that must be SPORTS_WORDS, with at least MIN_SCORES results, for a text to be a match report. */
const SPORTS_SHARE = 0.03;
const MIN_SCORES = 2;

/**
 * Whether the sentences read as a match report: sports words make up a good share of the text and it
 * gives results. News about sport mentions a cup or a team in passing; a match report is made of them.
 */
function isMatchReport(sentences: readonly Sentence[]): boolean {
  // Results first: they are rare outside sport, and counting them is cheaper than counting words.
  let scores = 0;
  for (const sentence of sentences) scores += sentence.text.match(SCORE)?.length ?? 0;
  if (scores < MIN_SCORES) return false;
  let words = 0;
  let sports = 0;
  for (const sentence of sentences)
    for (const word of sentence.text.toLowerCase().split(/[^\p{L}-]+/u)) {
      if (word.length === 0) continue;
      words += 1;
      if (SPORTS_WORDS.has(word)) sports += 1;
    }
  return sports >= words * SPORTS_SHARE;
}

/** Words before a country that make it the place, not the team: "in Russia", "at home in Spain", "from Brazil". */
const PLACE_BEFORE = /\b(?:in|at|across|throughout|inside|around|near|from)\s+(?:the\s+)?$/iu;

/** Whether a country named in a match report stands for its team ("Sweden defeated South Korea 1 – 0"). */
function namesTeam(m: Mention, sentence: Sentence | undefined): boolean {
  const country = m.label === 'Country' || (m.label === 'Place' && CONSTITUENT_COUNTRIES.has(m.text));
  if (!country || (m.kind !== 'name' && m.kind !== 'acronym') || !sentence) return false;
  return !PLACE_BEFORE.test(sentence.text.slice(0, m.start - sentence.start));
}

/**
 * The mentions with untitled persons retyped as organisations where their sentence says so (and their
 * other mentions by the same name with them), and, in a
 * match report, countries that stand for their national teams retyped as organisations (news corpora
 * annotate "Belgium 3 – 0 Panama" as two teams).
 */
export function typeByContext(sentences: readonly Sentence[], mentions: readonly Mention[]): Mention[] {
  const matchReport = isMatchReport(sentences);
  const bodies = new Set<string>();
  const typed = mentions.map((m): Mention => {
    const sentence = sentences[m.sentence];
    if (matchReport && namesTeam(m, sentence)) return { ...m, label: 'Organization' };
    if (!untitledPerson(m) || !sentence || !saysOrganization(m, sentence)) return m;
    bodies.add(m.text);
    return { ...m, label: 'Organization', role: undefined };
  });
  // One sense per article: a name its text once says is a body is that body wherever else it stands
  // ("X, a chip maker, …" and later "added X and Y to its list").
  return bodies.size === 0
    ? typed
    : typed.map((m) =>
        untitledPerson(m) && bodies.has(m.text) ? { ...m, label: 'Organization', role: undefined } : m,
      );
}

/** A mention by a name of its own (a lone capitalised word is read as a possible surname). */
const named = (m: Mention): boolean => m.kind === 'name' || m.kind === 'surname';

/**
 * One sense per article, after the ner stage: a name that the article gives as an Organization in most
 * of its mentions and as a Place in the others is that organisation throughout ("visited Google" after
 * three mentions of the company). A place named by a cue-less context ("a visit to X") is the weaker
 * reading. Countries and their capitals are left alone: a capital that acts stands for its country and
 * one named as a location is a place, mention by mention, as the ontology says.
 */
export function unifySenses(mentions: readonly Mention[]): Mention[] {
  const votes = new Map<string, number>();
  for (const m of mentions) {
    if (!named(m) || (m.label !== 'Organization' && m.label !== 'Place')) continue;
    votes.set(m.text, (votes.get(m.text) ?? 0) + (m.label === 'Organization' ? 1 : -1));
  }
  return mentions.map((m) =>
    named(m) && m.label === 'Place' && (votes.get(m.text) ?? 0) > 0 ? { ...m, label: 'Organization' } : m,
  );
}
