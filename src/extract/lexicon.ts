/**
 * Word lists of the extractor: verbs and nouns that signal a relation, speech verbs, negators,
 * hedges, role titles, names of days and months, quotation marks. General English only; nothing
 * here names a person, event or phrase of any particular article (world knowledge is in gazetteer.ts).
 * Where two stages need lists that differ, each list is named by its role.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w.length > 0));
}

/** Verbs that introduce a quotation or reported speech. */
export const SPEECH_VERBS = set(`
  said says say saying told tells tell telling added adds adding noted notes noting stressed stresses stressing
  emphasised emphasized emphasises emphasizes warned warns argued argues stated states declared declares
  insisted insists urged urges explained explains replied replies wrote writes remarked remarks commented
  comments continued continues acknowledged acknowledges conceded concedes claimed claims asked asks
  announced announces observed observes reiterated reiterates suggested suggests believes believed
  predicted predicts cautioned cautions confirmed confirms revealed reveals recalled recalls admitted admits
  pledged pledges vowed vows assured assures described describes tweeted tweets
`);

/**
 * Verbs of people's reported acts (speaking, reporting, meeting, visiting), for the mention stage: a
 * lone capitalised word before one is someone acting, not a place ("in Kyiv, Zelensky said"), and an
 * event's words do not reach back over one. Wider than SPEECH_VERBS, which introduce quotations.
 */
export const PERSON_ACT_VERBS = set(`
  said says told tells added adds noted notes stated states warned warns argued argues explained explains
  wrote writes asked asks insisted insists stressed stresses emphasised emphasized claimed claims announced
  announces declared declares replied replies acknowledged conceded admitted suggested believes believed
  thinks thought urged urges reported reports cautioned predicted described called welcomed praised
  criticised criticized condemned pledged met meets meeting visited visits recalled continued commented
  answered confirmed denied
`);

/** Verbs by which a news outlet or document is cited: "Reuters reported". */
export const REPORT_VERBS = set('reported reports reporting');

/** Personal pronouns that may stand for a speaker. */
export const PERSON_PRONOUNS = set('he she they him her them');

/** Words that deny the fact of their clause. */
export const NEGATORS = set(`
  not never no neither nor without refused refuses refusing refuse declined declines declining decline
  resisted resists resisting avoided avoids avoiding avoid denied denies deny failed fails n't cannot
  hardly hasn't haven't hadn't didn't doesn't don't won't isn't aren't wasn't weren't
`);

/** Verbs whose first object is the receiver of the thing named next: "give X backing". */
export const GIVE_VERBS = set(
  'give gives gave giving offer offers offered offering provide provides provided providing extend extends extended extending lend lends lent grant grants granted',
);

/** Words that only report, expect or suppose the fact of their clause. */
export const HEDGES = set(`
  may might could would reportedly reported expected expects expect likely unlikely possible possibly
  perhaps if whether supposedly allegedly alleged rumoured rumored apparently
`);

/** Words that put a happening in the future or in someone's intentions: it has not happened yet. */
export const FUTURE_WORDS = set(`
  will shall set plans plan planned planning hopes hoping hope intends intend considering seeks seeking
  aims aiming ready willing wants want to-be upcoming scheduled due
`);

/** Words that end a clause for the purpose of finding a subject or a negation. */
export const CLAUSE_BREAKS = set('; : but while whereas although though however yet – — -- ( )');

/** Relative pronouns: the subject of their verb is the noun before them. */
export const RELATIVES = set('who which that whose');

/** Words that open a relative clause: the relative pronouns, and "whom", which is its verb's object. */
export const CLAUSE_RELATIVES: ReadonlySet<string> = new Set([...RELATIVES, 'whom']);

/** Prepositions: a mention after one is not the subject of the clause. */
export const PREPOSITIONS = set(`
  at of from for in with to on by about over against into onto during since under between among amid
  towards toward after before like than including via per across within through around near
`);

/** Words of meeting: a person meeting a person. */
export const MEETING_WORDS = set(
  'met meet meets meeting meetings talks talked summit encounter hosted hosts host received welcomed',
);

/** Verbs of a person speaking to a person, which in a news report of a meeting mean they met. */
export const FACE_TO_FACE_VERBS = set('told tells');

/** Words of backing. */
export const SUPPORT_WORDS = set(`
  support supports supported supporting backs backed backing solidarity endorse endorses endorsed
  endorsing aid assistance help helps helped helping supportive defend defends defended sided sides
`);

/** Words of opposing. */
export const OPPOSE_WORDS = set(`
  oppose opposes opposed opposing opposition condemn condemns condemned condemning condemnation criticise
  criticises criticised criticising criticize criticizes criticized criticizing criticism blame blames
  blamed blaming objected objects object denounce denounces denounced denouncing reject rejects rejected
  rejecting protest protests protested rebuked rebukes accused accuses accusing slammed slams lambasted
  decried decries castigated assailed
`);

