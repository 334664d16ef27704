/**
 * World knowledge the entity stages rely on, built once at import as frozen lookup tables:
 * countries, their names, demonyms and capitals (from world-countries), and the closed word classes
 * of news English (titles, organisation, place and event head words). Nothing here names a person,
 * an organisation or an event of any particular article.
 */
import worldCountries, { type Country } from 'world-countries';

// world-countries' types describe an ES module; under NodeNext its CommonJS default is the array itself.
const countries = worldCountries as unknown as readonly Country[];

/** A country as the extractor knows it. */
export interface CountryInfo {
  /** Canonical name: the common short English name. */
  name: string;
  /** ISO 3166-1 alpha-3 code. */
  code: string;
  capital?: string;
}

/** English names that news use where world-countries' common name is a newer or native form. */
const ENGLISH_COMMON_NAMES: Readonly<Record<string, string>> = {
  TUR: 'Turkey',
  CZE: 'Czech Republic',
  CIV: 'Ivory Coast',
};

/** Widely used English names for countries that world-countries lists under another name. */
const EXTRA_COUNTRY_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Britain', 'GBR'],
  ['Great Britain', 'GBR'],
  ['U.K.', 'GBR'],
  ['UK', 'GBR'],
  ['America', 'USA'],
  ['U.S.', 'USA'],
  ['U.S.A.', 'USA'],
  ['US', 'USA'],
  ['USA', 'USA'],
  ['Holland', 'NLD'],
  ['Burma', 'MMR'],
  ['Türkiye', 'TUR'],
  ['Turkey', 'TUR'],
  ['Czechia', 'CZE'],
  ['UAE', 'ARE'],
  ['DPRK', 'PRK'],
  ['Vatican', 'VAT'],
];

/** Former states that news still name (world-countries lists only current ones). */
const FORMER_STATES: ReadonlyArray<{ name: string; code: string; aliases: readonly string[] }> = [
  { name: 'Soviet Union', code: 'SUN', aliases: ['USSR', 'U.S.S.R.', 'Soviet Union'] },
  { name: 'Yugoslavia', code: 'YUG', aliases: ['Yugoslavia'] },
  { name: 'Czechoslovakia', code: 'CSK', aliases: ['Czechoslovakia'] },
  { name: 'East Germany', code: 'DDR', aliases: ['East Germany', 'GDR'] },
  { name: 'West Germany', code: 'DEU', aliases: ['West Germany'] },
];

/** Seats of government named for their government ("the Kremlin said"): world knowledge. */
const SEATS_OF_GOVERNMENT: ReadonlyArray<readonly [string, string]> = [
  ['Kremlin', 'RUS'],
  ['Downing Street', 'GBR'],
  ['Whitehall', 'GBR'],
  ['Elysee', 'FRA'],
  ['Élysée', 'FRA'],
  ['Zhongnanhai', 'CHN'],
  ['Blue House', 'KOR'],
];

