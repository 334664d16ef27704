import { InOrderWindow } from '../../src/ingest/window.js';

describe('InOrderWindow', () => {
  it('keeps at most `size` items waiting and finishes them in the order they came', async () => {
    const finished: number[] = [];
    let mostWaiting = 0;
    let waiting = 0;
    const window = new InOrderWindow<number>(3, async (n) => {
      await new Promise((resolve) => setTimeout(resolve, (5 - n) % 3));
      finished.push(n);
      waiting -= 1;
    });
    for (let n = 0; n < 8; n += 1) {
      waiting += 1;
      mostWaiting = Math.max(mostWaiting, waiting);
      await window.push(n);
    }
    expect(finished).toEqual([0, 1, 2, 3, 4, 5]);
    await window.drain();
    expect(finished).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(mostWaiting).toBe(3);
  });

  it('finishes each item at once with a size of 1', async () => {
    const finished: number[] = [];
    const window = new InOrderWindow<number>(1, async (n) => void finished.push(n));
    await window.push(7);
    expect(finished).toEqual([7]);
  });
});
