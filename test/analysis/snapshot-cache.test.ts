/**
 * The snapshot cache while a build takes long: a change made outside the API (another process's ingest)
 * is waited for only so long, then the snapshot before answers; a change made through the API is always
 * waited for. On a 10,000-article Neo4j graph a build takes about 30 s, and an ingest running beside the
 * server changes the counts every second: requests that waited for each build timed out.
 */
import { SnapshotCache } from '../../src/analysis/snapshot.js';
import type { GraphDump, GraphStore } from '../../src/store/port.js';
import { forumArticle } from '../graphql/fixtures.js';
import { fixtureStore } from '../graphql/harness.js';

/** A store whose dumps wait until `release()` while `hold` is set. */
function slowDumps(store: GraphStore): { store: GraphStore; hold(): void; release(): void; dumps(): number } {
  let held: (() => void)[] | undefined;
  let dumps = 0;
  const wrapped = new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'dump') return Reflect.get(target, property, receiver) as unknown;
      return async (): Promise<GraphDump> => {
        dumps += 1;
        const dump = await target.dump();
        if (held) await new Promise<void>((resolve) => held!.push(resolve));
        return dump;
      };
    },
  });
  return {
    store: wrapped,
    hold: () => void (held = []),
    release: () => {
      const waiting = held ?? [];
      held = undefined;
      for (const resume of waiting) resume();
    },
    dumps: () => dumps,
  };
}

const tokayev = forumArticle();

const TOKAYEV = 'person:kassym-jomart-tokayev';

describe('SnapshotCache', () => {
  test('answers from the snapshot before while a build for outside changes takes long, then from the new one', async () => {
    const slow = slowDumps(await fixtureStore());
    const snapshots = new SnapshotCache(slow.store, 0, 20);
    const before = await snapshots.get();
    expect(before.entities.has(TOKAYEV)).toBe(false);

    slow.hold();
    await slow.store.ingest(tokayev); // as another process would: the API is not told
    expect(await snapshots.get()).toBe(before);
    expect(slow.dumps()).toBe(2);

    slow.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const after = await snapshots.get();
    expect(after.entities.has(TOKAYEV)).toBe(true);
  });

  test('waits for the build after a change made through the API, however long it takes', async () => {
    const slow = slowDumps(await fixtureStore());
    const snapshots = new SnapshotCache(slow.store, 0, 20);
    await snapshots.get();

    slow.hold();
    await slow.store.ingest(tokayev);
    snapshots.invalidate();
    let answered = false;
    const pending = snapshots.get().then((snapshot) => {
      answered = true;
      return snapshot;
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(answered).toBe(false);
    slow.release();
    expect((await pending).entities.has(TOKAYEV)).toBe(true);
  });

  test('waits for the first snapshot, since there is none before it', async () => {
    const slow = slowDumps(await fixtureStore());
    const snapshots = new SnapshotCache(slow.store, 0, 1);
    slow.hold();
    let answered = false;
    const pending = snapshots.get().then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(answered).toBe(false);
    slow.release();
    await pending;
    expect(answered).toBe(true);
  });
});
