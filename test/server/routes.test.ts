import { DEFAULT_API_LIMITS } from '../../src/config.js';
import { createApp } from '../../src/server/index.js';
import { fixtureStore } from '../export/fixture.js';

let app: ReturnType<typeof createApp>;
let corsApp: ReturnType<typeof createApp>;

beforeAll(async () => {
  const store = await fixtureStore();
  app = createApp(store, {}, DEFAULT_API_LIMITS);
  corsApp = createApp(store, {}, { ...DEFAULT_API_LIMITS, corsOrigins: ['https://a.example', 'https://b.example'] });
});

describe('exports under /export', () => {
  it('serves exports with focus, hops and types', async () => {
    const response = await app.fetch('http://localhost/export/graph.graphml?focus=person:zhao-long&hops=1&types=SAID');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="graph.graphml"');
    const text = await response.text();
    expect(text.match(/<node /g)).toHaveLength(2);
    expect(text.match(/<edge /g)).toHaveLength(1);
    const bad = await app.fetch('http://localhost/export/graph.gexf?hops=zero');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/hops must be a whole number/);
    const csv = await app.fetch('http://localhost/export/graph.csv');
    expect(csv.status).toBe(404);
    expect(await csv.text()).toMatch(/\/export\/nodes\.csv, \/export\/relationships\.csv/);
  });

  it('answers GET and HEAD only, HEAD with the headers of GET', async () => {
    const post = await app.fetch('http://localhost/export/graph.json', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await app.fetch('http://localhost/export/graph.json', { method: 'HEAD' });
    const get = await app.fetch('http://localhost/export/graph.json');
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect(await head.text()).toBe('');
  });
});

describe('the explorer under /explore', () => {
  it('serves its page and style sheet with the security headers, and names itself on a wrong path', async () => {
    const page = await app.fetch('http://localhost/explore');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(await page.text()).toContain('/explore/app.js');
    expect((await app.fetch('http://localhost/explore/app.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    const missing = await app.fetch('http://localhost/explore/nope');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('No /explore/nope here: the explorer is at /explore.\n');
    const post = await app.fetch('http://localhost/explore', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(405);
  });
});

describe('CORS', () => {
  const origin = { origin: 'https://a.example' };

  it('covers the API only: the routes answer an allowed origin without CORS headers, OPTIONS included', async () => {
    const api = await corsApp.fetch('http://localhost/graphql?query=%7Bstats%7Barticles%7D%7D', { headers: origin });
    expect(api.headers.get('access-control-allow-origin')).toBe('https://a.example');
    for (const path of ['/export/graph.json', '/explore', '/healthz']) {
      const response = await corsApp.fetch(`http://localhost${path}`, { headers: origin });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
    const preflight = await corsApp.fetch('http://localhost/export/graph.json', { method: 'OPTIONS', headers: origin });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