const LATIN = /^[\p{Script=Latin}\p{N} .,'’()-]+$/u;

function buildCountryTables() {
  const byName = new Map<string, CountryInfo>();
  const byDemonym = new Map<string, CountryInfo>();
  const byCapital = new Map<string, CountryInfo>();
  const byCode = new Map<string, CountryInfo>();
  const add = (name: string, info: CountryInfo) => {
    if (!LATIN.test(name) || name.length < 2) return;
    if (!byName.has(name)) byName.set(name, info);
  };
  // Sovereign states first, so that a demonym or name shared with a territory ("French") names the state.
  const ordered = [...countries].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  for (const c of ordered) {
    const info: CountryInfo = Object.freeze({
      name: ENGLISH_COMMON_NAMES[c.cca3] ?? c.name.common,
      code: c.cca3,
      capital: c.capital?.[0]?.replace(/ D\.C\.$/, ''),
    });
    byCode.set(c.cca3, info);
    add(info.name, info);
    add(c.name.common, info);
    add(c.name.official, info);
    for (const alt of c.altSpellings) {
      // Two-letter ISO codes ("IN", "IT") collide with ordinary words; the few used in news are listed above.
      if (alt.length > 3 && !alt.includes(',')) add(alt, info);
    }
    const demonyms = c.demonyms?.eng;
    if (demonyms) {
      for (const d of [demonyms.m, demonyms.f]) if (d && !byDemonym.has(d)) byDemonym.set(d, info);
    }
    // "Kazakhstan" → "Kazakh", "Uzbekistan" → "Uzbek": the -stan countries' adjective is the root.
    const stan = /^(\p{Lu}\p{L}+?)i?stan$/u.exec(info.name);
    if (stan && !byDemonym.has(stan[1])) byDemonym.set(stan[1], info);
    if (info.capital) byCapital.set(info.capital, info);
  }
  for (const [name, code] of EXTRA_COUNTRY_NAMES) {
    const info = byCode.get(code);
    if (info) byName.set(name, info);
  }
  for (const f of FORMER_STATES) {
    const info: CountryInfo = Object.freeze({ name: f.name, code: f.code });
    for (const a of f.aliases) byName.set(a, info);
    byDemonym.set(f.name.split(' ')[0], info);
  }
  // Demonyms that name no country on their own in news English.
  for (const d of ['Western', 'European', 'Asian', 'African', 'Arab', 'Latin']) byDemonym.delete(d);
  const seats = new Map<string, CountryInfo>();
  for (const [seat, code] of SEATS_OF_GOVERNMENT) {
    const info = byCode.get(code);
    if (info) seats.set(seat, info);
  }
  return { byName, byDemonym, byCapital, seats };
}

const TABLES = buildCountryTables();

/** Country names and alternative spellings (case-sensitive) → country. */
export const COUNTRY_BY_NAME: ReadonlyMap<string, CountryInfo> = TABLES.byName;
/** English demonyms ("Chinese", "Kazakh") → country. */
export const COUNTRY_BY_DEMONYM: ReadonlyMap<string, CountryInfo> = TABLES.byDemonym;
/** Capital cities → their country. */
export const COUNTRY_BY_CAPITAL: ReadonlyMap<string, CountryInfo> = TABLES.byCapital;
/** Seats of government ("Kremlin") → their country. */
export const COUNTRY_BY_SEAT: ReadonlyMap<string, CountryInfo> = TABLES.seats;

/** The longest number of words in a country name, for greedy matching. */
export const MAX_COUNTRY_WORDS = Math.max(...[...COUNTRY_BY_NAME.keys()].map((n) => n.split(/\s+/).length));

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s*\|\s*/));

/** Titles and honorifics that precede a person's name (capitalised forms). */
export const PERSON_TITLES = words(`
  President | Vice | Vice-President | Secretary-General | Director-General | Attorney-General | Governor-General |
  Vice-Chancellor | Vice-Premier | Deputy-Director | Prime | Minister | Premier | Chancellor | Secretary | Speaker | Senator | Sen |
  Sen. | Rep | Rep. | Representative | Congressman | Congresswoman | Governor | Gov | Gov. | Mayor | King | Queen |
  Prince | Princess | Emperor | Pope | Sheikh | Crown | General | Gen | Gen. | Admiral | Adm | Colonel | Col |
  Lieutenant | Lt | Major | Captain | Capt | Commander | Marshal | Professor | Prof | Prof. | Emeritus | Dr | Dr. |
  Mr | Mr. | Mrs | Mrs. | Ms | Ms. | Miss | Mx | Sir | Dame | Lord | Lady | Chairman | Chairwoman | Chair |
  Ambassador | Envoy | Spokesman | Spokeswoman | Spokesperson | Judge | Justice | Chief | Foreign | Defence | Defense |
  Finance | Interior | Trade | Deputy | Leader | Director | CEO | Commissioner | Archbishop | Bishop | Cardinal |
  Rev | Rev. | Father | Ayatollah | Supreme | State | Councillor | Counselor | Premier | Head | Economy | Energy |
  Health | Education | Home | Culture | Agriculture | Transport | Justice | Security | National | Treasury | House |
  Senate | Majority | Minority | Whip | First | Lady | Crown | Grand | Duke | Duchess | Coach | Manager | Chairperson |
  Affairs | Commerce | Homeland | Labor | Labour | Industry | Development | Environment | Veterans
`);

