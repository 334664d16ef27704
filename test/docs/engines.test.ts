import { readFileSync } from 'node:fs';

/** A file of the repository as text. */
const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the Node.js version, stated once and tested', () => {
  const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
  const lowest = /^>=(\d+)\.(\d+)$/.exec(engines);

  it('is a lower bound in package.json', () => {
    expect(lowest).not.toBeNull();
  });

  it('is the version CI installs and tests (.ci/run NODE_MIN)', () => {
    expect(/^NODE_MIN=(\S+)$/m.exec(read('.ci/run'))?.[1]).toBe(`${lowest![1]}.${lowest![2]}.0`);
  });

  it('is the major version of .nvmrc, and the Dockerfile runs the same line or a newer one', () => {
    expect(read('.nvmrc').trim()).toBe(lowest![1]);
    const image = Number(/^FROM node:(\d+)/m.exec(read('docker/Dockerfile'))?.[1]);
    expect(image).toBeGreaterThanOrEqual(Number(lowest![1]));
  });
});
