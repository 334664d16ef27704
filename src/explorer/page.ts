/** The explorer's HTML page and style sheet, served at /explore and /explore/app.css. */

/** The page at /explore; `graphqlPath` is where its script sends queries. */
export function explorerHtml(graphqlPath: string): string {
  const endpoint = graphqlPath.replace(/[^A-Za-z0-9/_.-]/g, '');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph explorer</title>
<link rel="stylesheet" href="/explore/app.css">
</head>
<body data-graphql="${endpoint}" data-state="loading">
<div id="app">
  <aside id="sidebar">
    <h1>newsgraph <span>explorer</span></h1>
    <form id="search-form" role="search" autocomplete="off">
      <input id="search" type="search" placeholder="Search people, countries, events…" aria-label="Search entities">
      <ul id="results" aria-label="Search results"></ul>
    </form>
    <section>
      <h3>Relations <span class="actions"><button type="button" id="types-all">all</button><button type="button" id="types-none">none</button></span></h3>
      <div id="type-filters"></div>
    </section>
    <section>
      <h3>Dates</h3>
      <div class="dates">
        <label>from <input id="since" type="text" inputmode="numeric" placeholder="YYYY-MM" pattern="\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?"></label>
        <label>to <input id="until" type="text" inputmode="numeric" placeholder="YYYY-MM-DD" pattern="\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?"></label>
      </div>
    </section>
    <section>
      <h3>As of <output id="as-of-label" for="as-of">all dates</output></h3>
      <input id="as-of" type="range" min="0" max="0" step="1" value="0" disabled aria-label="Show the graph as of a date">
      <div class="range-ends"><span id="as-of-start"></span><span id="as-of-end"></span></div>
    </section>
    <section>
      <h3>Entities</h3>
      <ul id="legend-list"></ul>
    </section>
    <p id="status">Loading the graph…</p>
    <p id="totals"></p>
    <p class="hint">Click a node for its relations and evidence · double-click to load its neighbours · hover an edge for its type.</p>
    <button type="button" id="reset">Reset view</button>
  </aside>
  <main id="graph" aria-label="Knowledge graph"></main>
  <div id="tooltip" role="tooltip" hidden></div>
  <aside id="panel" aria-live="polite" hidden></aside>
</div>
<script type="module" src="/explore/app.js"></script>
</body>
</html>
`;
}

/** The explorer's style sheet. */
export const EXPLORER_CSS = `
:root { --ink: #1f2933; --muted: #66707d; --line: #e3e6eb; --paper: #ffffff; --wash: #f6f7f9; --accent: #2e86ab; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 14px/1.45 Inter, "Segoe UI", system-ui, -apple-system, sans-serif; color: var(--ink); background: var(--paper); }
#app { display: grid; grid-template-columns: 264px 1fr; height: 100vh; position: relative; overflow: hidden; }
#sidebar { background: var(--wash); border-right: 1px solid var(--line); padding: 16px 16px 12px; overflow-y: auto; }
h1 { font-size: 18px; margin: 0 0 12px; letter-spacing: -0.01em; }
h1 span { font-weight: 400; color: var(--muted); }
h3 { font-size: 11px; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); margin: 16px 0 6px; display: flex; justify-content: space-between; }
h3 .actions button { background: none; border: 0; color: var(--accent); cursor: pointer; font-size: 11px; padding: 0 0 0 8px; text-transform: uppercase; letter-spacing: 0.08em; }
#search-form { position: relative; }
#search { width: 100%; padding: 9px 11px; border: 1px solid #cfd4db; border-radius: 8px; font: inherit; background: #fff; }
#search:focus { outline: 2px solid rgba(46,134,171,0.35); border-color: var(--accent); }
#results { list-style: none; margin: 4px 0 0; padding: 0; position: absolute; z-index: 5; left: 0; right: 0; background: #fff; border-radius: 8px; box-shadow: 0 8px 24px rgba(15,23,42,0.14); }
#results:empty { display: none; }
#results button { display: flex; align-items: center; gap: 8px; width: 100%; border: 0; background: none; padding: 8px 11px; font: inherit; text-align: left; cursor: pointer; }
#results button:hover, #results button:focus { background: #eef5f9; }
#results small { margin-left: auto; color: var(--muted); }
#results .none { padding: 8px 11px; color: var(--muted); }
.dot { width: 10px; height: 10px; border-radius: 50%; display: inline-block; flex: none; }
.type-filter { display: flex; align-items: center; gap: 7px; padding: 2px 0; cursor: pointer; font-size: 13px; }
.type-filter .count, #legend-list .count { margin-left: auto; color: var(--muted); font-variant-numeric: tabular-nums; font-size: 12px; }
.dates { display: flex; gap: 8px; }
.dates label { flex: 1; font-size: 12px; color: var(--muted); }
.dates input { width: 100%; margin-top: 2px; padding: 6px 7px; border: 1px solid #cfd4db; border-radius: 6px; font: inherit; font-size: 13px; }
.dates input::placeholder { color: #b3b9c2; }
.dates input.invalid { border-color: #d64545; background: #fff4f4; }
#as-of { width: 100%; margin: 2px 0 0; accent-color: var(--accent); }
#as-of-label { text-transform: none; letter-spacing: 0; color: var(--ink); font-variant-numeric: tabular-nums; }
.range-ends { display: flex; justify-content: space-between; font-size: 11px; color: var(--muted); font-variant-numeric: tabular-nums; }
#legend-list { list-style: none; margin: 0; padding: 0; }
#legend-list li { display: flex; align-items: center; gap: 8px; padding: 2px 0; font-size: 13px; }
#status { margin: 16px 0 2px; font-size: 12px; color: var(--muted); }
#totals { margin: 0 0 4px; font-size: 12px; color: var(--muted); }
.hint { font-size: 12px; color: var(--muted); margin: 4px 0; }
#reset { margin-top: 6px; border: 1px solid #cfd4db; background: #fff; border-radius: 6px; padding: 4px 9px; font: inherit; font-size: 12px; cursor: pointer; }
#graph { position: relative; width: 100%; height: 100%; background: radial-gradient(circle at 50% 45%, #ffffff 0%, #fbfcfd 60%, #f3f5f8 100%); }
#tooltip { position: absolute; z-index: 6; pointer-events: none; background: rgba(31,41,51,0.94); color: #fff; padding: 7px 10px; border-radius: 7px; font-size: 12px; max-width: 340px; box-shadow: 0 6px 18px rgba(15,23,42,0.25); }
#tooltip span { color: #c9d1db; }
#panel { position: absolute; top: 12px; right: 12px; bottom: 12px; width: 380px; z-index: 4; background: rgba(255,255,255,0.97); border: 1px solid var(--line); border-radius: 12px; box-shadow: 0 12px 32px rgba(15,23,42,0.16); padding: 16px 18px; overflow-y: auto; }
#panel[hidden] { display: none; }
#panel header { border-bottom: 1px solid var(--line); padding-bottom: 10px; margin-bottom: 6px; }
#panel h2 { margin: 6px 0 4px; font-size: 20px; line-height: 1.2; }
#panel .badge { display: inline-block; color: #fff; font-size: 11px; font-weight: 600; padding: 2px 8px; border-radius: 999px; text-transform: uppercase; letter-spacing: 0.05em; }
#panel .close { float: right; border: 0; background: none; font-size: 22px; line-height: 1; color: var(--muted); cursor: pointer; }
#panel .fact { margin: 2px 0; color: var(--muted); font-size: 13px; }
#panel .expand { margin-top: 8px; border: 1px solid var(--accent); color: var(--accent); background: #fff; border-radius: 6px; padding: 4px 10px; font: inherit; font-size: 12px; cursor: pointer; }
#panel ul { list-style: none; margin: 0; padding: 0; }
#panel .relation { padding: 10px 0; border-bottom: 1px solid #f0f2f5; }
#panel .relation-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; }
#panel .type { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
#panel .entity-link, #panel .fact-link { border: 0; background: none; padding: 0; font: inherit; font-weight: 600; color: var(--ink); cursor: pointer; }
#panel .entity-link::before, #panel .fact-link::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: var(--dot); margin-right: 5px; vertical-align: 1px; }
#panel .entity-link:hover, #panel .fact-link:hover { color: var(--accent); text-decoration: underline; }
#panel .meta { margin-left: auto; font-size: 12px; color: var(--muted); }
#panel .evidence { margin: 6px 0 0; }
#panel blockquote { margin: 0; padding: 4px 0 4px 10px; border-left: 3px solid #d6dbe2; color: #333c46; font-size: 13px; }
#panel mark { background: #fff1c7; padding: 0 1px; border-radius: 2px; }
#panel q { display: block; font-style: italic; margin: 4px 0 0 10px; }
#panel .curate { margin-top: 8px; font-size: 12px; }
#panel .curate summary { cursor: pointer; color: var(--accent); }
#panel .curate input, #panel .reject input { font: inherit; font-size: 12px; padding: 3px 6px; border: 1px solid var(--line); border-radius: 5px; margin: 4px 4px 0 0; width: 60%; }
#panel .curate button, #panel .reject button { font: inherit; font-size: 12px; border: 1px solid var(--line); background: #fff; border-radius: 5px; padding: 2px 8px; cursor: pointer; margin-top: 4px; }
#panel .merge-results button { border: 0; text-align: left; padding: 2px 0; }
#panel .reject { margin-top: 4px; }
#panel .curate-status.error { color: #b42318; }
#panel cite { display: block; margin: 2px 0 0 13px; font-style: normal; font-size: 11px; color: var(--muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
#panel .timeline { border-bottom: 1px solid var(--line); padding-bottom: 8px; }
#panel h4 { font-size: 11px; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); margin: 10px 0 4px; }
#panel .timeline ol { list-style: none; margin: 0; padding: 0 0 0 10px; border-left: 2px solid #d6dbe2; }
#panel .timeline .day { padding: 3px 0 5px; }
#panel .timeline .day.later { opacity: 0.4; }
#panel .timeline .when { font-size: 12px; color: var(--muted); }
#panel .timeline time { font-weight: 600; color: var(--ink); font-variant-numeric: tabular-nums; }
#panel .timeline-fact { font-size: 13px; }
#panel .timeline-fact .meta { margin-left: 6px; }
#panel .more, #panel .empty { color: var(--muted); font-size: 12px; margin-top: 4px; }
#panel .error { color: #b42318; }
#panel .loading { color: var(--muted); }
`;
