import type { EntityRecord, RelationRecord, StatementRecord } from '../graph/model.js';
import { foldText } from '../graph/text.js';
import type { GraphStore, StoreStats } from '../store/port.js';
import { analyseGraph, projectGraph, type GraphAnalytics } from './analytics.js';
import { EventMatcher, type EventCandidate } from './match-event.js';
import { buildSearchIndex, type SearchIndex } from './search.js';

/**
 * Whole-graph views that no single store call gives: centrality, communities, the full-text index, the
 * entities of each article and the event candidates of `commentators`. Built from one `store.dump()`
 * and computed lazily, so they work the same on every store.
 */
export class GraphSnapshot {
  readonly entities: Map<string, EntityRecord>;
  private analyticsMemo: GraphAnalytics | undefined;
  private searchMemo: SearchIndex | undefined;
  private articleEntitiesMemo: Map<string, string[]> | undefined;
  private eventsMemo: EventCandidate[] | undefined;
  private eventMatcherMemo: EventMatcher | undefined;
  private participantsMemo: Map<string, Set<string>> | undefined;
  private articleRecordsMemo:
    { statements: Map<string, StatementRecord[]>; relations: Map<string, RelationRecord[]> } | undefined;

  constructor(
    entities: readonly EntityRecord[],
    private readonly relations: readonly RelationRecord[],
    private readonly statements: readonly StatementRecord[],
  ) {
    this.entities = new Map(entities.map((e) => [e.id, e]));
  }

  /** Degree, PageRank and Louvain communities. */
  get analytics(): GraphAnalytics {
    this.analyticsMemo ??= analyseGraph(projectGraph([...this.entities.values()], this.relations));
    return this.analyticsMemo;
  }

  /** Full-text index over names, aliases and quotes. */
  get searchIndex(): SearchIndex {
    this.searchMemo ??= buildSearchIndex([...this.entities.values()], this.statements);
    return this.searchMemo;
  }

  /** Ids of the entities each article mentions, most mentioned first. */
  entitiesOfArticle(article: string): string[] {
    if (!this.articleEntitiesMemo) {
      const counts = new Map<string, Map<string, number>>();
      for (const entity of this.entities.values()) {
        for (const mention of entity.mentions) {
          const perArticle = counts.get(mention.article) ?? new Map<string, number>();
          perArticle.set(entity.id, (perArticle.get(entity.id) ?? 0) + 1);
          counts.set(mention.article, perArticle);
        }
      }
      this.articleEntitiesMemo = new Map(
        [...counts].map(([id, perArticle]) => [
          id,
          [...perArticle].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([entity]) => entity),
        ]),
      );
    }
    return this.articleEntitiesMemo.get(article) ?? [];
  }

  private get articleRecords(): {
    statements: Map<string, StatementRecord[]>;
    relations: Map<string, RelationRecord[]>;
  } {
    if (!this.articleRecordsMemo) {
      const statements = new Map<string, StatementRecord[]>();
      for (const s of this.statements) statements.set(s.article, [...(statements.get(s.article) ?? []), s]);
      for (const list of statements.values()) list.sort((a, b) => a.start - b.start);
      const relations = new Map<string, RelationRecord[]>();
      for (const r of this.relations) {
        for (const article of new Set(r.evidence.map((e) => e.article)))
          relations.set(article, [...(relations.get(article) ?? []), r]);
      }
      for (const list of relations.values())
        list.sort((a, b) => b.confidence - a.confidence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.articleRecordsMemo = { statements, relations };
    }
    return this.articleRecordsMemo;
  }

  /** The statements made in an article, in text order. */
  statementsOfArticle(article: string): StatementRecord[] {
    return this.articleRecords.statements.get(article) ?? [];
  }

  /** The relations an article gives evidence for, most confident first. */
  relationsOfArticle(article: string): RelationRecord[] {
    return this.articleRecords.relations.get(article) ?? [];
  }

  /**
   * Ids of who took part in an event: its PARTICIPATED_IN sources, both sides of the meetings held at
   * it, and the people met with (MET_WITH ends) whom its name names ("Xi–Putin meeting"), since the
   * extractor does not always tie a meeting's MET_WITH edge to its Event.
   */
  participantsOf(event: string): ReadonlySet<string> {
    this.participantsMemo ??= this.collectParticipants();
    return this.participantsMemo.get(event) ?? new Set<string>();
  }

  private collectParticipants(): Map<string, Set<string>> {
    const participants = new Map<string, Set<string>>();
    const add = (event: string, entity: string) => {
      const set = participants.get(event) ?? new Set<string>();
      set.add(entity);
      participants.set(event, set);
    };
    const metWith = new Set<string>();
    for (const r of this.relations) {
      if (r.negated) continue;
      if (r.type === 'PARTICIPATED_IN') add(r.target, r.source);
      if (r.type === 'MET_WITH') {
        metWith.add(r.source).add(r.target);
        if (r.event) {
          add(r.event, r.source);
          add(r.event, r.target);
        }
      }
    }
    // The folded names and aliases of everyone met with, so each event looks up the word runs of its names.
    const byForm = new Map<string, string[]>();
    for (const id of metWith) {
      const person = this.entities.get(id);
      for (const form of new Set(person ? [person.name, ...person.aliases].map(foldText) : [])) {
        if (form.length > 0) byForm.set(form, [...(byForm.get(form) ?? []), id]);
      }
    }
    for (const event of this.entities.values()) {
      if (event.label !== 'Event') continue;
      for (const name of [event.name, ...event.aliases]) {
        for (const run of wordRuns(foldText(name), 4)) for (const id of byForm.get(run) ?? []) add(event.id, id);
      }
    }
    return participants;
  }

  /** Every Event with its participants (see participantsOf) and its commentary count. */
  get events(): EventCandidate[] {
    if (!this.eventsMemo) {
      const statementCounts = new Map<string, number>();
      for (const s of this.statements)
        if (s.about) statementCounts.set(s.about, (statementCounts.get(s.about) ?? 0) + 1);
      this.eventsMemo = [...this.entities.values()]
        .filter((e) => e.label === 'Event')
        .map((event) => ({
          event,
          participants: [...this.participantsOf(event.id)]
            .map((id) => this.entities.get(id))
            .filter((p): p is EntityRecord => p !== undefined),
          statementCount: statementCounts.get(event.id) ?? 0,
        }));
    }
    return this.eventsMemo;
  }

  /** The events indexed by their words, for `commentators(on:)` and `matchEvent` on free text. */
  get eventMatcher(): EventMatcher {
    this.eventMatcherMemo ??= new EventMatcher(this.events);
    return this.eventMatcherMemo;
  }
}

