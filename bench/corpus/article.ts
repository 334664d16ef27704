import type { ArticleInput } from '../../src/extract/types.js';
import { Random } from '../random.js';
import { freshPerson, type World, type WorldCountry, type WorldOrganization, type WorldPerson } from './world.js';

/** What the generator put into an article, for checking the corpus (not used by the benchmark). */
interface ArticleFacts {
  people: string[];
  organizations: string[];
  countries: string[];
  places: string[];
  /** Direct quotations written. */
  quotes: number;
  /** Pairs of people who met, by full name. */
  meetings: [string, string][];
  /** Lines of page furniture (navigation, teasers, adverts, captions). */
  furniture: number;
  story: StoryKind;
}

export interface GeneratedArticle {
  input: ArticleInput;
  facts: ArticleFacts;
}

type StoryKind = 'meeting' | 'summit' | 'sanctions' | 'support' | 'dispute' | 'visit';
const STORY_KINDS: readonly StoryKind[] = ['meeting', 'summit', 'sanctions', 'support', 'dispute', 'visit'];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Everything one article is being written from; lives only while the article is generated. */
interface Scene {
  random: Random;
  world: World;
  date: Date;
  /** The curly or straight quotation marks this outlet uses. */
  open: string;
  close: string;
  apostrophe: string;
  outlet: WorldOrganization;
  mentioned: Set<WorldPerson>;
  facts: ArticleFacts;
  /** The story's cast. */
  a: WorldPerson;
  b: WorldPerson;
  ca: WorldCountry;
  cb: WorldCountry;
  grouping: WorldOrganization;
  city: string;
  place: string;
  topic: string;
  /** Short name of the main event for later references ("the talks", "the summit"). */
  eventRef: string;
}

const TOPICS = [
  'trade and energy',
  'border security',
  'grain exports',
  'a new pipeline',
  'regional stability',
  'nuclear energy',
  'debt relief',
  'fishing rights',
  'cyber security',
  'climate finance',
  'arms control',
  'rare earth supplies',
  'migration',
  'a railway link',
  'port investment',
  'water sharing',
  'maritime security',
  'visa-free travel',
];
const SECTORS = ['banking', 'energy', 'shipping', 'defence', 'technology', 'mining', 'aviation', 'steel'];
const SPEECH = [
  'said',
  'told reporters',
  'said in a statement',
  'added',
  'stressed',
  'warned',
  'noted',
  'told a news conference',
];

function name(scene: Scene, person: WorldPerson): string {
  scene.facts.people.push(person.full);
  if (person.organization) scene.facts.organizations.push(person.organization.name);
  scene.facts.countries.push(person.country.name);
  return person.full;
}

/** How a person is written: with title and country at first mention, by surname or role after. */
function ref(scene: Scene, person: WorldPerson): string {
  const { random } = scene;
  if (scene.mentioned.has(person)) {
    const r = random.next();
    if (r < 0.45) return person.short;
    if (r < 0.75) return person.family;
    if (person.kind === 'leader' || person.kind === 'minister')
      return `the ${person.country.demonym} ${person.role.toLowerCase()}`;
    return person.short;
  }
  scene.mentioned.add(person);
  const full = name(scene, person);
  switch (person.kind) {
    case 'leader':
    case 'minister':
      return random.chance(0.7)
        ? `${person.country.demonym} ${person.role} ${full}`
        : `${person.country.name}${scene.apostrophe}s ${person.role.toLowerCase()}, ${full},`;
    case 'spokesperson':
      return `${person.country.demonym} foreign ministry spokesperson ${full}`;
    case 'ambassador':
      return `${full}, ${person.country.name}${scene.apostrophe}s ${person.role},`;
    case 'orgHead':
      return `${person.organization!.acronym ?? person.organization!.name} ${person.role} ${full}`;
    case 'executive':
      return `${full}, ${person.role} of ${person.organization!.name},`;
    case 'analyst':
      return `${full}, ${/^[aeiou]/i.test(person.role) ? 'an' : 'a'} ${person.role} at ${person.organization!.name},`;
  }
}

