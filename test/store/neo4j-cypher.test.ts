/**
 * The Neo4j store's Cypher, as the pure builders in src/store/neo4j/cypher/ write it: text and
 * parameters, checked without a server (the real-server behaviour is in contract.test.ts and
 * neo4j-model.test.ts). A change of query shows here as a snapshot diff to review.
 */
import * as write from '../../src/store/neo4j/cypher/ingest.js';
import * as maintain from '../../src/store/neo4j/cypher/maintain.js';
import { DATED_BY_AS_OF, FACT_DATE } from '../../src/store/neo4j/cypher/query.js';
import * as read from '../../src/store/neo4j/cypher/read.js';

describe('ingest statements', () => {
  it("claims the batch's articles, telling new from known", () => {
    expect(write.claimArticles(['article:1', 'article:2'], 'token-1')).toMatchInlineSnapshot(`
      {
        "params": {
          "ids": [
            "article:1",
            "article:2",
          ],
          "token": "token-1",
        },
        "text": "UNWIND $ids AS id
      MERGE (a:Article {id: id}) ON CREATE SET a._claim = $token
      RETURN id, a._claim = $token AS created, properties(a) AS props, elementId(a) AS eid",
      }
    `);
  });

  it('locks and reads the entities it will merge into', () => {
    expect(write.lockEntities(['person:xi'])).toMatchInlineSnapshot(`
      {
        "params": {
          "ids": [
            "person:xi",
          ],
        },
        "text": "UNWIND $ids AS id
      MATCH (n:Entity {id: id})
      SET n._lock = true REMOVE n._lock
      RETURN id, properties(n) AS props, elementId(n) AS eid",
      }
    `);
  });

  it('creates new entities unless another writer did meanwhile', () => {
    expect(
      write.createEntities([{ id: 'person:xi', label: 'Person', props: { id: 'person:xi', name: 'Xi' } }], 'token-1'),
    ).toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "id": "person:xi",
              "label": "Person",
              "props": {
                "id": "person:xi",
                "name": "Xi",
              },
            },
          ],
          "token": "token-1",
        },
        "text": "UNWIND $rows AS row
      MERGE (n:Entity {id: row.id}) ON CREATE SET n._claim = $token
      WITH n, row WHERE n._claim = $token
      SET n = row.props, n:$(row.label)
      RETURN row.id AS id, elementId(n) AS eid",
      }
    `);
  });

  it('sets only the changed properties of known entities', () => {
    expect(write.updateEntities([{ id: 'person:xi', props: { count: 3, _seq: 3, hedged: null } }]))
      .toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "id": "person:xi",
              "props": {
                "_seq": 3,
                "count": 3,
                "hedged": null,
              },
            },
          ],
        },
        "text": "UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n += row.props",
      }
    `);
  });

  it('links an article to an entity once, with the spans as lists (surfaces where a span has one)', () => {
    expect(
      write.createMentions([
        { from: 'article:1', entity: 'person:xi', props: { starts: [0], ends: [2], texts: ['Xi'], seqs: [4] } },
        {
          from: 'article:2',
          entity: 'person:xi',
          props: {
            starts: [0, 18],
            ends: [2, 28],
            texts: ['Xi', 'Xi Jinping'],
            surfaces: ['', 'Chinese President Xi Jinping'],
            seqs: [5, 6],
          },
        },
      ]),
    ).toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "entity": "person:xi",
              "from": "article:1",
              "props": {
                "ends": [
                  2,
                ],
                "seqs": [
                  4,
                ],
                "starts": [
                  0,
                ],
                "texts": [
                  "Xi",
                ],
              },
            },
            {
              "entity": "person:xi",
              "from": "article:2",
              "props": {
                "ends": [
                  2,
                  28,
                ],
                "seqs": [
                  5,
                  6,
                ],
                "starts": [
                  0,
                  18,
                ],
                "surfaces": [
                  "",
                  "Chinese President Xi Jinping",
                ],
                "texts": [
                  "Xi",
                  "Xi Jinping",
                ],
              },
            },
          ],
        },
        "text": "UNWIND $rows AS row
      MATCH (a:Article {id: row.from}), (n:Entity {id: row.entity})
      CREATE (a)-[:MENTIONS {starts: row.props.starts, ends: row.props.ends, texts: row.props.texts, surfaces: row.props.surfaces, seqs: row.props.seqs}]->(n)",
      }
    `);
  });

  it('creates edges of the type each row names', () => {
    expect(
      write.createRelations([
        { type: 'MET_WITH', source: 'person:a', target: 'person:b', props: { id: 'MET_WITH:person:a->person:b' } },
      ]),
    ).toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "props": {
                "id": "MET_WITH:person:a->person:b",
              },
              "source": "person:a",
              "target": "person:b",
              "type": "MET_WITH",
            },
          ],
        },
        "text": "UNWIND $rows AS row
      MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
      CREATE (s)-[r:$(row.type)]->(t) SET r = row.props",
      }
    `);
  });

  it("updates edges found by the index on their type's id", () => {
    expect(
      write.updateRelations('SANCTIONS', [{ id: 'SANCTIONS:country:usa->country:rus', props: { confidence: 0.9 } }]),
    ).toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "id": "SANCTIONS:country:usa->country:rus",
              "props": {
                "confidence": 0.9,
              },
            },
          ],
        },
        "text": "UNWIND $rows AS row MATCH ()-[r:SANCTIONS {id: row.id}]->() USING INDEX SEEK r:SANCTIONS(id) SET r += row.props",
      }
    `);
  });

  it('creates Evidence nodes stated by their article', () => {
    expect(write.createEvidence([{ props: { relation: 'MET_WITH:person:a->person:b', article: 'article:1', seq: 0 } }]))
      .toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "props": {
                "article": "article:1",
                "relation": "MET_WITH:person:a->person:b",
                "seq": 0,
              },
            },
          ],
        },
        "text": "UNWIND $rows AS row
      CREATE (e:Evidence) SET e = row.props
      WITH e
      MATCH (a:Article {id: e.article})
      CREATE (a)-[:STATES]->(e)",
      }
    `);
  });

  it('creates statements with their article, speaker and subject', () => {
    expect(write.createStatements([{ id: 'statement:1', props: { id: 'statement:1', speaker: 'person:a' } }]))
      .toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "id": "statement:1",
              "props": {
                "id": "statement:1",
                "speaker": "person:a",
              },
            },
          ],
        },
        "text": "UNWIND $rows AS row CREATE (s:Statement) SET s = row.props WITH s
      OPTIONAL MATCH (a:Article {id: s.article})
      OPTIONAL MATCH (p:Entity {id: s.speaker})
      OPTIONAL MATCH (x:Entity {id: s.about})
      FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (a)-[:REPORTS]->(s))
      FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (s)-[:SPOKEN_BY]->(p))
      FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | CREATE (s)-[:ABOUT]->(x))",
      }
    `);
  });

  it('releases the claims of refused articles', () => {
    expect(write.releaseClaims(['article:2'], 'token-1')).toMatchInlineSnapshot(`
      {
        "params": {
          "ids": [
            "article:2",
          ],
          "token": "token-1",
        },
        "text": "UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a._claim = $token DETACH DELETE a",
      }
    `);
  });

  it('updates read nodes and edges and fills claimed articles by element id', () => {
    expect(write.updateEntitiesAt([{ eid: '4:db:1', props: { count: 3 } }])).toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "eid": "4:db:1",
              "props": {
                "count": 3,
              },
            },
          ],
        },
        "text": "UNWIND $rows AS row MATCH (n:Entity) WHERE elementId(n) = row.eid SET n += row.props",
      }
    `);
    expect(write.updateRelationsAt([{ eid: '5:db:2', props: { confidence: 0.9 } }])).toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "eid": "5:db:2",
              "props": {
                "confidence": 0.9,
              },
            },
          ],
        },
        "text": "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r += row.props",
      }
    `);
    expect(write.writeArticlesAt([{ eid: '4:db:3', props: { id: 'article:1' } }])).toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "eid": "4:db:3",
              "props": {
                "id": "article:1",
              },
            },
          ],
        },
        "text": "UNWIND $rows AS row MATCH (a:Article) WHERE elementId(a) = row.eid SET a = row.props",
      }
    `);
  });

  it('links by element id: mentions, edges, evidence and statements, with no Eager between read and write', () => {
    expect(
      write.createMentionsAt([
        { a: '4:db:3', n: '4:db:1', props: { starts: [0], ends: [2], texts: ['Xi'], seqs: [0] } },
      ]),
    ).toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "a": "4:db:3",
              "n": "4:db:1",
              "props": {
                "ends": [
                  2,
                ],
                "seqs": [
                  0,
                ],
                "starts": [
                  0,
                ],
                "texts": [
                  "Xi",
                ],
              },
            },
          ],
        },
        "text": "UNWIND $rows AS row
      MATCH (a:Article) WHERE elementId(a) = row.a
      MATCH (n:Entity) WHERE elementId(n) = row.n
      CREATE (a)-[:MENTIONS {starts: row.props.starts, ends: row.props.ends, texts: row.props.texts, surfaces: row.props.surfaces, seqs: row.props.seqs}]->(n)",
      }
    `);
    expect(
      write.createRelationsAt([
        { type: 'MET_WITH', s: '4:db:1', t: '4:db:4', props: { id: 'MET_WITH:person:a->person:b' } },
      ]),
    ).toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "props": {
                "id": "MET_WITH:person:a->person:b",
              },
              "s": "4:db:1",
              "t": "4:db:4",
              "type": "MET_WITH",
            },
          ],
        },
        "text": "UNWIND $rows AS row
      MATCH (s:Entity) WHERE elementId(s) = row.s
      MATCH (t:Entity) WHERE elementId(t) = row.t
      CREATE (s)-[r:$(row.type)]->(t) SET r = row.props",
      }
    `);
    expect(write.createEvidenceAt([{ a: '4:db:3', props: { relation: 'MET_WITH:person:a->person:b', seq: 0 } }]))
      .toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "a": "4:db:3",
              "props": {
                "relation": "MET_WITH:person:a->person:b",
                "seq": 0,
              },
            },
          ],
        },
        "text": "UNWIND $rows AS row
      MATCH (a:Article) WHERE elementId(a) = row.a
      CREATE (a)-[:STATES]->(e:Evidence) SET e = row.props",
      }
      `);
    expect(
      write.createStatementsAt([
        { a: '4:db:3', p: '4:db:1', x: null, props: { id: 'statement:1', speaker: 'person:a' } },
      ]),
    ).toMatchInlineSnapshot(`
      {
        "params": {
          "rows": [
            {
              "a": "4:db:3",
              "p": "4:db:1",
              "props": {
                "id": "statement:1",
                "speaker": "person:a",
              },
              "x": null,
            },
          ],
        },
        "text": "UNWIND $rows AS row
      MATCH (a:Article) WHERE elementId(a) = row.a
      CREATE (a)-[:REPORTS]->(s:Statement) SET s = row.props
      WITH s, row
      CALL (s, row) { MATCH (p:Entity) WHERE elementId(p) = row.p CREATE (s)-[:SPOKEN_BY]->(p) }
      CALL (s, row) { MATCH (x:Entity) WHERE elementId(x) = row.x CREATE (s)-[:ABOUT]->(x) }",
      }
    `);
  });
});

describe('read and maintenance statements', () => {
  it('reads edges by id, one index seek each, one branch per type', () => {
    expect(read.relationsById({ MET_WITH: ['MET_WITH:person:a->person:b'] })).toMatchInlineSnapshot(`
      {
        "params": {
          "AFFILIATED_WITH": [],
          "HELD_IN": [],
          "LEADER_OF": [],
          "MEMBER_OF": [],
          "MET_WITH": [
            "MET_WITH:person:a->person:b",
          ],
          "OPPOSES": [],
          "PARTICIPATED_IN": [],
          "SAID": [],
          "SANCTIONS": [],
          "SUPPORTS": [],
          "VISITED": [],
        },
        "text": "CALL () {
      UNWIND $MET_WITH AS id MATCH (s:Entity)-[r:MET_WITH {id: id}]->(t:Entity) USING INDEX SEEK r:MET_WITH(id) RETURN r, s, t
      UNION ALL
      UNWIND $SAID AS id MATCH (s:Entity)-[r:SAID {id: id}]->(t:Entity) USING INDEX SEEK r:SAID(id) RETURN r, s, t
      UNION ALL
      UNWIND $SUPPORTS AS id MATCH (s:Entity)-[r:SUPPORTS {id: id}]->(t:Entity) USING INDEX SEEK r:SUPPORTS(id) RETURN r, s, t
      UNION ALL
      UNWIND $SANCTIONS AS id MATCH (s:Entity)-[r:SANCTIONS {id: id}]->(t:Entity) USING INDEX SEEK r:SANCTIONS(id) RETURN r, s, t
      UNION ALL
      UNWIND $OPPOSES AS id MATCH (s:Entity)-[r:OPPOSES {id: id}]->(t:Entity) USING INDEX SEEK r:OPPOSES(id) RETURN r, s, t
      UNION ALL
      UNWIND $LEADER_OF AS id MATCH (s:Entity)-[r:LEADER_OF {id: id}]->(t:Entity) USING INDEX SEEK r:LEADER_OF(id) RETURN r, s, t
      UNION ALL
      UNWIND $MEMBER_OF AS id MATCH (s:Entity)-[r:MEMBER_OF {id: id}]->(t:Entity) USING INDEX SEEK r:MEMBER_OF(id) RETURN r, s, t
      UNION ALL
      UNWIND $AFFILIATED_WITH AS id MATCH (s:Entity)-[r:AFFILIATED_WITH {id: id}]->(t:Entity) USING INDEX SEEK r:AFFILIATED_WITH(id) RETURN r, s, t
      UNION ALL
      UNWIND $PARTICIPATED_IN AS id MATCH (s:Entity)-[r:PARTICIPATED_IN {id: id}]->(t:Entity) USING INDEX SEEK r:PARTICIPATED_IN(id) RETURN r, s, t
      UNION ALL
      UNWIND $VISITED AS id MATCH (s:Entity)-[r:VISITED {id: id}]->(t:Entity) USING INDEX SEEK r:VISITED(id) RETURN r, s, t
      UNION ALL
      UNWIND $HELD_IN AS id MATCH (s:Entity)-[r:HELD_IN {id: id}]->(t:Entity) USING INDEX SEEK r:HELD_IN(id) RETURN r, s, t
      }
      RETURN properties(r) AS props, type(r) AS type, s.id AS source, t.id AS target, elementId(r) AS eid",
      }
    `);
  });

  it('reads the mentions of entities', () => {
    expect(read.mentionsOf(['person:xi', 'person:xi'])).toMatchInlineSnapshot(`
      {
        "params": {
          "ids": [
            "person:xi",
          ],
        },
        "text": "UNWIND $ids AS id
      MATCH (:Entity {id: id})<-[m:MENTIONS]-(a:Article)
      RETURN id, a.id AS article, properties(m) AS props",
      }
    `);
  });

  it('reads the evidence of edges in list order', () => {
    expect(read.evidenceOf(['MET_WITH:person:a->person:b'])).toMatchInlineSnapshot(`
      {
        "params": {
          "ids": [
            "MET_WITH:person:a->person:b",
          ],
        },
        "text": "UNWIND $ids AS id
      MATCH (e:Evidence {relation: id}) USING INDEX SEEK e:Evidence(relation)
      RETURN id, properties(e) AS props ORDER BY id, e.seq",
      }
    `);
  });

  it('seeks statements by speaker, subject or article through their index, without the folded copies', () => {
    expect(read.statementsOf(['person:xi'], 'speaker')).toMatchInlineSnapshot(`
      {
        "params": {
          "ids": [
            "person:xi",
          ],
        },
        "text": "UNWIND $ids AS id
      MATCH (s:Statement {speaker: id})
      WITH id, s ORDER BY s.article, s.start, s.id
      RETURN id, collect(s {.*, _quote: null, _sentence: null}) AS statements",
      }
    `);
    expect(read.statementsOf(['event:summit'], 'about').text).toContain('MATCH (s:Statement {about: id})');
    const none = { speaker: null, about: null, article: null, q: '' };
    expect(read.statementsPage({ ...none, speaker: 'person:xi', about: 'event:summit' }, 0, 10).text).toMatch(
      /^MATCH \(s:Statement \{speaker: \$speaker\}\)\n/,
    );
    expect(read.statementsPage({ ...none, about: 'event:summit' }, 0, 10).text).toContain(
      '(s:Statement {about: $about})',
    );
    expect(read.statementsPage({ ...none, article: 'article:1' }, 0, 10).text).toContain(
      '(s:Statement {article: $article})',
    );
    expect(read.statementsPage({ ...none, q: 'gas' }, 0, 10).text).toMatch(/^MATCH \(s:Statement\)\n/);
    // The folded copies that search matches on are not sent back.
    for (const query of [read.statementsPage(none, 0, 10), read.statementsById(['s1']), read.everyStatement()])
      expect(query.text).toContain('s {.*, _quote: null, _sentence: null}');
  });

  it('counts entities by label and edges by type, a column each', () => {
    const { text } = read.countRecords();
    expect(text).toMatch(/^RETURN COUNT \{ \(:Person\) \} AS Person, COUNT \{ \(:Country\) \} AS Country, /);
    expect(text).toContain('COUNT { ()-[:MET_WITH]->() } AS MET_WITH');
    expect(text).toMatch(/COUNT \{ \(:Article\) \} AS articles, COUNT \{ \(:Statement\) \} AS statements$/);
    expect(text).not.toContain('MATCH');
  });

  it('searches names through the full-text index with escaped terms', () => {
    expect(read.searchEntities('xi (jinping)', 'Person', 0, 10, 'entity_names')).toMatchInlineSnapshot(`
      {
        "params": {
          "end": Integer {
            "high": 0,
            "low": 10,
          },
          "index": "entity_names",
          "label": "Person",
          "lucene": "*xi* AND *\\(jinping\\)*",
          "offset": Integer {
            "high": 0,
            "low": 0,
          },
          "q": "xi (jinping)",
        },
        "text": "CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node AS n WITH n, CASE
      WHEN $q = '' THEN 1
      WHEN any(f IN n._folded WHERE f = $q) THEN 3
      WHEN any(f IN n._folded WHERE f STARTS WITH $q + ' ' OR f ENDS WITH ' ' + $q OR f CONTAINS ' ' + $q + ' ') THEN 2
      WHEN any(f IN n._folded WHERE f CONTAINS $q) THEN 1
      ELSE 0 END AS rank
      WHERE rank > 0 AND ($label IS NULL OR n.label = $label)
      WITH properties(n) AS x ORDER BY rank DESC, n.count DESC, n.id WITH collect(x) AS rows RETURN size(rows) AS total, rows[$offset..$end] AS page",
      }
    `);
  });

  it('filters edges by article and dates through their Evidence nodes', () => {
    expect(
      read.relationsPage(
        {
          types: ['MET_WITH'],
          includeHedged: false,
          includeNegated: false,
          minConfidence: 0.5,
          involving: null,
          from: 'person:a',
          to: null,
          article: 'article:1',
          since: '2022-09',
          until: null,
        },
        20,
        10,
      ),
    ).toMatchInlineSnapshot(`
      {
        "params": {
          "anchor": "person:a",
          "article": "article:1",
          "end": Integer {
            "high": 0,
            "low": 30,
          },
          "from": "person:a",
          "includeHedged": false,
          "includeNegated": false,
          "involving": null,
          "minConfidence": 0.5,
          "offset": Integer {
            "high": 0,
            "low": 20,
          },
          "since": "2022-09",
          "to": null,
          "types": [
            "MET_WITH",
          ],
          "until": null,
        },
        "text": "MATCH (:Entity {id: $anchor})-[r:MET_WITH|SAID|SUPPORTS|SANCTIONS|OPPOSES|LEADER_OF|MEMBER_OF|AFFILIATED_WITH|PARTICIPATED_IN|VISITED|HELD_IN]-() MATCH (s:Entity)-[r]->(t:Entity)
      WHERE ($types IS NULL OR type(r) IN $types) AND CASE WHEN r.negated = true THEN $includeNegated WHEN r.hedged = true THEN $includeHedged ELSE true END AND r.confidence >= $minConfidence
      AND ($involving IS NULL OR s.id = $involving OR t.id = $involving)
      AND ($from IS NULL OR s.id = $from OR (r.undirected = true AND t.id = $from))
      AND ($to IS NULL OR t.id = $to OR (r.undirected = true AND s.id = $to))
      AND ($from IS NULL OR $to IS NULL OR coalesce(r.undirected, false) = false OR s.id = $to OR t.id = $to)
      AND ($article IS NULL OR EXISTS { MATCH (e:Evidence {relation: r.id}) WHERE e.article = $article })
      AND ($since IS NULL AND $until IS NULL OR any(d IN [r.date] + COLLECT { MATCH (e:Evidence {relation: r.id}) WHERE e.date IS NOT NULL RETURN e.date } WHERE
      d IS NOT NULL AND ($since IS NULL OR substring(d, 0, size($since)) >= $since) AND ($until IS NULL OR substring(d, 0, size($until)) <= $until)))
      WITH {props: properties(r), type: type(r), source: s.id, target: t.id} AS x ORDER BY r.confidence DESC, r.id WITH collect(x) AS rows RETURN size(rows) AS total, rows[$offset..$end] AS page",
      }
    `);
  });

  it('reaches the next ring of a neighbourhood over fact edges only, the first ids the room takes', () => {
    expect(read.ring(['person:xi'], ['person:xi'], 49, null, false)).toMatchInlineSnapshot(`
      {
        "params": {
          "frontier": [
            "person:xi",
          ],
          "includeHedged": false,
          "limit": Integer {
            "high": 0,
            "low": 49,
          },
          "seen": [
            "person:xi",
          ],
          "types": null,
        },
        "text": "UNWIND $frontier AS id
      MATCH (:Entity {id: id})-[r:MET_WITH|SAID|SUPPORTS|SANCTIONS|OPPOSES|LEADER_OF|MEMBER_OF|AFFILIATED_WITH|PARTICIPATED_IN|VISITED|HELD_IN]-(m:Entity)
      WHERE NOT m.id IN $seen AND ($types IS NULL OR type(r) IN $types) AND coalesce(r.negated, false) = false AND ($includeHedged OR coalesce(r.hedged, false) = false)
      RETURN DISTINCT m.id AS id ORDER BY id LIMIT $limit",
      }
    `);
  });

  it('finds every step of the shortest paths', () => {
    expect(read.shortestPathSteps('person:a', 'person:b', '4', ['MET_WITH'])).toMatchInlineSnapshot(`
      {
        "params": {
          "from": "person:a",
          "includeHedged": false,
          "to": "person:b",
          "types": [
            "MET_WITH",
          ],
        },
        "text": "MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MATCH p = ALL SHORTEST (a)(()-[r:MET_WITH|SAID|SUPPORTS|SANCTIONS|OPPOSES|LEADER_OF|MEMBER_OF|AFFILIATED_WITH|PARTICIPATED_IN|VISITED|HELD_IN]-() WHERE ($types IS NULL OR type(r) IN $types) AND coalesce(r.negated, false) = false AND ($includeHedged OR coalesce(r.hedged, false) = false)){1,4}(b)
      UNWIND range(0, length(p) - 1) AS i
      RETURN DISTINCT i AS depth, nodes(p)[i].id AS from, relationships(p)[i].id AS edge, nodes(p)[i + 1].id AS to",
      }
    `);
  });

  it('dates a fact by its own date, its event, else its first evidence or article', () => {
    expect(FACT_DATE).toMatchInlineSnapshot(
      `"CASE WHEN coalesce(r.date, '') <> '' THEN r.date WHEN type(r) = 'PARTICIPATED_IN' AND coalesce(endNode(r).date, '') <> '' THEN endNode(r).date WHEN type(r) = 'HELD_IN' AND coalesce(startNode(r).date, '') <> '' THEN startNode(r).date ELSE COLLECT { MATCH (fe:Evidence {relation: r.id}) OPTIONAL MATCH (fa:Article {id: fe.article}) WITH coalesce(fe.date, fa.publishedAt) AS fd WHERE coalesce(fd, '') <> '' RETURN fd ORDER BY fd LIMIT 1 }[0] END"`,
    );
  });

  it('reaches a neighbourhood as of a date over facts dated on or before it', () => {
    const ring = read.ring(['person:xi'], ['person:xi'], 49, null, false, '2022-09');
    expect(ring.text).toContain(DATED_BY_AS_OF);
    expect(ring.params.asOf).toBe('2022-09');
    expect(read.edgesAmong(['person:xi'], null, false, '2022-09').text).toContain(DATED_BY_AS_OF);
    expect(read.shortestPathSteps('person:a', 'person:b', '4', null, '2022-09').text).toContain(DATED_BY_AS_OF);
  });

  it("lists an entity's facts and the facts between two entities with their dates and events", () => {
    const filter = { types: null, includeHedged: false, includeNegated: true };
    expect(read.timelineFacts('person:xi', filter)).toMatchInlineSnapshot(`
      {
        "params": {
          "id": "person:xi",
          "includeHedged": false,
          "includeNegated": true,
          "types": null,
        },
        "text": "MATCH (:Entity {id: $id})-[r:MET_WITH|SAID|SUPPORTS|SANCTIONS|OPPOSES|LEADER_OF|MEMBER_OF|AFFILIATED_WITH|PARTICIPATED_IN|VISITED|HELD_IN]-(:Entity)
      WHERE ($types IS NULL OR type(r) IN $types) AND CASE WHEN r.negated = true THEN $includeNegated WHEN r.hedged = true THEN $includeHedged ELSE true END
      RETURN r.id AS id, CASE WHEN coalesce(r.date, '') <> '' THEN r.date WHEN type(r) = 'PARTICIPATED_IN' AND coalesce(endNode(r).date, '') <> '' THEN endNode(r).date WHEN type(r) = 'HELD_IN' AND coalesce(startNode(r).date, '') <> '' THEN startNode(r).date ELSE COLLECT { MATCH (fe:Evidence {relation: r.id}) OPTIONAL MATCH (fa:Article {id: fe.article}) WITH coalesce(fe.date, fa.publishedAt) AS fd WHERE coalesce(fd, '') <> '' RETURN fd ORDER BY fd LIMIT 1 }[0] END AS date, CASE WHEN coalesce(r.event, '') <> '' THEN r.event WHEN endNode(r).label = 'Event' THEN endNode(r).id WHEN startNode(r).label = 'Event' THEN startNode(r).id END AS event",
      }
    `);
    expect(read.factsBetween('person:xi', 'person:putin', { ...filter, types: ['MET_WITH'] })).toMatchInlineSnapshot(`
      {
        "params": {
          "a": "person:xi",
          "b": "person:putin",
          "includeHedged": false,
          "includeNegated": true,
          "types": [
            "MET_WITH",
          ],
        },
        "text": "MATCH (:Entity {id: $a})-[r:MET_WITH|SAID|SUPPORTS|SANCTIONS|OPPOSES|LEADER_OF|MEMBER_OF|AFFILIATED_WITH|PARTICIPATED_IN|VISITED|HELD_IN]-(:Entity {id: $b})
      WHERE ($types IS NULL OR type(r) IN $types) AND CASE WHEN r.negated = true THEN $includeNegated WHEN r.hedged = true THEN $includeHedged ELSE true END
      RETURN r.id AS id, CASE WHEN coalesce(r.date, '') <> '' THEN r.date WHEN type(r) = 'PARTICIPATED_IN' AND coalesce(endNode(r).date, '') <> '' THEN endNode(r).date WHEN type(r) = 'HELD_IN' AND coalesce(startNode(r).date, '') <> '' THEN startNode(r).date ELSE COLLECT { MATCH (fe:Evidence {relation: r.id}) OPTIONAL MATCH (fa:Article {id: fe.article}) WITH coalesce(fe.date, fa.publishedAt) AS fd WHERE coalesce(fd, '') <> '' RETURN fd ORDER BY fd LIMIT 1 }[0] END AS date, CASE WHEN coalesce(r.event, '') <> '' THEN r.event WHEN endNode(r).label = 'Event' THEN endNode(r).id WHEN startNode(r).label = 'Event' THEN startNode(r).id END AS event",
      }
    `);
  });

  it('finds the earliest and latest date of the facts that are not denied', () => {
    expect(read.factDateRange().text).toBe(
      [
        'MATCH (:Entity)-[r:MET_WITH|SAID|SUPPORTS|SANCTIONS|OPPOSES|LEADER_OF|MEMBER_OF|AFFILIATED_WITH|PARTICIPATED_IN|VISITED|HELD_IN]->(:Entity) WHERE coalesce(r.negated, false) = false',
        `WITH ${FACT_DATE} AS date WHERE date IS NOT NULL`,
        'RETURN min(date) AS earliest, max(date) AS latest',
      ].join('\n'),
    );
  });

  it("takes one article's evidence off its edges", () => {
    expect(maintain.deleteArticleEvidence('article:1', ['SAID:person:a->event:b'])).toMatchInlineSnapshot(`
      {
        "params": {
          "article": "article:1",
          "ids": [
            "SAID:person:a->event:b",
          ],
        },
        "text": "UNWIND $ids AS id MATCH (e:Evidence {relation: id}) WHERE e.article = $article DETACH DELETE e",
      }
    `);
  });
});