/** Title words that alone make the following name a person ("President", "Mr"): the rest only extend a title. */
export const HEAD_TITLES = words(`
  President | Vice-President | Secretary-General | Director-General | Attorney-General | Governor-General |
  Vice-Chancellor | Vice-Premier | Minister | Premier | Chancellor | Secretary | Speaker | Senator | Sen | Sen. | Rep |
  Rep. | Representative | Congressman | Congresswoman | Governor | Gov | Gov. | Mayor | King | Queen | Prince |
  Princess | Emperor | Pope | Sheikh | General | Gen | Gen. | Admiral | Adm | Colonel | Col | Lieutenant | Lt |
  Captain | Capt | Commander | Marshal | Professor | Prof | Prof. | Emeritus | Dr | Dr. | Mr | Mr. | Mrs | Mrs. |
  Ms | Ms. | Miss | Mx | Sir | Dame | Lord | Lady | Chairman | Chairwoman | Chair | Ambassador | Envoy |
  Spokesman | Spokeswoman | Spokesperson | Judge | Justice | Director | CEO | Commissioner | Archbishop | Bishop |
  Cardinal | Rev | Rev. | Ayatollah | Councillor | Leader | Coach | Manager | Chairperson | Duke | Duchess
`);

/** Honorifics, never part of a role ("Mr", "Dr"). */
export const HONORIFICS = words(`Mr | Mr. | Mrs | Mrs. | Ms | Ms. | Miss | Mx | Sir | Dame | Dr | Dr.`);

/** Lower-case role nouns that introduce or describe a person ("an associate research professor at …"). */
export const ROLE_NOUNS = words(`
  president | vice-president | leader | chief | head | premier | minister | secretary | spokesman | spokeswoman |
  spokesperson | official | officials | legislator | lawmaker | senator | chairman | chairwoman | chair | director |
  co-director | professor | lecturer | researcher | fellow | associate | analyst | expert | adviser | advisor |
  ambassador | envoy | diplomat | commander | general | counterpart | coordinator | editor | correspondent |
  reporter | economist | scholar | author | founder | co-founder | executive | ceo | governor | mayor | speaker |
  dean | strategist | historian | politician | candidate | negotiator | commentator | journalist | prosecutor |
  judge | king | queen | prince | monarch | dictator | strongman | chancellor | deputy | representative | aide |
  colonel | captain | admiral | head of state | prime minister | foreign minister | defence minister
`);

/** Role nouns that describe a head of state or government ("the Chinese leader", "his counterpart"). */
export const LEADER_NOUNS = words(
  `leader | president | chief | premier | prime minister | head of state | counterpart | strongman`,
);

/** Head words of organisation names ("… University", "Ministry of …"). */
/**
 * Words that end company names ("Harbour Trading", "Apex Logistics", "Nordic Aero Systems"): a name of
 * capitalised words that ends in one is a company, whatever its other words are.
 */
export const COMPANY_HEADS = words(`
  Trading | Traders | Logistics | Systems | Instruments | Engineering | Technologies | Technology | Industries |
  Industrial | Energy | Motors | Electronics | Semiconductor | Semiconductors | Microelectronics | Pharmaceuticals |
  Pharma | Capital | Partners | Ventures | Labs | Laboratories | Networks | Solutions | Aerospace | Shipping |
  Petroleum | Steel | Mining | Chemicals | Foods | Software | Dynamics | Robotics | Telecom | Telecommunications |
  Communications | Enterprises | Manufacturing | Machinery | Metals | Resources | Consulting | Insurance |
  Securities | Investments | Airways | Railways | Automotive | Biotech | Plc | PLC | LLC | GmbH | AG | Limited |
  JSC | Bancorp | Brands | Entertainment | Studios | Pictures | Records | Motors | Oil | Gas
`);

/** Head words of organisations other than companies ("… University", "Ministry of …", "… Council"). */
export const BODY_HEADS = words(`
  University | College | School | Institute | Institution | Endowment | Foundation | Council | Committee |
  Commission | Organisation | Organization | Agency | Ministry | Department | Dept | Office | Bureau | Party |
  Parliament | Duma | Assembly | Senate | Congress | Court | Bank | Fund | Union | Association | Alliance | Group |
  Television | Broadcasting | Broadcaster | News | Times | Post | Journal | Press | Network | Corporation | Corp |
  Inc | Company | Co | Ltd | Airlines | Army | Navy | Forces | Guard | Police | Service | Services | Centre | Center |
  Programme | Program | Movement | Front | League | Federation | Reserve | Society | Academy | Club | Board |
  Authority | Cabinet | Treasury | Secretariat | Tribunal | Observatory | Monitor | Watch | Herald | Tribune |
  Gazette | Daily | Telegraph | Guardian | Review | Magazine | Radio | Channel | Media | Holdings | Bloc | Coalition |
  House | Pentagon | Kremlin | Legislature | Politburo | Mission | Command | Corps | Brigade | Regiment | Community |
  Commonwealth | Secretariat | Parliament | Ministry | International | Watch | Institute | Dialogue | Forum |
  Cross | Crescent | Force | Municipality | Org | Church | Legion
`);