/** Verbs of taking a side, with the side after a preposition: "X stands with Y", "stood by Y", "on the side of Y". */
export const STAND_VERBS = set('stand stands stood standing');

/** Verbs of praising or welcoming what someone does: "X welcomed Y's bid", "X praised Y". */
export const PRAISE_VERBS = set(
  'welcomed welcomes welcome welcoming praised praises praise praising hailed hails applauded applauds lauded commended',
);

/** Nouns of a course someone pursues, which a praise or backing of it backs them in: "Y's bid", "Y's proposal". */
export const PURSUIT_NOUNS = set(`
  bid bids candidacy application campaign proposal proposals plan plans initiative initiatives efforts
  effort decision move offer stance position push call request
`);

/** Verbs of warning, which with "against" oppose: "X warned against Y". */
export const WARN_VERBS = set('warned warns warn warning cautioned cautions');

/** Words of sanctioning. */
export const SANCTION_WORDS = set('sanction sanctions sanctioned sanctioning embargo embargoes blacklisted blacklists');

/** Verbs that impose sanctions, with the imposer as subject. */
export const IMPOSE_VERBS = set(
  'imposed imposes impose imposing applied applies apply levied levies slapped extended maintained maintains announced joined join joins adopted adopts adopt approved approves introduced introduces unveiled',
);

/** Verbs that put bodies or people on a list, with the lister as subject: "X added A to its blacklist". */
export const LISTING_VERBS = set(
  'added adds adding add placed places put puts designated designates designating designate blacklisted listed lists',
);

/** Participles that say, in the passive, that bodies or people were put under sanctions: "A and B were also named". */
export const LISTED_PARTICIPLES = set('named listed designated added blacklisted sanctioned targeted included');

/** Words that take bodies or people off a list or out of sanctions: "was taken off the list", "lifted sanctions on". */
export const DELISTING_WORDS = set(
  'removed removes remove removing delisted dropped lifted lifts lift lifting eased eases ease waived scrapped taken struck',
);

/** Words that threaten sanctions without imposing them: "threatened sanctions on X". */
export const THREAT_WORDS = set(
  'threatened threatens threaten threatening mulling mulled weighing weighs considering considers proposed proposes propose',
);

/** Nouns of a list of bodies and people under sanctions, and the package that fills it. */
export const LIST_NOUNS = set('list lists blacklist blacklists register registry package');

/** Words that make a list one of sanctions: "its sanctions list", "the entity list", "its trade blacklist". */
export const SANCTION_LIST_QUALIFIERS = set(
  'sanctions sanction blacklist blacklists entity entities asset-freeze freeze export-control designation designations terror terrorist',
);

/** Heads of measures of sanctions, each with the words that make it one: "asset freezes", "travel bans". */
export const SANCTION_MEASURES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    freeze: 'asset assets',
    freezes: 'asset assets',
    ban: 'travel entry visa export import',
    bans: 'travel entry visa export import',
  }).map(([head, mods]) => [head, set(mods)] as const),
);

/** Verbs of travelling to a place. */
export const TRAVEL_WORDS = set(`
  visit visits visited visiting trip trips travel travels travelled traveled travelling traveling flew fly
  flies arrived arrives arriving went goes tour toured journey
`);

/** Verbs and prepositions that put a person at an event. */
export const PARTICIPATION_WORDS = set(`
  attend attends attended attending join joins joined joining host hosts hosted hosting held hold holds
  holding began begin begins conducted conduct conducts conducting staged launched took part participated
  participate at during sidelines met meet meets meeting speaking spoke arrived arriving invaded invade
  invades waged wages opened opens chaired chairs addressed addresses
`);

/** Nouns of membership. */
export const MEMBER_WORDS = set('member members membership includes include included including comprises comprising');

/** Statuses short of membership: "holds observer status", "a dialogue partner rather than a full member". */
export const NON_MEMBER_WORDS = set(
  'observer observers candidate candidates applicant applicants aspirant partner partners guest guests invitee',
);

/**
 * Verbs by which a grouping takes in members, with the grouping as subject and the members as object:
 * "O took in A", "O admitted A", "O groups A with B", "O brings together A and B".
 */
export const ADMIT_VERBS = set(
  'admitted admits admit took takes welcomed groups grouped brings brought unites united expanded',
);

/**
 * Nouns that name an organisation by its kind ("the alliance", "the ministry"), each with the kinds of
 * organisation it may stand for (see ORGANIZATION_KIND_WORDS).
 */