/** Countries written with "the": the United States, the Philippines, the Republic of the Congo. */
function needsArticle(name: string): boolean {
  return /^(United|Republic|Central African|Dominican|Czech)\b|(ands|ines|ives|amas|elles|oros)$|^Gambia$/.test(name);
}

function country(scene: Scene, c: WorldCountry): string {
  scene.facts.countries.push(c.name);
  return needsArticle(c.name) ? `the ${c.name}` : c.name;
}

/** A person at the end of a clause: an appositive loses its closing comma. */
function refEnd(scene: Scene, person: WorldPerson): string {
  return ref(scene, person).replace(/,$/, '');
}

/** Upper-cases the first letter of every sentence of a paragraph. */
function capitalize(sentence: string): string {
  return sentence.replace(/^([“"]?)([a-z])/, (_m, q: string, c: string) => q + c.toUpperCase());
}

function org(scene: Scene, o: WorldOrganization, preferAcronym = false): string {
  scene.facts.organizations.push(o.name);
  if (o.acronym && preferAcronym) return o.acronym;
  if (o.acronym && scene.random.chance(0.4)) return `${o.name} (${o.acronym})`;
  return o.name;
}

/** An organisation after a preposition: "the European Union", "the EU", but "NATO". */
function theOrg(scene: Scene, o: WorldOrganization, preferAcronym = false): string {
  const written = org(scene, o, preferAcronym);
  return /^(NATO|ASEAN|OPEC|G20)$/.test(written) ? written : `the ${written}`;
}

function placeName(scene: Scene, p: string): string {
  scene.facts.places.push(p);
  return /\b(province|region|district|highlands|delta|Sea|Strait|Gulf|Bay)$/.test(p) ? `the ${p}` : p;
}

function weekday(scene: Scene): string {
  const back = scene.random.int(0, 3);
  return WEEKDAYS[(scene.date.getUTCDay() + 7 - back) % 7]!;
}

function longDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function quoted(scene: Scene, words: string): string {
  scene.facts.quotes += 1;
  return `${scene.open}${words}${scene.close}`;
}

/** One or two sentences someone might say, built from parts. */
function quotation(scene: Scene, about: string): string {
  const { random } = scene;
  const subjects = [
    'We',
    'Our country',
    'The government',
    'Our two countries',
    'Nobody',
    'This region',
    'Our partners',
  ];
  const modals = ['will', 'must', 'cannot', 'should', 'are ready to', 'will never', 'have agreed to', 'intend to'];
  const verbs = [
    'accept',
    'support',
    'defend',
    'strengthen',
    'ignore',
    'tolerate',
    'expand',
    'deepen',
    'respect',
    'discuss',
    'protect',
    'rebuild',
  ];
  const objects = [
    `cooperation on ${about}`,
    'the sovereignty of our neighbours',
    'any attempt to divide the region',
    'a rules-based order',
    'the agreement we signed today',
    'unilateral sanctions',
    'dialogue on an equal footing',
    'the interests of ordinary people',
    'our commitments to our allies',
    'pressure from outside',
    'a lasting peace',
    'the trust between our peoples',
  ];
  const tails = [
    '',
    ' and we have made that clear',
    ', whatever the cost',
    ' in the months ahead',
    ' step by step',
    ' without preconditions',
  ];
  let text = `${random.pick(subjects)} ${random.pick(modals)} ${random.pick(verbs)} ${random.pick(objects)}${random.pick(tails)}`;
  text = text
    .replace(/^(Our country|The government|Nobody|This region) are /, '$1 is ')
    .replace(/^(Our country|The government|Nobody|This region) have /, '$1 has ')
    .replace(/^(Our country|The government|Nobody|This region) intend /, '$1 intends ');
  if (random.chance(0.35)) {
    const second = [
      'This is a matter of principle',
      'History will judge us',
      'The door remains open',
      'We have been patient for too long',
      'There is no alternative to dialogue',
      'The facts speak for themselves',
    ];
    text += `. ${random.pick(second)}`;
  }
  return text;
}

function directQuote(scene: Scene, speaker: WorldPerson): string {
  const { random } = scene;
  const words = quotation(scene, scene.topic);
  const who = ref(scene, speaker);
  const r = random.next();
  if (r < 0.45) return `${quoted(scene, `${words},`)} ${who} ${random.pick(SPEECH)}.`;
  if (r < 0.7) return `${quoted(scene, `${words},`)} said ${who.replace(/,$/, '')}.`;
  if (r < 0.85) return `${who} ${random.pick(['said', 'added', 'told reporters'])}: ${quoted(scene, `${words}.`)}`;
  return `${who} said ${country(scene, speaker.country)} was ready to ${random.pick(['work with', 'stand by', 'talk to'])} its partners, adding: ${quoted(scene, `${words}.`)}`;
}

function reported(scene: Scene, speaker: WorldPerson): string {
  const { random } = scene;
  const clauses = [
    () =>
      `${country(scene, scene.cb)} had shown ${random.pick(['restraint', 'good faith', 'no interest in compromise', 'a willingness to talk'])}`,
    () => `the two sides had agreed to meet again before the end of the year`,
    () => `talks on ${scene.topic} would continue at the level of deputy ministers`,
    () =>
      `${country(scene, speaker.country)} would not accept ${random.pick(['interference in its internal affairs', 'new conditions', 'a unilateral solution'])}`,
    () => `the ${scene.eventRef} had been ${random.pick(['frank', 'constructive', 'difficult', 'productive'])}`,
  ];
  return `${ref(scene, speaker)} ${random.pick(['said', 'told state media', 'said later', 'told parliament'])} that ${random.pick(clauses)()}.`;
}

function analystComment(scene: Scene): string {
  const { random, world } = scene;
  const thinkers = world.institutions.filter((o) => o.kind === 'university' || o.kind === 'thinkTank');
  const analyst = random.chance(0.7)
    ? random.pickSkewed(world.analysts)
    : freshPerson(random, world, 'analyst', 'researcher', random.pick(thinkers));
  const words = random.pick([
    `The ${scene.eventRef} shows that ${scene.ca.name} is looking for partners wherever it can find them`,
    `Neither side got everything it wanted, but both needed the pictures`,
    `This is less about ${scene.topic} than about sending a signal to ${scene.cb.name}${scene.apostrophe}s rivals`,
    `I would not expect a breakthrough soon; the gaps are still very wide`,
    `What matters is what happens after the cameras leave`,
  ]);
  scene.facts.countries.push(scene.ca.name, scene.cb.name);
  const who = ref(scene, analyst);
  return random.chance(0.6)
    ? `${quoted(scene, `${words},`)} said ${who.replace(/,$/, '')}.`
    : `${who} said the ${scene.eventRef} was ${random.pick(['largely symbolic', 'a turning point', 'overdue', 'carefully staged'])}. ${quoted(scene, `${words}.`)}`;
}

function reaction(scene: Scene): string {
  const { random, world } = scene;
  const other = random.pick(world.countries);
  const officials = world.officials.get(other.code)!;
  const speaker = random.pick(officials);
  const target = random.chance(0.5) ? scene.ca : scene.cb;
  const r = random.next();
  const who = (): string => ref(scene, speaker);
  if (r < 0.25)
    return `${who()} said ${country(scene, other)} ${random.pick(['supports', 'backs', 'stands firmly behind'])} ${country(scene, target)}${scene.apostrophe}s ${random.chance(0.25) ? `bid to join ${theOrg(scene, scene.grouping, true)}` : random.pick(['territorial integrity', 'right to self-defence', 'reform programme'])}.`;
  if (r < 0.45)
    return `${who()} ${random.pick(['condemned', 'criticised', 'denounced'])} ${country(scene, target)}${scene.apostrophe}s ${random.pick(['military exercises near', 'new checkpoints in', 'troop build-up in'])} ${placeName(scene, scene.place)}.`;
  if (r < 0.6)
    return `${country(scene, other)} ${random.pick(['imposed', 'announced', 'extended'])} sanctions on ${country(scene, target)}${scene.apostrophe}s ${random.pick(SECTORS)} sector ${random.pick(['last month', 'on ' + weekday(scene), 'earlier this year'])}.`;
  if (r < 0.72)
    return `${country(scene, other)} has ${random.pick(['never joined', 'refused to join', 'not taken part in'])} the sanctions against ${country(scene, target)}, ${random.pick(['citing its neutrality', 'saying they hurt ordinary people', 'and its trade has grown since'])}.`;
  if (r < 0.85)
    return `${who()} ${random.pick(['called on', 'urged'])} both sides to ${random.pick(['show restraint', 'return to the negotiating table', 'respect international law'])}.`;
  return `${who()} is expected to ${random.pick(['visit', 'travel to'])} ${country(scene, target)} next month, according to ${random.chance(0.3) ? `a draft schedule seen by ${org(scene, scene.outlet)}` : random.pick(['diplomats', 'people familiar with the plans'])}.`;
}

function membership(scene: Scene): string {
  const { random, world } = scene;
  const members = random.sample(world.countries, random.int(2, 4)).map((c) => country(scene, c));
  const last = members.pop()!;
  return `${members.join(', ')} and ${last} are also members of ${theOrg(scene, scene.grouping, random.chance(0.5))}, which ${random.pick(['was founded in', 'has met every year since', 'expanded in'])} ${random.int(1990, 2017)}.`;
}

function background(scene: Scene): string {
  const { random } = scene;
  const n = random.int(3, 95);
  const options = [
    () =>
      `Trade between the two countries grew by ${n} per cent last year to about $${random.int(2, 190)} billion, according to official figures.`,
    () =>
      `The ${scene.eventRef} comes as prices for ${random.pick(['wheat', 'oil', 'gas', 'fertiliser', 'copper'])} remain ${random.pick(['volatile', 'high', 'well above last year’s levels'])}.`,
    () =>
      `Officials did not give details of the ${random.pick(['agreements', 'deals', 'memorandums'])} signed, which ${random.pick(['covered', 'reportedly include'])} ${scene.topic}.`,
    () =>
      `The last such meeting took place in ${random.int(2012, 2021)}, before relations ${random.pick(['cooled', 'were strained by a border dispute', 'were disrupted by the pandemic'])}.`,
    () =>
      `${country(scene, scene.ca)} is ${random.pick(['the largest', 'the second-largest', 'a growing'])} buyer of ${country(scene, scene.cb)}${scene.apostrophe}s ${random.pick(['grain', 'coal', 'machinery', 'natural gas'])}.`,
    () =>
      `Some ${n},000 people ${random.pick(['have fled', 'were displaced from', 'live near the front line in'])} ${placeName(scene, scene.place)}, the ${random.pick(['United Nations', 'Red Cross'])} estimates.`,
    () =>
      `The talks were held behind closed doors and lasted ${random.pick(['about two hours', 'more than three hours', 'less than an hour'])}.`,
    () => `Markets in the region ${random.pick(['rose', 'fell', 'were little changed'])} after the announcement.`,
  ];
  return random.pick(options)();
}

function hedged(scene: Scene): string {
  const { random } = scene;
  return random.pick([
    () => `The ${scene.eventRef} has not been officially confirmed by ${country(scene, scene.cb)}.`,
    () => `${country(scene, scene.ca)} has not provided weapons to ${country(scene, scene.cb)}, officials insisted.`,
    () =>
      `A joint statement was expected but had not been published by ${random.pick(['late evening', 'the time of writing', 'Friday'])}.`,
    () =>
      `Reports that ${country(scene, scene.ca)} would ${random.pick(['lift', 'ease', 'join'])} the sanctions could not be independently verified.`,
  ])();
}

function lead(scene: Scene, kind: StoryKind): string {
  const { random } = scene;
  const day = weekday(scene);
  const a = (): string => ref(scene, scene.a);
  switch (kind) {
    case 'meeting': {
      scene.facts.meetings.push([scene.a.full, scene.b.full]);
      const b = ref(scene, scene.b);
      return random.chance(0.5)
        ? `${a()} met ${b} in ${placeName(scene, scene.city)} on ${day} for talks on ${scene.topic}, the first such meeting in ${random.int(2, 6)} years.`
        : `${a()} and ${b} held talks on the sidelines of the ${org(scene, scene.grouping)} summit in ${placeName(scene, scene.city)} on ${day}, pledging to deepen cooperation on ${scene.topic}.`;
    }
    case 'summit': {
      const b = refEnd(scene, scene.b);
      scene.facts.meetings.push([scene.a.full, scene.b.full]);
      return `Leaders of the ${org(scene, scene.grouping)} gathered in ${placeName(scene, scene.city)} on ${day} for a two-day summit dominated by ${scene.topic}, with ${a()} and ${b} meeting separately on the sidelines.`;
    }
    case 'sanctions':
      return `${country(scene, scene.ca)} on ${day} imposed sanctions on ${country(scene, scene.cb)}${scene.apostrophe}s ${random.pick(SECTORS)} sector and on ${refEnd(scene, scene.b)}, ${random.pick(['accusing the government of', 'citing'])} ${random.pick(['human rights abuses', 'support for armed groups', 'cyber attacks on its infrastructure', 'violations of an arms embargo'])}.`;
    case 'support':
      return `${a()} pledged ${random.pick(['$' + random.int(1, 40) + ' billion in aid', 'military support', 'emergency food supplies', 'help with reconstruction'])} to ${country(scene, scene.cb)} on ${day}, saying ${country(scene, scene.ca)} ${random.pick(['would stand by its partner', 'supports its neighbour', 'backs the government'])} ${random.pick(['for as long as it takes', 'in difficult times', 'without conditions'])}.`;
    case 'dispute':
      return `${a()} ${random.pick(['condemned', 'warned', 'criticised'])} ${country(scene, scene.cb)} on ${day} over ${random.pick(['military exercises', 'naval patrols', 'a new air defence zone'])} near ${placeName(scene, scene.place)}, calling them ${quoted(scene, random.pick(['a dangerous provocation', 'unacceptable', 'a threat to regional peace']))}.`;
    case 'visit':
      return `${a()} arrived in ${placeName(scene, scene.city)} on ${day} for a ${random.pick(['three-day state visit', 'two-day official visit', 'surprise visit'])} to ${country(scene, scene.cb)}, where ${scene.a.honorific === 'Ms' ? 'she' : 'he'} is due to meet ${refEnd(scene, scene.b)}.`;
  }
}

function headline(scene: Scene, kind: StoryKind): string {
  const { random, a, b, ca, cb } = scene;
  switch (kind) {
    case 'meeting':
      return random.pick([
        `${a.family} and ${b.family} pledge closer ties in ${scene.city} talks`,
        `${ca.name} and ${cb.name} agree to expand cooperation on ${scene.topic}`,
      ]);
    case 'summit':
      return `${scene.grouping.acronym ?? scene.grouping.name} summit opens in ${scene.city} as ${a.family} meets ${b.family}`;
    case 'sanctions':
      return `${ca.name} slaps new sanctions on ${cb.name}`;
    case 'support':
      return `${ca.name} vows support for ${cb.name} as ${a.family} pledges aid`;
    case 'dispute':
      return `${ca.name} warns ${cb.name} over drills near ${scene.place}`;
    case 'visit':
      return `${a.family} arrives in ${scene.city} for talks with ${b.family}`;
  }
}

function furnitureTop(scene: Scene): string[] {
  const { random } = scene;
  const lines: string[] = [];
  if (random.chance(0.5))
    lines.push(
      random.pick([
        'Home / News / World',
        'World | Politics',
        'News > International > Diplomacy',
        'Home/ News / World/',
      ]),
    );
  if (random.chance(0.3))
    lines.push(
      `Get more with ${scene.outlet.name}`,
      'A personalised news feed of stories that matter to you',
      'Learn more',
    );
  if (random.chance(0.3)) lines.push('Advertisement');
  scene.facts.furniture += lines.length;
  return lines;
}

function teaser(scene: Scene): string[] {
  const { random, world } = scene;
  const lines = ['Recommended stories'];
  for (let i = random.int(2, 4); i > 0; i -= 1) {
    const c = random.pick(world.countries);
    lines.push(
      random.pick([
        `${c.name} ${random.pick(['election', 'budget', 'floods', 'protests'])}: what we know so far`,
        `Explainer: why ${c.capital} matters for ${random.pick(SECTORS)}`,
        `Live updates: ${c.name} ${random.pick(['talks', 'crisis', 'vote'])}`,
      ]),
    );
  }
  scene.facts.furniture += lines.length;
  return lines;
}

function furnitureBottom(scene: Scene): string[] {
  const { random } = scene;
  const lines: string[] = [];
  if (random.chance(0.4)) lines.push('Subscribe to our newsletter for the day’s top stories in your inbox.', 'Sign up');
  if (random.chance(0.3))
    lines.push(
      `We are hiring: ${random.pick(['a foreign correspondent', 'a data journalist', 'a night editor'])} for our ${random.pick(['Asia', 'Europe', 'Africa', 'Americas'])} desk. Apply now.`,
    );
  if (random.chance(0.3)) lines.push('Share this article', 'Copy link');
  if (random.chance(0.4))
    lines.push(
      `© ${scene.date.getUTCFullYear()} ${scene.outlet.name}. All rights reserved.`,
      `source site-${random.int(1, 40)}`,
    );
  scene.facts.furniture += lines.length;
  return lines;
}

function pickCast(random: Random, world: World, kind: StoryKind): Pick<Scene, 'a' | 'b' | 'ca' | 'cb'> {
  const ca = random.pickSkewed(world.countries);
  let cb = random.pickSkewed(world.countries);
  while (cb === ca) cb = random.pick(world.countries);
  const lead = (c: WorldCountry): WorldPerson => {
    const officials = world.officials.get(c.code)!;
    return random.chance(0.6) ? officials[0]! : random.pick(officials.slice(0, 3));
  };
  const a = lead(ca);
  const b = kind === 'sanctions' ? random.pick(world.officials.get(cb.code)!) : lead(cb);
  return { a, b, ca, cb };
}

/** Writes one article: the same seed, world and index always give the same text. */
export function generateArticle(world: World, seed: number, index: number): GeneratedArticle {
  const random = Random.derive(seed, `article:${index}`);
  const kind = random.pick(STORY_KINDS);
  const cast = pickCast(random, world, kind);
  const date = new Date(Date.UTC(2018, 0, 1) + random.int(0, 2900) * 86_400_000);
  const curly = random.chance(0.6);
  const scene: Scene = {
    random,
    world,
    date,
    open: curly ? '“' : '"',
    close: curly ? '”' : '"',
    apostrophe: curly ? '’' : "'",
    outlet: random.pickSkewed(world.outlets),
    mentioned: new Set(),
    facts: {
      people: [],
      organizations: [],
      countries: [],
      places: [],
      quotes: 0,
      meetings: [],
      furniture: 0,
      story: kind,
    },
    ...cast,
    grouping: random.pickSkewed(world.groupings),
    city: random.chance(0.5) ? cast.ca.capital : cast.cb.capital,
    place: random.pick(world.places),
    topic: random.pick(TOPICS),
    eventRef: {
      meeting: 'meeting',
      summit: 'summit',
      sanctions: 'sanctions package',
      support: 'aid package',
      dispute: 'dispute',
      visit: 'visit',
    }[kind],
  };
  if (kind === 'visit') scene.city = cast.cb.capital;
  const title = headline(scene, kind);
  const blocks: string[][] = [furnitureTop(scene), [title]];
  if (random.chance(0.6)) {
    const reporters = [
      freshPerson(random, world, 'analyst', 'reporter'),
      freshPerson(random, world, 'analyst', 'reporter'),
    ];
    blocks.push([
      random.chance(0.5)
        ? `By ${reporters[0]!.full} and ${reporters[1]!.full}`
        : `${reporters[0]!.full} - ${scene.outlet.name}`,
    ]);
    scene.facts.furniture += 1;
  }
  if (random.chance(0.5)) {
    blocks.push([
      random.pick([
        `Published: ${longDate(date)}`,
        `Updated: ${longDate(date)}, ${random.int(6, 23)}:${String(random.int(0, 59)).padStart(2, '0')} GMT`,
        `·${random.int(2, 9)} min read`,
      ]),
    ]);
    scene.facts.furniture += 1;
  }
  if (random.chance(0.5)) {
    blocks.push([
      `${scene.a.full} and ${scene.b.full} in ${scene.city} on ${weekday(scene)}. Photo: ${random.pick(['AP', 'Reuters', 'AFP', 'EPA', 'Getty Images'])}`,
    ]);
    scene.facts.furniture += 1;
  }
  const body: string[] = [];
  const opening = capitalize(lead(scene, kind));
  body.push(
    random.chance(0.5)
      ? `${scene.city.toUpperCase()}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} (${scene.outlet.name}) – ${opening}`
      : opening,
  );
  const paragraphs = 4 + Math.floor(62 * Math.pow(random.next(), 1.4));
  const speakers = [scene.a, scene.b];
  for (let p = 0; p < paragraphs; p += 1) {
    const sentences: string[] = [];
    const n = random.int(1, 3);
    for (let s = 0; s < n; s += 1) {
      const r = random.next();
      if (r < 0.22) sentences.push(directQuote(scene, random.pick(speakers)));
      else if (r < 0.34) sentences.push(reported(scene, random.pick(speakers)));
      else if (r < 0.46) sentences.push(analystComment(scene));
      else if (r < 0.62) sentences.push(reaction(scene));
      else if (r < 0.68) sentences.push(membership(scene));
      else if (r < 0.74) sentences.push(hedged(scene));
      else sentences.push(background(scene));
    }
    body.push(sentences.map(capitalize).join(' '));
    if (random.chance(0.04)) body.push(teaser(scene).join('\n'));
    if (random.chance(0.03)) {
      body.push('Advertisement');
      scene.facts.furniture += 1;
    }
  }
  blocks.push(body, furnitureBottom(scene));
  const separator = random.chance(0.7) ? '\n\n' : '\n';
  const text =
    blocks
      .filter((b) => b.length > 0)
      .map((b) => b.join(separator))
      .join(separator) + '\n';
  const unique = (list: string[]): string[] => [...new Set(list)];
  return {
    input: {
      text,
      title,
      source: scene.outlet.name,
      publishedAt: date.toISOString().slice(0, 10),
      path: `generated/${String(index).padStart(6, '0')}.txt`,
    },
    facts: {
      ...scene.facts,
      people: unique(scene.facts.people),
      organizations: unique(scene.facts.organizations),
      countries: unique(scene.facts.countries),
      places: unique(scene.facts.places),
    },
  };
}