/** Head words of organisation names: bodies and companies. */
export const ORG_HEADS: ReadonlySet<string> = new Set([...BODY_HEADS, ...COMPANY_HEADS]);

/** Organisation heads that need a qualifier to be one ("Party" alone is not an organisation). */
export const WEAK_ORG_HEADS = words(
  `International | Group | House | Office | Department | Agency | Bureau | Party | Council | Committee | Commission | Court | Bank | Fund | Union | Service | Front | Daily | Review | Mission | Command | Club | Board | Watch | Center | Centre`,
);

/** Head words of place names ("Taiwan Strait", "Pacific Ocean", "Kharkiv Oblast"). */
export const PLACE_HEADS = words(`
  Strait | Straits | Sea | Ocean | Gulf | Bay | Peninsula | Island | Islands | Region | Oblast | Province |
  Prefecture | County | District | Valley | River | Lake | Mountains | Mount | Desert | Canal | Channel | Coast |
  Basin | Plateau | Highlands | Delta | Archipelago | Square | Street | Avenue | Airport | Port | Harbour | Harbor |
  Territory | Territories | Heights | Pass | Corridor | Road | Palace | Castle | Cathedral | Stadium | Arena | Hotel |
  Bridge | Park | Plant | Base | Camp | Field | Oblast | Hill | Hills | Beach | Airbase | Peninsula | Tower | Towers |
  Station
`);

/**
 * Cities known by their initials or with their district: world knowledge, since the shape of "LA" or
 * "D.C." says acronym of an organisation. Keys as written, values the place's canonical name.
 */
export const PLACE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['LA', 'Los Angeles'],
  ['L.A.', 'Los Angeles'],
  ['NYC', 'New York City'],
  ['D.C.', 'Washington, D.C.'],
  ['Washington D.C.', 'Washington, D.C.'],
  ['Washington DC', 'Washington, D.C.'],
]);

/** The countries of the United Kingdom: places (not sovereign states), and teams in a match report. */
export const CONSTITUENT_COUNTRIES = words(`England | Scotland | Wales | Northern Ireland`);

/** Continents and world regions, and the words that qualify them ("Central Asia"). */
export const CONTINENTS = words(
  `Asia | Europe | Africa | America | Americas | Oceania | Antarctica | Arctic | Pacific | Atlantic | Caribbean | Balkans | Caucasus | Middle East | Eurasia | Scandinavia | Siberia | Indo-Pacific | Asia-Pacific | Sahel`,
);
export const REGION_QUALIFIERS = words(
  `Central | East | West | North | South | Southeast | Southwest | Northeast | Northwest | Eastern | Western | Northern | Southern | Middle | Far | Near | Sub-Saharan | Latin`,
);

/** Head words of named events ("Winter Olympics", "Cold War", "World Cup"). */
export const EVENT_HEADS = words(
  `Olympics | Games | War | Cup | Summit | Congress | Conference | Championship | Championships | Festival | Expo | Fair | Marathon | Tournament | Carnival | Parade | Exhibition | Awards | Election | Elections | Revolution | Crisis | Pandemic | Uprising | Offensive | Operation | Talks | Plenum | Day`,
);

/** Lower-case event nouns of the genre and the kind of happening they name. */
export const EVENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['meeting', 'meeting'],
  ['meetings', 'meeting'],
  ['talks', 'meeting'],
  ['summit', 'summit'],
  ['visit', 'visit'],
  ['trip', 'visit'],
  ['invasion', 'war'],
  ['war', 'war'],
  ['attack', 'war'],
  ['aggression', 'war'],
  ['offensive', 'war'],
  ['counteroffensive', 'war'],
  ['counter-offensive', 'war'],
  ['crisis', 'war'],
  ['conflict', 'war'],
  ['patrols', 'exercise'],
  ['patrol', 'exercise'],
  ['exercises', 'exercise'],
  ['drills', 'exercise'],
  ['manoeuvres', 'exercise'],
  ['maneuvers', 'exercise'],
  ['congress', 'congress'],
  ['plenum', 'congress'],
  ['election', 'election'],
  ['elections', 'election'],
  ['referendum', 'election'],
  ['pandemic', 'pandemic'],
  ['olympics', 'games'],
]);

