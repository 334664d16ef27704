import { Availability } from '../../src/store/neo4j/availability.js';

/** A clock the test moves by hand. */
function clock(): { now: () => number; advance(ms: number): void } {
  let time = 1_000_000;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
}

describe('Availability', () => {
  it('trusts a finding for a second, then asks the server once however many wait', async () => {
    const time = clock();
    let up = true;
    let calls = 0;
    const availability = new Availability(
      async () => {
        calls += 1;
        if (!up) throw Object.assign(new Error('connection refused'), { code: 'ServiceUnavailable' });
      },
      { timeoutMs: 1000, trustMs: 1000, now: time.now },
    );
    availability.note(true);
    up = false;
    expect(await availability.available()).toBe(true);
    expect(calls).toBe(0);
    time.advance(1000);
    expect(await Promise.all([availability.available(), availability.available(), availability.available()])).toEqual([
      false,
      false,
      false,
    ]);
    expect(calls).toBe(1);
    // Found down: refused without asking for a second, then asked again, and the server is back.
    time.advance(999);
    expect(await availability.available()).toBe(false);
    expect(calls).toBe(1);
    up = true;
    time.advance(1);
    expect(await availability.available()).toBe(true);
    expect(calls).toBe(2);
    // A request that found the server gone is trusted as a check is.
    availability.note(false);
    expect(await availability.available()).toBe(false);
    expect(calls).toBe(2);
  });

  it('calls a server that does not answer within the timeout unavailable', async () => {
    const availability = new Availability(() => new Promise(() => undefined), { timeoutMs: 50 });
    const asked = Date.now();
    expect(await availability.available()).toBe(false);
    expect(Date.now() - asked).toBeLessThan(1000);
  });

  it('watch: settles as the operation does while the server answers, and gives up once it is found down', async () => {
    let up = true;
    const availability = new Availability(
      async () => {
        if (!up) throw new Error('refused');
      },
      { timeoutMs: 100, trustMs: 0, watchMs: 10 },
    );
    const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
    const gone = () => new Error('gone');
    await expect(availability.watch(later(60, 'done'), gone)).resolves.toBe('done');
    await expect(availability.watch(Promise.reject(new Error('query failed')), gone)).rejects.toThrow('query failed');

    let settleLate: (value: string) => void = () => undefined;
    const hanging = new Promise<string>((resolve) => {
      settleLate = resolve;
    });
    const watched = availability.watch(hanging, gone);
    up = false;
    await expect(watched).rejects.toThrow('gone');
    settleLate('too late');
    await expect(watched).rejects.toThrow('gone');
  });
});
