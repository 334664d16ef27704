/** The graph explorer page: sigma.js over graphology, fed by the GraphQL API. */
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { ENTITY_LABELS, RELATION_TYPES } from '../graph/model.js';
import { LABEL_COLORS } from '../export/palette.js';
import {
  ENTITY_QUERY,
  NEIGHBORHOOD_QUERY,
  OVERVIEW_QUERY,
  SEARCH_QUERY,
  STATS_QUERY,
  TIMELINE_QUERY,
  graphql,
  type DateRangeResult,
  type EdgeSummary,
  type EntityDetail,
  type EntitySummary,
  type SubgraphResult,
  type TimelineResult,
} from './api.js';
import {
  asOfAt,
  createExplorerGraph,
  edgeVisible,
  entityLabel,
  mergeSubgraph,
  overviewSubgraph,
  parallelEdgeLabels,
  seededRandom,
  sliderBounds,
  visibleNodes,
  type ExplorerEdge,
  type ExplorerGraph,
  type ExplorerNode,
  type Filters,
} from './model.js';
import { curationActions } from './curate.js';
import { markTimeline, panelMessage, relationPhrase, renderPanel } from './panel.js';

/** The package's CommonJS export is the layout function its typings call `default`. */
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/** Most overview edges loaded at start (pages of 100, most confident first). */
const OVERVIEW_EDGES = 500;
const DIM_NODE = '#e3e6eb';
const DIM_EDGE = '#eef0f3';
const FOCUS_EDGE = '#5b6472';

/** What the browser test and curious users can ask of the page (window.newsgraphExplorer). */
export interface ExplorerHandle {
  /** Where a node is drawn, in CSS pixels from the graph container's top-left corner. */
  viewportPosition(id: string): { x: number; y: number } | null;
  nodeCount(): number;
  edgeCount(): number;
}