/** Capitalised words that never start or make up a name: function words, days, months. */
export const NOT_NAME_WORDS = words(`
  The | A | An | This | That | These | Those | It | Its | He | She | They | We | I | You | His | Her | Their | Our |
  My | Your | In | On | At | By | For | From | With | Without | Of | To | Into | As | But | And | Or | Nor | So | Yet |
  If | When | While | Where | Why | How | What | Who | Whom | Which | After | Before | Since | Until | During |
  Despite | Although | Though | Because | Meanwhile | However | Instead | Also | Still | Even | Only | Just | Then |
  There | Here | Some | Many | Most | Much | More | Less | Both | Each | Every | All | Any | No | Not | Another |
  Other | Such | Last | Next | Later | Earlier | Now | Today | Yesterday | Tomorrow | Tonight | Monday | Tuesday |
  Wednesday | Thursday | Friday | Saturday | Sunday | January | February | March | April | May | June | July |
  August | September | October | November | December | Jan | Feb | Mar | Apr | Jun | Jul | Aug | Sep | Sept |
  Oct | Nov | Dec | Regardless | According | Addressing | Coinciding | Revealing | Prior | Originally | Days |
  Weeks | Months | Years | Among | Amid | Against | Under | Over | About | Above | Below | Between | Through |
  Across | Around | Along | Beyond | Upon | Within | Whether | Once | Unlike | Like | Although | Whereas | Yes |
  Well | Thus | Hence | Indeed | Perhaps | Maybe | Already | Again | Almost | Never | Ever | Always | Often |
  Sometimes | Together | Please | Photo | Image | Video | Watch | Read | Live | Updated | Internet |
  Published | Reporting | Editing | Additional | Catch | Download | Get | Sign | Subscribe | Share | Follow | Click |
  Former | Late | Then
`);

/** Locative prepositions and motion words: a capital after them is a place, not its government. */
export const LOCATIVE_WORDS = words(
  `in | at | near | outside | around | across | inside | to | into | via | toward | towards | throughout | within`,
);

/** Verbs and nouns of movement after which "to X" names a destination. */
export const MOTION_WORDS = words(
  `visit | visits | visited | visiting | trip | trips | travel | travels | travelled | traveled | travelling | traveling | flew | fly | flies | flying | went | go | goes | going | came | come | arrived | arrives | arrive | return | returned | returns | journey | way | moved | headed | heading | sent | send | back`,
);

/** Well-known international organisations by acronym: world knowledge to expand acronyms the text leaves bare. */
export const KNOWN_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['NATO', 'North Atlantic Treaty Organization'],
  ['EU', 'European Union'],
  ['UN', 'United Nations'],
  ['U.N.', 'United Nations'],
  ['G7', 'Group of Seven'],
  ['G20', 'Group of 20'],
  ['WHO', 'World Health Organization'],
  ['IMF', 'International Monetary Fund'],
  ['WTO', 'World Trade Organization'],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['IAEA', 'International Atomic Energy Agency'],
  ['BRICS', 'BRICS'],
  ['AU', 'African Union'],
  ['OSCE', 'Organization for Security and Co-operation in Europe'],
]);

/** All-capital words that are not organisations (time zones, units, numerals, common nouns: VIP, DNA, GPS). */
export const NOT_ACRONYMS = words(
  `AM | PM | IST | GMT | UTC | BST | EST | EDT | CET | CEST | PST | PDT | TV | CEO | CFO | COO | OK | II | III | IV | VI | VII | VIII | IX | XI | XII | AI | GDP | ID | PR | HQ | US | UK | USA | UAE | USSR | DPRK | EV | CPU | CPUS | LIVE | STORY | NEWS | BREAKING | UPDATE | WATCH | READ | VIDEO | PHOTO | PHOTOS | COVID | A | I | VIP | VIPS | IQ | HTML | URL | PDF | USB | GPS | DNA | HIV | AIDS | LGBT | LGBTQ | DVD | CD | SUV | ATM | FAQ | DIY | RSVP | SMS | IPO | HR | POTUS | FLOTUS | SCOTUS`,
);
