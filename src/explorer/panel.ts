/** The side panel: one entity with its relations, their evidence sentences and quotes. */
import { labelColor } from '../export/palette.js';
import { datedBy } from '../graph/fact-date.js';
import { RELATION_TYPES } from '../graph/model.js';
import type {
  EntityDetail,
  EntitySummary,
  EvidenceDetail,
  RelationDetail,
  TimelineFact,
  TimelineResult,
} from './api.js';
import { curationSection, rejectControl, type CurationActions } from './curate.js';
import { entityLabel } from './model.js';

/** What the panel asks of the page when the user clicks in it. */
export interface PanelActions {
  /** Select another entity (the other end of a relation). */
  select(id: string): void;
  /** Load the neighbourhood of the shown entity into the graph. */
  expand(id: string): void;
  close(): void;
  /** Merge, rename, reject (see curate.ts). */
  curate: CurationActions;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Readable relation type: MET_WITH → "met with". */
export function relationPhrase(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** The sentence as text nodes, the quote inside it wrapped in <mark>. */
function sentenceWithQuote(evidence: Pick<EvidenceDetail, 'sentence' | 'quote'>): Node[] {
  const { sentence, quote } = evidence;
  const at = quote ? sentence.indexOf(quote) : -1;
  if (!quote || at < 0) return [document.createTextNode(sentence)];
  return [
    document.createTextNode(sentence.slice(0, at)),
    element('mark', undefined, quote),
    document.createTextNode(sentence.slice(at + quote.length)),
  ];
}

function evidenceItem(evidence: EvidenceDetail): HTMLElement {
  const item = element('li', 'evidence');
  const sentence = element('blockquote', 'sentence');
  sentence.append(...sentenceWithQuote(evidence));
  item.append(sentence);
  if (evidence.quote && !evidence.sentence.includes(evidence.quote)) item.append(element('q', 'quote', evidence.quote));
  const source = [
    evidence.article.title ?? evidence.article.id,
    evidence.article.source,
    evidence.date ?? evidence.article.publishedAt,
  ]
    .filter(Boolean)
    .join(' · ');
  item.append(element('cite', undefined, source));
  return item;
}

function relationItem(
  entityId: string,
  other: { id: string; name: string; label: string },
  relation: RelationDetail,
  actions: PanelActions,
): HTMLElement {
  const item = element('li', 'relation');
  item.dataset.relation = relation.id;
  const head = element('div', 'relation-head');
  const outgoing = relation.sourceId === entityId;
  const arrow = relation.undirected ? '—' : outgoing ? '→' : '←';
  head.append(element('span', 'type', `${arrow} ${relationPhrase(relation.type)}`));
  head.append(entityLink(other, actions));
  const meta = [`${Math.round(relation.confidence * 100)}%`, relation.date, relation.hedged ? 'hedged' : null]
    .filter(Boolean)
    .join(' · ');
  head.append(element('span', 'meta', meta));
  item.append(head);
  const list = element('ul', 'evidence-list');
  for (const evidence of relation.evidence.nodes) list.append(evidenceItem(evidence));
  if (relation.evidence.totalCount > relation.evidence.nodes.length) {
    list.append(element('li', 'more', `and ${relation.evidence.totalCount - relation.evidence.nodes.length} more`));
  }
  item.append(list, rejectControl(relation.id, actions.curate));
  return item;
}

/** A button that selects an entity, with its label's colour (class `entity-link` in relations, `fact-link` in the timeline). */
function entityLink(other: EntitySummary, actions: PanelActions, className = 'entity-link'): HTMLButtonElement {
  const link = element('button', className, other.name);
  link.type = 'button';
  link.style.setProperty('--dot', labelColor(entityLabel(other.label)));
  link.title = `${entityLabel(other.label)} · ${other.id}`;
  link.addEventListener('click', () => actions.select(other.id));
  return link;
}

function timelineFact(entityId: string, fact: TimelineFact, actions: PanelActions): HTMLElement {
  const item = element('li', 'timeline-fact');
  item.dataset.relation = fact.id;
  const outgoing = fact.sourceId === entityId;
  const arrow = fact.undirected ? '—' : outgoing ? '→' : '←';
  item.append(element('span', 'type', `${arrow} ${relationPhrase(fact.type)}`), document.createTextNode(' '));
  item.append(entityLink(outgoing ? fact.target : fact.source, actions, 'fact-link'));
  if (fact.hedged) item.append(element('span', 'meta', 'hedged'));
  return item;
}

/**
 * The entity's timeline: one item per day (and event), earliest first, undated facts last. Days after
 * the date slider's date are marked `later` (see markTimeline).
 */
function timelineSection(
  entityId: string,
  timeline: TimelineResult | string,
  asOf: string,
  actions: PanelActions,
): HTMLElement {
  const section = element('section', 'timeline');
  section.append(element('h4', undefined, 'Timeline'));
  if (typeof timeline === 'string') {
    section.append(element('p', 'error', timeline));
    return section;
  }
  const list = element('ol');
  for (const group of timeline.nodes) {
    const day = element('li', 'day');
    if (group.date) day.dataset.date = group.date;
    const head = element('div', 'when');
    head.append(element('time', undefined, group.date ?? 'undated'));
    if (group.event && group.event.id !== entityId) {
      head.append(document.createTextNode(' · '), entityLink(group.event, actions, 'fact-link'));
    }
    const facts = element('ul');
    for (const fact of group.facts) facts.append(timelineFact(entityId, fact, actions));
    day.append(head, facts);
    list.append(day);
  }
  if (timeline.nodes.length === 0) list.append(element('li', 'empty', 'No dated facts.'));
  section.append(list);
  if (timeline.totalCount > timeline.nodes.length) {
    section.append(element('p', 'more', `and ${timeline.totalCount - timeline.nodes.length} later days`));
  }
  markTimeline(section, asOf);
  return section;
}

/** Marks the timeline's days after `asOf` (and undated ones) as `later`; none when `asOf` is empty. */
export function markTimeline(root: ParentNode, asOf: string): void {
  for (const day of root.querySelectorAll<HTMLElement>('.timeline li.day')) {
    day.classList.toggle('later', asOf !== '' && !datedBy(day.dataset.date ?? null, asOf));
  }
}

/** What the panel shows beside the entity's relations. */
export interface PanelExtras {
  /** The entity's timeline, or why it could not be loaded. */
  timeline: TimelineResult | string;
  /** The date slider's date, '' for none. */
  asOf: string;
}

/** Renders an entity into the panel, replacing what it showed. */
export function renderPanel(
  panel: HTMLElement,
  entity: EntityDetail,
  actions: PanelActions,
  extras: PanelExtras,
): void {
  const header = element('header');
  const close = element('button', 'close', '×');
  close.type = 'button';
  close.title = 'Close';
  close.setAttribute('aria-label', 'Close the panel');
  close.addEventListener('click', () => actions.close());
  const label = entityLabel(entity.label);
  const badge = element('span', 'badge', label);
  badge.style.background = labelColor(label);
  header.append(close, badge, element('h2', undefined, entity.name));
  const facts = [
    entity.aliases.length > 0 ? `Also: ${entity.aliases.join(', ')}` : null,
    entity.roles && entity.roles.length > 0 ? `Roles: ${entity.roles.join(', ')}` : null,
    entity.date ? `Date: ${entity.date}` : null,
    `${entity.mentionCount} mention${entity.mentionCount === 1 ? '' : 's'} · ${entity.relations.totalCount} relation${entity.relations.totalCount === 1 ? '' : 's'}`,
  ].filter((f): f is string => f !== null);
  for (const fact of facts) header.append(element('p', 'fact', fact));
  const expand = element('button', 'expand', 'Show neighbourhood');
  expand.type = 'button';
  expand.addEventListener('click', () => actions.expand(entity.id));
  header.append(expand, curationSection(entity, actions.curate));

  const relations = element('ul', 'relations');
  const order = (type: string) => {
    const at = (RELATION_TYPES as readonly string[]).indexOf(type);
    return at < 0 ? RELATION_TYPES.length : at;
  };
  const sorted = [...entity.relations.edges].sort(
    (a, b) => order(a.relation.type) - order(b.relation.type) || b.relation.confidence - a.relation.confidence,
  );
  for (const { node, relation } of sorted) relations.append(relationItem(entity.id, node, relation, actions));
  if (sorted.length === 0) relations.append(element('li', 'empty', 'No relations.'));
  if (entity.relations.totalCount > sorted.length) {
    relations.append(
      element(
        'li',
        'more',
        `and ${entity.relations.totalCount - sorted.length} more relations: double-click the node to load them into the graph.`,
      ),
    );
  }
  panel.replaceChildren(header, timelineSection(entity.id, extras.timeline, extras.asOf, actions), relations);
  panel.hidden = false;
  panel.scrollTop = 0;
}

/** Shows a message in the panel (loading, or an error the user should read). */
export function panelMessage(panel: HTMLElement, message: string, isError = false): void {
  panel.replaceChildren(element('p', isError ? 'error' : 'loading', message));
  panel.hidden = false;
}
