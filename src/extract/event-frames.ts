/**
 * Stage `event frames` (inside the mention stage): Event mentions from event nouns and verbs ("the
 * Xi-Putin meeting", "talks between Xi and Putin", "Russia invaded Ukraine"), each with the frame the
 * sentence gives it: kind, participants, agent, target, place and date, for the resolve stage to
 * build events from.
 */
import {
  COUNTRY_BY_CAPITAL,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  EVENT_HEADS,
  EVENT_NOUNS,
  KNOWN_ACRONYMS,
  NOT_NAME_WORDS,
  ORG_HEADS,
  ROLE_NOUNS,
} from './gazetteer.js';
import { isoOfHappening, parseDates } from './dates.js';
import { DETERMINERS, MONTH_ABBREVIATIONS, MONTHS, PERSON_ACT_VERBS, WEEKDAYS } from './lexicon.js';
import {
  ACRONYM,
  CONNECTORS,
  POSSESSIVE,
  add,
  compoundParts,
  isCap,
  lower,
  textsOf,
  type Builder,
} from './mention-tokens.js';
import type { EventFrame, Mention, Token } from './types.js';

/** Time words that may own a happening: "Monday's talks", "last week's summit". */
const TIME_ANAPHORS: ReadonlySet<string> = new Set([
  'today',
  'yesterday',
  'tonight',
  ...WEEKDAYS,
  ...MONTHS,
  'last',
  'next',
]);
const PLURAL_ANAPHORS =
  /^(the (pair|two|two leaders|two men|two presidents|leaders|two sides|two heads of state)|both (leaders|presidents|men|heads of state)|they)$/i;