export const ORGANIZATION_DESCRIPTIONS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>(
  Object.entries({
    bloc: 'alliance bloc grouping union organisation organization club pact federation league body',
    'bloc company': 'group',
    ministry: 'ministry department',
    council: 'council',
    commission: 'commission',
    company: 'company firm corporation conglomerate lender bank maker manufacturer producer operator carrier giant',
    court: 'court tribunal',
    parliament: 'parliament legislature assembly',
    agency: 'agency',
    party: 'party',
  }).flatMap(([kinds, nouns]) => [...set(nouns)].map((noun) => [noun, kinds.split(' ')] as const)),
);

/** Words of an organisation's name that give its kind: "North Atlantic Treaty Organization" is a bloc. */
export const ORGANIZATION_KIND_WORDS: ReadonlyMap<string, string> = new Map<string, string>(
  Object.entries({
    bloc: 'organisation organization union alliance treaty community association cooperation bloc pact league partnership commonwealth market',
    ministry: 'ministry department',
    council: 'council',
    commission: 'commission',
    company:
      'inc ltd llc plc corp corporation company holdings bank airlines motors industries systems trading logistics technologies instruments engineering gmbh ag',
    court: 'court tribunal',
    parliament: 'parliament assembly duma congress senate',
    agency: 'agency',
    party: 'party',
  }).flatMap(([kind, words]) => [...set(words)].map((word) => [word, kind] as const)),
);

/** Head-of-body titles: a person with one of these leads the country or organisation. */
export const LEADER_TITLES = set(`
  president leader premier chancellor king queen emir sultan monarch chairman chairwoman chair speaker
  head chief secretary-general director-general ceo prime
`);

/** Titles of people who work for or at an organisation without leading it. */
export const MEMBER_TITLES = set(`
  professor associate fellow researcher research scholar analyst economist coordinator adviser advisor
  spokesman spokeswoman spokesperson director co-director vice-president minister official officer
  ambassador lawmaker senator correspondent editor reporter member lecturer expert strategist envoy
  deputy secretary staff employee dean founder co-founder partner commissioner
`);

/**
 * Verbs of a relative clause after a person that say where they work ("X, who studies export controls at
 * Y") or what they lead ("X, who heads Y").
 */
export const WORK_VERBS = set('works worked studies studied teaches taught researches lectures serves served');
export const HEAD_VERBS = set('heads headed leads led chairs chaired runs ran directs directed');
/** Prepositions that tie an appositive's role to the body the person works for: "a scientist at Y", "an analyst with Y". */
export const AFFILIATION_PREPOSITIONS = set('at with in');

/** Auxiliary verbs: after a name they make it the subject of a clause ("said the EU had agreed"). */
export const AUXILIARIES = set('had has have was were is are would will could should may might must did does do can');

/** Nouns that name a person by role: "the presidents of X, Y and Z". */
export const ROLE_PLURALS = set('presidents leaders heads counterparts premiers prime');

/** Event nouns of armed conflict: "invasion of X" happens in X. */
export const CONFLICT_EVENT_WORDS = set(
  'invasion war attack aggression occupation offensive counteroffensive incursion conflict strikes bombing assault',
);

/** Determiners: articles, demonstratives and possessives. */
export const DETERMINERS = set('the a an his her their its our this that these those');

/**
 * Words the relation and quote patterns skip between a word and the mention it governs: determiners,
 * and "neighbouring" ("visited neighbouring Kazakhstan").
 */
export const SKIPPED_DETERMINERS: ReadonlySet<string> = new Set([...DETERMINERS, 'neighbouring', 'neighboring']);

/** Verbs that attribute a partial quotation to their subject without being verbs of speech. */
export const QUOTING_VERBS = set(`
  praised praises hailed hails welcomed welcomes called calls thanked thanks expressed expresses voiced
  voices condemned condemns criticised criticized criticizes criticises accused accuses blamed blames
  dubbed labelled labeled termed pledged promised promises vowed highlighted described
`);

/** Names of the days of the week, lower-case. */
export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Names of the months, lower-case, in calendar order. */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Abbreviated month names (May has none). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Character codes of the typographic quotation marks: « » ‘ ’ “ ” „. */
export const QUOTE_MARKS: ReadonlySet<number> = new Set([0xab, 0xbb, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e]);

/**
 * Words of sports reporting: results, positions, officials and the parts of a game. Many of them in a
 * short text (with scores such as "2 – 1") mark a match report, where countries and cities name teams.
 */
export const SPORTS_WORDS = set(`
  goal goals scored scores scoring striker strikers goalkeeper goalkeepers midfielder midfielders defender
  defenders penalty penalties half-time halftime kick-off referee match matches tournament league
  championship coach fixture fixtures semi-final semi-finals quarter-final quarter-finals final finals
  equaliser equalizer equalised equalized substituted substitute innings wicket wickets touchdown
  touchdowns team teams player players squad victory defeated beat draw drew points minute stadium season
`);