/** Every run of one to `longest` consecutive words of a folded text. */
function wordRuns(text: string, longest: number): string[] {
  const words = text.split(' ').filter((w) => w.length > 0);
  const runs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= longest && i + n <= words.length; n++) runs.push(words.slice(i, i + n).join(' '));
  }
  return runs;
}

function fingerprint(stats: StoreStats): string {
  return JSON.stringify([
    stats.articles,
    stats.nodes,
    stats.edges,
    stats.statements,
    stats.nodesByLabel,
    stats.edgesByType,
  ]);
}

/** A snapshot being built (or built) for a store version, and the local version it was asked at. */
interface Build {
  key: string;
  localVersion: number;
  snapshot: Promise<GraphSnapshot>;
  done: boolean;
}

/**
 * Keeps one GraphSnapshot per store version. The version is the store's counts (so ingests by another
 * process are seen) plus a counter that every mutation made through the API bumps. The counts are
 * read again at most every `recheckMs`, so busy read traffic does not count the whole store each time.
 *
 * A snapshot is built from a dump of the whole store: on a 10,000-article Neo4j graph about 30 s. While
 * another process keeps ingesting, the counts change every second, and requests that waited for each new
 * snapshot would wait for ever. So a request waits at most `staleWaitMs` for a snapshot that only changes
 * made outside the API call for, then is answered from the one before (at most one build old); a change
 * made through the API is always waited for, so that a client reads what it wrote.
 */
export class SnapshotCache {
  private localVersion = 0;
  private current: Build | undefined;
  private checked: { localVersion: number; at: number } | undefined;
  /** The recheck under way, if any, for the requests that come meanwhile. */
  private checking: { localVersion: number; snapshot: Promise<GraphSnapshot> } | undefined;
  /** The newest snapshot built, and the local version it was built at. */
  private built: { localVersion: number; snapshot: GraphSnapshot } | undefined;

  constructor(
    private readonly store: GraphStore,
    private readonly recheckMs = 1000,
    private readonly staleWaitMs = 2000,
  ) {}

  /** Marks the cached snapshot stale after a change made through the API. */
  invalidate(): void {
    this.localVersion += 1;
  }

  /**
   * The snapshot of the store's current version, built when the version changed. Requests that come
   * while the counts are being read share that reading: a busy server counts the store once per interval,
   * not once per request that arrived meanwhile.
   */
  async get(): Promise<GraphSnapshot> {
    const now = Date.now();
    if (this.current && this.checked?.localVersion === this.localVersion && now - this.checked.at < this.recheckMs) {
      return this.answer(this.current);
    }
    if (this.checking?.localVersion === this.localVersion) return this.checking.snapshot;
    const localVersion = this.localVersion;
    const snapshot = this.recheck(localVersion, now);
    this.checking = { localVersion, snapshot };
    try {
      return await snapshot;
    } finally {
      if (this.checking?.snapshot === snapshot) this.checking = undefined;
    }
  }

  private async recheck(localVersion: number, now: number): Promise<GraphSnapshot> {
    const key = `${localVersion}:${fingerprint(await this.store.stats())}`;
    this.checked = { localVersion, at: now };
    if (this.current?.key !== key) {
      const snapshot = this.store
        .dump()
        .then((dump) => new GraphSnapshot(dump.entities, dump.relations, dump.statements));
      const current: Build = { key, localVersion, snapshot, done: false };
      this.current = current;
      snapshot.then(
        (built) => {
          current.done = true;
          if (!this.built || this.built.localVersion <= localVersion) this.built = { localVersion, snapshot: built };
        },
        () => {
          if (this.current === current) this.current = undefined;
        },
      );
    }
    return this.answer(this.current);
  }

  /** The snapshot being built, or the one before when the build takes long and only outside changes are missing. */
  private answer(current: Build): Promise<GraphSnapshot> {
    const before = this.built;
    if (current.done || !before || before.localVersion !== current.localVersion) return current.snapshot;
    let timer: NodeJS.Timeout | undefined;
    const stale = new Promise<GraphSnapshot>((resolve) => {
      timer = setTimeout(() => resolve(before.snapshot), this.staleWaitMs);
    });
    return Promise.race([current.snapshot, stale]).finally(() => clearTimeout(timer));
  }
}