/** Words without which a sentence gives no date: chrono is only asked when one is there. */
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const DATE_HINT = new RegExp(
  `\\b(${[...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS].map(capitalised).join('|')})\\b|\\b(today|yesterday|tomorrow|tonight|week|month|year|ago|\\d{4})\\b`,
);
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
  for (const r of parseDates(s.text, ref)) {
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
    const iso = isoOfHappening(r, ref, future);
    if (iso) out.push({ ...span, iso });
  }
  return out;
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
export function eventFrameAround(
  tokens: Token[],
  from: number,
  to: number,
  kind: string,
  scanned?: { end: number },
  postStart = to,
): EventFrame {
  const frame: EventFrame = { kind, participants: [] };
  const addParticipant = (name: string) => {
    if (
      (kind === 'meeting' || kind === 'summit') &&
      (COUNTRY_BY_NAME.has(name) || COUNTRY_BY_DEMONYM.has(name) || COUNTRY_BY_CAPITAL.has(name))
    )
      return;
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
    else if (ACRONYM.test(w) || ORG_HEADS.has(w.split(' ').pop() ?? '') || KNOWN_ACRONYMS.has(w.toUpperCase()))
      frame.organization ??= w;
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
    if (
      t.text === ',' &&
      (prep === 'with' || prep === 'between') &&
      ROLE_NOUNS.has(lower(tokens[k - 1])) &&
      isCap(tokens[k + 1])
    ) {
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
    // "met in person in Samarkand": "in person" is no place.
    if (low === 'in' && lower(tokens[k + 1]) === 'person') {
      k += 2;
      continue;
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
      while (
        e < limit &&
        !NOT_NAME_WORDS.has(tokens[e].text) &&
        (isCap(tokens[e]) ||
          (CONNECTORS.has(lower(tokens[e])) &&
            lower(tokens[e]) !== 'and' &&
            lower(tokens[e]) !== 'on' &&
            isCap(tokens[e + 1])))
      )
        e++;
      const name = tokens
        .slice(k, e)
        .map((x) => x.text)
        .join(' ');
      const ownerOf = POSSESSIVE.test(tokens[e]?.text ?? '');
      if (
        ownerOf ||
        (['city', 'capital', 'town', 'region', 'province', 'port'].includes(lower(tokens[e])) &&
          lower(tokens[e + 1]) === 'of')
      ) {
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
      } else if (prep === 'in' || prep === 'at' || prep === 'around' || prep === 'near') {
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
    if (
      prep &&
      ['city', 'town', 'capital', 'port', 'region', 'province'].includes(low) &&
      lower(tokens[k + 1]) === 'of'
    ) {
      k += 2;
      continue;
    }
    if (
      prep &&
      (DETERMINERS.has(low) ||
        COUNTRY_BY_DEMONYM.has(t.text) ||
        ROLE_NOUNS.has(low) ||
        [
          'city',
          'capital',
          'ancient',
          'island',
          'neighbouring',
          'neighboring',
          'early',
          'late',
          'mid',
          'this',
          'year',
        ].includes(low))
    ) {
      k++;
      continue;
    }
    if (
      prep &&
      ['opening', 'sidelines', 'margins', 'start', 'end', 'eve', 'close', 'outbreak', 'beginning'].includes(low) &&
      lower(tokens[k + 1]) === 'of'
    ) {
      k += 2;
      prep = 'of-position';
      continue;
    }
    // "in the western city of Lviv": adjectives between a preposition and the place.
    if (
      (prep === 'in' || prep === 'at' || prep === 'to') &&
      /^\p{Ll}+$/u.test(t.text) &&
      (isCap(tokens[k + 1]) || ['city', 'town', 'capital', 'port', 'region', 'province'].includes(lower(tokens[k + 1])))
    ) {
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

/** The name of a place after a verb of travel: "(the) Capitalised Words". */
const PLACE_NAME = '((?:the\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*)';
const ARRIVED_PATTERN = `(?:arrived|arrives|arriving|landed|lands|travelled|traveled|flew|went)\\s+(?:in|to)\\s+${PLACE_NAME}`;
const LEFT_PATTERN = `(?:(?:flew|flies|returned|returns|headed|heads|went|goes)\\s+home\\s+from|left|leaves|leaving|departed|departs|departed\\s+from)\\s+${PLACE_NAME}`;
const ARRIVED = new RegExp(`\\b${ARRIVED_PATTERN}`, 'u');
const LEFT = new RegExp(`\\b${LEFT_PATTERN}`, 'u');
/**
 * ARRIVED and LEFT without their leading \b, tested first as cheap filters: with the `u` flag V8 tries a
 * leading \b at every position of the text, many times slower than a scan for the words.
 */
const ARRIVED_WORDS = new RegExp(ARRIVED_PATTERN, 'u');
const LEFT_WORDS = new RegExp(LEFT_PATTERN, 'u');

/**
 * Where the clause before a visit noun says its visitor went: "arrived in X for a visit", and also the
 * end of a trip, "flew home from X at the end of a state visit", "left X after a visit", "wrapped up
 * a visit" told after the place.
 */
function travelledPlace(sentence: string, before: string): string | undefined {
  const arrived = ARRIVED_WORDS.test(sentence) ? ARRIVED.exec(sentence) : null;
  const left = arrived === null && LEFT_WORDS.test(before) ? LEFT.exec(before) : null;
  const found = arrived ?? left;
  return found ? found[1].replace(/^the\s+/, '') : undefined;
}

/** The visitor of a visit noun: the person named last before it in its clause ("As A spoke, B made a trip"), else the first of the sentence. */
function visitorBefore(b: Builder, first: number, at: number): string | undefined {
  const people = b.out.slice(first).filter((m) => m.label === 'Person' && m.end <= at);
  const clauseFrom =
    b.sentence.start + Math.max(0, b.sentence.text.slice(0, at - b.sentence.start).search(/[,;:][^,;:]*$/));
  const inClause = people.filter((m) => m.start >= clauseFrom);
  const m = inClause[inClause.length - 1] ?? people[0];
  return m ? (m.normalized ?? m.text) : undefined;
}

/** People named before char offset `at` in the sentence, as written. */
function peopleBefore(b: Builder, first: number, at: number): string[] {
  return b.out
    .slice(first)
    .filter((m) => m.label === 'Person' && m.end <= at)
    .map((m) => m.normalized ?? m.text);
}

const DEFINITE = /^(the|this|that|these|those|their|its|his|her|our|both)$/;
/** Words before an event noun that make it no happening: "a possible meeting", "there was no meeting". */
const HYPOTHETICAL = /^(potential|possible|future|hypothetical|any|an?other|new|deter|prevent|no)$/;
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
const EVENT_CUES: ReadonlySet<string> = new Set([
  ...EVENT_NOUNS.keys(),
  ...HOST_VERBS,
  ...EVENT_VERBS,
  'meeting',
  'package',
]);

/** Whether a Person mention of the sentence (from `first` on) starts at `start`. */
function personStartsAt(b: Builder, first: number, start: number | undefined): boolean {
  for (let k = first; k < b.out.length; k++) if (b.out[k].label === 'Person' && b.out[k].start === start) return true;
  return false;
}

/**
 * The Event mention of the event noun or verb at token i of kind `kind`, added to the sentence's
 * mentions and `found` when the sentence supports it; returns the token to go on after.
 */
function eventAt(
  b: Builder,
  tokens: Token[],
  first: number,
  found: Mention[],
  i: number,
  kind: string,
  verb: string | undefined,
): number {
  const t = tokens[i];
  const low = lower(t);
  if (kind === 'meeting' && low === 'meeting' && /^(be|is|are|was|were|been)$/.test(lower(tokens[i - 1]))) return i;
  let from = i;
  if (!verb) {
    while (from > 0) {
      const p = tokens[from - 1];
      const pl = lower(p);
      if (p.kind !== 'word' && p.kind !== 'number') break;
      if (DETERMINERS.has(pl) || PERSON_ACT_VERBS.has(pl)) break;
      if (
        (isCap(p) && !NOT_NAME_WORDS.has(p.text)) ||
        EVENT_MODIFIERS.test(pl) ||
        POSSESSIVE.test(p.text) ||
        (TIME_ANAPHORS.has(pl) && POSSESSIVE.test(tokens[from]?.text ?? ''))
      ) {
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
  if (tokens[from - 1]?.text === ')' && tokens[from - 3]?.text === '(' && isCap(tokens[from - 2]))
    frame.organization ??= tokens[from - 2].text;
  if (
    (!verb && DEFINITE.test(lower(tokens[from - 1]))) ||
    (POSSESSIVE.test(tokens[from + 1]?.text ?? '') && TIME_ANAPHORS.has(lower(tokens[from])))
  )
    frame.anaphoric = true;
  if (verb) {
    const subject = personBefore(b, first, t.start);
    const subjects = peopleBefore(b, first, t.start);
    if (kind === 'war' || kind === 'visit') {
      const countrySubject = [...b.out.slice(first)].reverse().find((m) => m.label === 'Country' && m.end <= t.start);
      frame.agent = kind === 'war' ? (countrySubject?.normalized ?? countrySubject?.text) : subject;
      const object = tokens[i + 1];
      if (isCap(object)) frame.target = object.text;
    } else {
      const sentenceStart = b.sentence.text.slice(0, t.start - b.sentence.start);
      const clause = sentenceStart.split(/[,;:]/).pop()?.trim() ?? '';
      if (/\band\b/.test(clause) && subjects.length >= 2)
        subjects.slice(-2).forEach((p) => frame.participants.includes(p) || frame.participants.push(p));
      else if (subject) frame.participants.unshift(subject);
      else if (
        PLURAL_ANAPHORS.test(
          clause.replace(/\s+(last|first|also|have|had|has|will|would|were|are|never|often|previously|once)$/i, ''),
        )
      )
        frame.participants.push('*pair');
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
      const clause =
        b.sentence.text
          .slice(0, tokens[from].start - b.sentence.start)
          .split(/[,;:]/)
          .pop() ?? '';
      const held = /\b(hold|held|holds|holding|began|begin|begins|start|started|have|had|conducted|opened)\b/;
      if (subjects.length >= 2 && /\band\b/.test(clause) && held.test(clause))
        subjects.slice(-2).forEach((p) => frame.participants.push(p));
      // "since the two held talks in Vladivostok": the pair the article is about.
      else if (
        PLURAL_ANAPHORS.test(
          clause
            .replace(held, '')
            .replace(/^.*\b(since|when|after|before|as)\s+/i, '')
            .trim(),
        )
      )
        frame.participants.push('*pair');
    }
    if (frame.participants.length === 1 && frame.participants[0] !== '*pair') {
      const after = b.out
        .slice(first)
        .find(
          (m) =>
            m.label === 'Person' &&
            m.kind !== 'description' &&
            m.start >= tokens[to - 1].end &&
            !frame.participants.includes(m.normalized ?? m.text) &&
            !(m.normalized ?? m.text).includes(frame.participants[0]) &&
            !frame.participants[0].includes(m.normalized ?? m.text),
        );
      if (after && /^\s*(In|At|During)\b/.test(b.sentence.text))
        frame.participants.push(after.normalized ?? after.text);
    }
  } else if (kind === 'visit' && !frame.agent) {
    frame.agent = visitorBefore(b, first, tokens[from].start);
  }
  if (kind === 'visit' && !frame.target && !verb)
    frame.target = travelledPlace(b.sentence.text, b.sentence.text.slice(0, tokens[from].start - b.sentence.start));
  if (kind === 'summit' && !frame.organization && /^(their|its)$/.test(lower(tokens[from - 1]))) {
    // "Leaders of the Group of Seven opened their summit": the grouping named before holds it.
    const holder = [...b.out.slice(first)]
      .reverse()
      .find((m) => m.label === 'Organization' && m.end <= tokens[from].start);
    if (holder) frame.organization = holder.text;
  }
  if (kind === 'sanctions') {
    const by = b.out
      .slice(first)
      .find((m) => (m.label === 'Organization' || m.label === 'Country') && m.end <= tokens[from].start);
    if (by) frame.agent = by.normalized ?? by.text;
  }
  const m = add(b, tokens, from, verb ? i + 1 : to, 'Event', 'description', { frame });
  found.push(m);
  return kind === 'meeting' && tokens.slice(to, scanned.end).some((x) => /^(visit|trip)$/i.test(x.text))
    ? scanned.end - 1
    : to - 1;
}

/** Event nouns and verbs: "the Xi-Putin meeting", "talks between Xi and Putin", "Russia invaded Ukraine". */
export function findEvents(b: Builder, tokens: Token[], first: number): void {
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
    if (
      !kind &&
      low === 'package' &&
      (lower(tokens[i - 1]) === 'sanctions' || (lower(tokens[i + 1]) === 'of' && lower(tokens[i + 2]) === 'sanctions'))
    )
      kind = 'sanctions';
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
      if (
        right - left > 120 ||
        /\b(since|after|before|when|while|until|that|which|who|where|as|but)\b|[,;:–—(]/.test(between)
      )
        continue;
      if (m.frame.kind === 'war') {
        const text = b.sentence.text.slice(d.start - b.sentence.start, d.end - b.sentence.start);
        if (
          right - left > 4 ||
          !/\b(January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b/.test(
            text,
          )
        )
          continue;
      }
      if (d.iso) m.frame.date = d.iso;
      else if (d.month !== undefined) m.frame.month ??= d.month;
    }
  }
}