declare global {
  interface Window {
    newsgraphExplorer?: ExplorerHandle;
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The explorer page lacks #${id}.`);
  return node as T;
}

class Explorer implements ExplorerHandle {
  private readonly graph: ExplorerGraph = createExplorerGraph();
  private readonly random = seededRandom(20220915);
  private readonly sigma: Sigma<ExplorerNode, ExplorerEdge>;
  private readonly endpoint: string;
  private filters: Filters = { types: new Set(RELATION_TYPES), since: '', until: '', asOf: '' };
  /** The date slider's ends in days since 1970, null while the graph's facts span less than two days. */
  private sliderRange: { min: number; max: number } | null = null;
  private asOfTimer: number | undefined;
  private visible = new Set<string>();
  /** Label of the first visible edge between each pair of nodes: the types of all of them, so parallel edges' labels do not overprint. */
  private pairLabels = new Map<string, string>();
  private hoveredNode: string | null = null;
  private hoveredEdge: string | null = null;
  private selected: string | null = null;
  private searchTimer: number | undefined;
  private searchSerial = 0;

  private readonly container = byId<HTMLDivElement>('graph');
  private readonly panel = byId<HTMLElement>('panel');
  private readonly tooltip = byId<HTMLDivElement>('tooltip');
  private readonly status = byId<HTMLParagraphElement>('status');
  private readonly search = byId<HTMLInputElement>('search');
  private readonly results = byId<HTMLUListElement>('results');
  private readonly slider = byId<HTMLInputElement>('as-of');

  constructor() {
    this.endpoint = document.body.dataset.graphql ?? '/graphql';
    this.sigma = new Sigma(this.graph, this.container, {
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      zIndex: true,
      defaultEdgeType: 'arrow',
      labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
      labelSize: 13,
      labelWeight: '600',
      labelColor: { color: '#1f2933' },
      labelRenderedSizeThreshold: 4,
      labelDensity: 0.35,
      edgeLabelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
      edgeLabelSize: 11,
      edgeLabelWeight: '600',
      edgeLabelColor: { color: '#3e4652' },
      stagePadding: 40,
      minCameraRatio: 0.05,
      maxCameraRatio: 4,
      nodeReducer: (id, data) => this.nodeDisplay(id, data),
      edgeReducer: (key, data) => this.edgeDisplay(key, data),
    });
    this.bindGraphEvents();
    this.bindControls();
    this.buildFilters();
    this.buildLegend();
  }

  viewportPosition(id: string): { x: number; y: number } | null {
    const data = this.sigma.getNodeDisplayData(id);
    return data ? this.sigma.framedGraphToViewport(data) : null;
  }

  nodeCount(): number {
    return this.graph.order;
  }

  edgeCount(): number {
    return this.graph.size;
  }

  private busy<T>(work: Promise<T>): Promise<T> {
    document.body.dataset.state = 'busy';
    return work.finally(() => {
      document.body.dataset.state = 'ready';
    });
  }

  private focusNode(): string | null {
    return this.hoveredNode ?? this.selected;
  }

  private nodeDisplay(id: string, data: ExplorerNode): Partial<NodeDisplayData> {
    if (!this.visible.has(id)) return { ...data, hidden: true };
    const focus = this.focusNode();
    if (id === this.selected) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
    if (!focus) return data;
    if (id === focus) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
    if (this.graph.areNeighbors(id, focus)) return { ...data, forceLabel: true, zIndex: 1 };
    return { ...data, color: DIM_NODE, label: '', zIndex: 0 };
  }

  private edgeDisplay(key: string, data: ExplorerEdge): Partial<EdgeDisplayData> {
    if (!edgeVisible(data, this.filters)) return { ...data, hidden: true };
    const [source, target] = this.graph.extremities(key);
    if (!this.visible.has(source) || !this.visible.has(target)) return { ...data, hidden: true };
    if (key === this.hoveredEdge) {
      return {
        ...data,
        color: '#1f2933',
        size: data.size + 1.5,
        label: relationPhrase(data.relation),
        forceLabel: true,
        zIndex: 3,
      };
    }
    const focus = this.focusNode();
    if (!focus) return { ...data, label: '' };
    if (source === focus || target === focus)
      return { ...data, color: FOCUS_EDGE, label: this.pairLabels.get(key) ?? '', forceLabel: true, zIndex: 2 };
    return { ...data, color: DIM_EDGE, label: '', zIndex: 0 };
  }

  private bindGraphEvents(): void {
    this.sigma.on('enterNode', ({ node }) => {
      this.hoveredNode = node;
      this.container.style.cursor = 'pointer';
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on('leaveNode', () => {
      this.hoveredNode = null;
      this.container.style.cursor = '';
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on('enterEdge', ({ edge, event }) => {
      this.hoveredEdge = edge;
      this.showEdgeTooltip(edge, event.x, event.y);
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on('leaveEdge', () => {
      this.hoveredEdge = null;
      this.tooltip.hidden = true;
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on('clickNode', ({ node }) => void this.select(node));
    this.sigma.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      void this.expand(node);
    });
    this.sigma.on('clickStage', () => this.closePanel());
  }

  private showEdgeTooltip(edge: string, x: number, y: number): void {
    const attributes = this.graph.getEdgeAttributes(edge);
    const [source, target] = this.graph.extremities(edge);
    const arrow = attributes.type === 'line' ? '—' : '→';
    const name = (id: string) => this.graph.getNodeAttribute(id, 'label');
    const type = document.createElement('strong');
    type.textContent = attributes.relation;
    const facts = [
      `${Math.round(attributes.confidence * 100)}% confidence`,
      `${attributes.evidenceCount} evidence sentence${attributes.evidenceCount === 1 ? '' : 's'}`,
      attributes.date,
      attributes.hedged ? 'hedged' : null,
    ].filter(Boolean);
    const detail = document.createElement('span');
    detail.textContent = facts.join(' · ');
    this.tooltip.replaceChildren(
      type,
      document.createTextNode(` ${name(source)} ${arrow} ${name(target)}`),
      document.createElement('br'),
      detail,
    );
    this.tooltip.style.left = `${this.container.offsetLeft + x + 14}px`;
    this.tooltip.style.top = `${this.container.offsetTop + y + 14}px`;
    this.tooltip.hidden = false;
  }

  private bindControls(): void {
    this.search.addEventListener('input', () => {
      window.clearTimeout(this.searchTimer);
      this.searchTimer = window.setTimeout(() => void this.runSearch(this.search.value), 180);
    });
    const form = byId<HTMLFormElement>('search-form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.searchTimer);
      void this.runSearch(this.search.value, true);
    });
    this.search.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      window.clearTimeout(this.searchTimer);
      this.searchSerial += 1;
      this.results.replaceChildren();
    });
    document.addEventListener('pointerdown', (event) => {
      if (!form.contains(event.target as Node)) this.results.replaceChildren();
    });
    for (const id of ['since', 'until'] as const) {
      const input = byId<HTMLInputElement>(id);
      input.addEventListener('change', () => this.applyDates());
      input.addEventListener('keyup', (event) => {
        if (event.key === 'Enter') this.applyDates();
      });
    }
    // The view follows the slider at once; the selected entity's neighbourhood is asked for once it rests.
    this.slider.addEventListener('input', () => {
      this.applyAsOf();
      window.clearTimeout(this.asOfTimer);
      this.asOfTimer = window.setTimeout(() => this.requeryAsOf(), 200);
    });
    this.slider.addEventListener('change', () => {
      window.clearTimeout(this.asOfTimer);
      this.applyAsOf();
      this.requeryAsOf();
    });
    byId<HTMLButtonElement>('types-all').addEventListener('click', () => this.setAllTypes(true));
    byId<HTMLButtonElement>('types-none').addEventListener('click', () => this.setAllTypes(false));
    byId<HTMLButtonElement>('reset').addEventListener('click', () => {
      this.closePanel();
      void this.sigma.getCamera().animatedReset({ duration: 400 });
    });
  }

  private applyDates(): void {
    const since = byId<HTMLInputElement>('since');
    const until = byId<HTMLInputElement>('until');
    const pattern = /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$/;
    for (const input of [since, until]) input.classList.toggle('invalid', !pattern.test(input.value.trim()));
    if (!pattern.test(since.value.trim()) || !pattern.test(until.value.trim())) return;
    this.filters = { ...this.filters, since: since.value.trim(), until: until.value.trim() };
    this.refreshView();
  }

  /** Sets up the date slider from the graph's earliest to its latest fact date; off when they are one day. */
  private setUpSlider(range: DateRangeResult): void {
    this.sliderRange = sliderBounds(range);
    const ends = this.sliderRange;
    this.slider.disabled = ends === null;
    byId<HTMLSpanElement>('as-of-start').textContent = range?.earliest ?? '';
    byId<HTMLSpanElement>('as-of-end').textContent = range?.latest ?? '';
    if (!ends) return;
    this.slider.min = String(ends.min);
    this.slider.max = String(ends.max);
    this.slider.value = String(ends.max);
    this.applyAsOf();
  }

  /** Shows the graph as of the slider's date: later facts are hidden, and so are the nodes only they link. */
  private applyAsOf(): void {
    const asOf = this.sliderRange ? asOfAt(Number(this.slider.value), this.sliderRange) : '';
    byId<HTMLOutputElement>('as-of-label').textContent = asOf || 'all dates';
    if (asOf === this.filters.asOf) return;
    this.filters = { ...this.filters, asOf };
    markTimeline(this.panel, asOf);
    this.refreshView();
  }

  /** Asks for the selected entity's neighbourhood as of the slider's date, bringing in what it held then. */
  private requeryAsOf(): void {
    if (!this.selected) return;
    void this.busy(this.loadNeighborhood(this.selected, 1)).catch((error: unknown) => this.fail(error));
  }

  private buildFilters(): void {
    const list = byId<HTMLDivElement>('type-filters');
    list.replaceChildren(
      ...RELATION_TYPES.map((type) => {
        const label = document.createElement('label');
        label.className = 'type-filter';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = true;
        box.value = type;
        box.addEventListener('change', () => {
          const types = new Set(this.filters.types);
          if (box.checked) types.add(type);
          else types.delete(type);
          this.filters = { ...this.filters, types };
          this.refreshView();
        });
        const name = document.createElement('span');
        name.textContent = relationPhrase(type);
        const count = document.createElement('span');
        count.className = 'count';
        count.dataset.type = type;
        label.append(box, name, count);
        return label;
      }),
    );
  }

  private setAllTypes(on: boolean): void {
    for (const box of document.querySelectorAll<HTMLInputElement>('#type-filters input')) box.checked = on;
    this.filters = { ...this.filters, types: new Set(on ? RELATION_TYPES : []) };
    this.refreshView();
  }

  private buildLegend(): void {
    byId<HTMLUListElement>('legend-list').replaceChildren(
      ...ENTITY_LABELS.map((label) => {
        const item = document.createElement('li');
        const dot = document.createElement('span');
        dot.className = 'dot';
        dot.style.background = LABEL_COLORS[label];
        const name = document.createElement('span');
        name.textContent = label === 'Organization' ? 'Organisation' : label;
        const count = document.createElement('span');
        count.className = 'count';
        count.dataset.label = label;
        item.append(dot, name, count);
        return item;
      }),
    );
  }

  private refreshView(): void {
    this.visible = visibleNodes(this.graph, this.filters, this.selected ? [this.selected] : []);
    this.pairLabels = parallelEdgeLabels(this.graph, this.filters, relationPhrase);
    const byType = new Map<string, number>();
    let edges = 0;
    this.graph.forEachEdge((_key, attributes) => {
      byType.set(attributes.relation, (byType.get(attributes.relation) ?? 0) + 1);
      if (edgeVisible(attributes, this.filters)) edges += 1;
    });
    for (const count of document.querySelectorAll<HTMLSpanElement>('#type-filters .count')) {
      count.textContent = String(byType.get(count.dataset.type ?? '') ?? 0);
    }
    const byLabel = new Map<string, number>();
    for (const id of this.visible) {
      const kind = this.graph.getNodeAttribute(id, 'kind');
      byLabel.set(kind, (byLabel.get(kind) ?? 0) + 1);
    }
    for (const count of document.querySelectorAll<HTMLSpanElement>('#legend-list .count')) {
      count.textContent = String(byLabel.get(count.dataset.label ?? '') ?? 0);
    }
    const asOf = this.filters.asOf ? ` as of ${this.filters.asOf}` : '';
    this.status.textContent = `${this.visible.size} of ${this.graph.order} entities · ${edges} of ${this.graph.size} relations shown${asOf}`;
    this.sigma.refresh();
  }

  private layout(iterations: number): void {
    if (this.graph.order < 2) return;
    const settings = forceAtlas2.inferSettings(this.graph);
    forceAtlas2.assign(this.graph, {
      iterations,
      getEdgeWeight: null,
      settings: {
        ...settings,
        gravity: 0.4,
        scalingRatio: 40,
        strongGravityMode: true,
        barnesHutOptimize: this.graph.order > 400,
        adjustSizes: false,
        slowDown: 1 + Math.log(this.graph.order),
      },
    });
  }

  private merge(subgraph: SubgraphResult): string[] {
    const added = mergeSubgraph(this.graph, subgraph, this.random);
    if (added.length > 0) this.layout(added.length === this.graph.order ? 600 : 150);
    this.refreshView();
    return added;
  }

  /** Loads the most confident relations of the whole graph. */
  async loadOverview(): Promise<void> {
    await this.busy(
      (async () => {
        type Page = {
          relations: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            nodes: (EdgeSummary & { source: EntitySummary; target: EntitySummary })[];
          };
        };
        const edges: Page['relations']['nodes'] = [];
        let after: string | null = null;
        do {
          const page: Page = await graphql<Page>(this.endpoint, OVERVIEW_QUERY, { first: 100, after });
          edges.push(...page.relations.nodes);
          after = page.relations.pageInfo.hasNextPage ? page.relations.pageInfo.endCursor : null;
        } while (after && edges.length < OVERVIEW_EDGES);
        this.merge(overviewSubgraph(edges));
        const { stats, dateRange } = await graphql<{
          stats: { nodes: number; edges: number };
          dateRange: DateRangeResult;
        }>(this.endpoint, STATS_QUERY, {});
        this.setUpSlider(dateRange);
        byId<HTMLParagraphElement>('totals').textContent =
          stats.nodes === 0
            ? 'The graph is empty: ingest articles (kg ingest <folder>) and reload.'
            : `The graph holds ${stats.nodes} entities and ${stats.edges} relations (denied ones are not drawn); search to load more.`;
      })(),
    ).catch((error: unknown) => this.fail(error));
  }

  private async runSearch(text: string, pickFirst = false): Promise<void> {
    const query = text.trim();
    const serial = ++this.searchSerial;
    if (query.length < 2) {
      this.results.replaceChildren();
      return;
    }
    try {
      const data = await graphql<{ entities: { nodes: EntitySummary[] } }>(this.endpoint, SEARCH_QUERY, {
        search: query,
      });
      if (serial !== this.searchSerial) return;
      const found = data.entities.nodes;
      if (pickFirst && found.length > 0) {
        this.results.replaceChildren();
        await this.focusEntity(found[0].id);
        return;
      }
      this.results.replaceChildren(
        ...(found.length === 0
          ? [
              Object.assign(document.createElement('li'), {
                className: 'none',
                textContent: `Nothing matches “${query}”.`,
              }),
            ]
          : found.map((entity) => {
              const item = document.createElement('li');
              const button = document.createElement('button');
              button.type = 'button';
              button.dataset.id = entity.id;
              const dot = document.createElement('span');
              dot.className = 'dot';
              dot.style.background = LABEL_COLORS[entityLabel(entity.label) as keyof typeof LABEL_COLORS] ?? '#999';
              const kind = document.createElement('small');
              kind.textContent = entityLabel(entity.label);
              button.append(dot, document.createTextNode(entity.name), kind);
              button.addEventListener('click', () => {
                this.results.replaceChildren();
                void this.focusEntity(entity.id);
              });
              item.append(button);
              return item;
            })),
      );
    } catch (error) {
      this.fail(error);
    }
  }

  private async loadNeighborhood(id: string, hops: number): Promise<void> {
    const types = this.filters.types.size === RELATION_TYPES.length ? null : [...this.filters.types];
    const data = await graphql<{ neighborhood: SubgraphResult }>(this.endpoint, NEIGHBORHOOD_QUERY, {
      id,
      hops,
      types,
      asOf: this.filters.asOf || null,
    });
    this.merge(data.neighborhood);
  }

  /** Loads an entity's neighbourhood, centres the camera on it and opens its panel. */
  async focusEntity(id: string): Promise<void> {
    await this.busy(
      (async () => {
        await this.loadNeighborhood(id, 1);
        await this.select(id);
        await this.centreOn(id);
      })(),
    ).catch((error: unknown) => this.fail(error));
  }

  /**
   * Moves the camera onto a node, beside the panel, zoomed so that most of its neighbours (three in
   * four) lie within the free part of the view.
   */
  private async centreOn(id: string): Promise<void> {
    const node = this.sigma.getNodeDisplayData(id);
    if (!node) return;
    const camera = this.sigma.getCamera();
    const { width, height } = this.sigma.getDimensions();
    const free = Math.max(200, width - (this.panel.hidden ? 0 : this.panel.offsetWidth + 24));
    const origin = this.sigma.viewportToFramedGraph({ x: 0, y: 0 });
    const step = this.sigma.viewportToFramedGraph({ x: 100, y: 0 });
    const perPixel = Math.abs(step.x - origin.x) / 100 / camera.ratio;
    const distances = this.graph
      .neighbors(id)
      .map((n) => this.sigma.getNodeDisplayData(n))
      .filter((p): p is NodeDisplayData => p !== undefined)
      .map((p) => Math.hypot(p.x - node.x, p.y - node.y))
      .sort((a, b) => a - b);
    const reach =
      distances.length > 0 ? distances[Math.min(distances.length - 1, Math.floor(distances.length * 0.75))] : 0;
    const ratio = Math.min(1.6, Math.max(0.1, reach / (0.42 * Math.min(free, height) * perPixel)));
    const shift = (width / 2 - free / 2) * perPixel * ratio;
    await camera.animate({ x: node.x + shift, y: node.y, ratio }, { duration: 450 });
  }

  private async expand(id: string): Promise<void> {
    await this.busy(this.loadNeighborhood(id, 1)).catch((error: unknown) => this.fail(error));
  }

  /** Selects an entity: highlights it and its neighbours and shows its timeline and relations with evidence. */
  async select(id: string): Promise<void> {
    this.selected = id;
    this.tooltip.hidden = true;
    this.refreshView();
    panelMessage(this.panel, 'Loading…');
    try {
      const [data, timeline] = await this.busy(
        Promise.all([
          graphql<{ entity: EntityDetail | null }>(this.endpoint, ENTITY_QUERY, { id }),
          graphql<{ timeline: TimelineResult }>(this.endpoint, TIMELINE_QUERY, { entity: id }).then(
            (result) => result.timeline,
            (error: unknown) =>
              `Could not load the timeline: ${error instanceof Error ? error.message : String(error)}`,
          ),
        ]),
      );
      if (this.selected !== id) return;
      if (!data.entity) {
        panelMessage(this.panel, `No entity ${id} in the graph any more.`, true);
        return;
      }
      renderPanel(
        this.panel,
        data.entity,
        {
          select: (other) => void this.focusEntity(other),
          expand: (entity) => void this.expand(entity),
          close: () => this.closePanel(),
          curate: curationActions(
            {
              endpoint: this.endpoint,
              dropNode: (node) => {
                if (this.graph.hasNode(node)) this.graph.dropNode(node);
              },
              dropEdge: (edge) => {
                if (this.graph.hasEdge(edge)) this.graph.dropEdge(edge);
              },
              focus: (entity) => void this.focusEntity(entity),
            },
            () => this.selected,
          ),
        },
        { timeline, asOf: this.filters.asOf },
      );
    } catch (error) {
      this.fail(error);
    }
  }

  private closePanel(): void {
    this.selected = null;
    this.panel.hidden = true;
    this.panel.replaceChildren();
    this.refreshView();
  }

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    panelMessage(this.panel, `Could not load from the GraphQL API: ${message}`, true);
  }
}

const explorer = new Explorer();
window.newsgraphExplorer = explorer;
void explorer.loadOverview();
