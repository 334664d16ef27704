/**
 * Curation from the side panel (docs/curation.md): merge the shown entity into another (picked by
 * search), rename it, and reject one of its relations with a reason. Each calls the API's mutation; the
 * page then shows the result (see Explorer.corrected in main.ts).
 */
import {
  graphql,
  MERGE_MUTATION,
  REJECT_MUTATION,
  RENAME_MUTATION,
  SEARCH_QUERY,
  type CorrectionResult,
  type EntitySummary,
} from './api.js';

/** What curating asks of the page. */
export interface CurationActions {
  /** Entities whose name matches, for picking the one to merge into. */
  search(text: string): Promise<EntitySummary[]>;
  merge(from: string, into: string): Promise<void>;
  rename(entity: string, name: string): Promise<void>;
  reject(relation: string, reason: string): Promise<void>;
}

/** Where the API token (for servers with KG_API_TOKEN or KG_API_TOKENS) is kept for the browser tab. */
const TOKEN_KEY = 'newsgraph-api-token';

/** The token the user gave for this tab, if any: sent as a bearer token with mutations. */
function savedToken(): string | undefined {
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(className: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = element('button', className, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

function input(name: string, placeholder: string, type = 'text'): HTMLInputElement {
  const field = element('input');
  field.name = name;
  field.type = type;
  field.placeholder = placeholder;
  field.setAttribute('aria-label', placeholder);
  return field;
}

/** Runs a correction, showing what went wrong in `status` (the buttons stay usable). */
async function attempt(status: HTMLElement, work: () => Promise<void>): Promise<void> {
  status.textContent = 'Saving…';
  status.classList.remove('error');
  try {
    await work();
    status.textContent = '';
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
    status.classList.add('error');
  }
}

/** The "Curate" section of an entity's panel: token, rename, merge into another entity. */
export function curationSection(entity: EntitySummary, actions: CurationActions): HTMLElement {
  const section = element('details', 'curate');
  section.append(element('summary', undefined, 'Curate'));
  const status = element('p', 'curate-status');
  status.setAttribute('role', 'status');

  const token = input('token', 'API token (if the server has one)', 'password');
  token.value = savedToken() ?? '';
  token.addEventListener('change', () => sessionStorage.setItem(TOKEN_KEY, token.value.trim()));

  const name = input('rename', 'New name');
  name.value = entity.name;
  const rename = button('rename', 'Rename', () => {
    void attempt(status, () => actions.rename(entity.id, name.value.trim()));
  });

  const search = input('merge-search', 'Merge into… (search an entity)');
  const results = element('ul', 'merge-results');
  let serial = 0;
  search.addEventListener('input', () => {
    const text = search.value.trim();
    const mine = (serial += 1);
    if (text.length < 2) return results.replaceChildren();
    void actions.search(text).then((found) => {
      if (mine !== serial) return;
      results.replaceChildren(
        ...found
          .filter((e) => e.id !== entity.id)
          .map((e) => {
            const item = element('li');
            item.append(
              button('merge-into', `${e.name} (${e.id})`, () => {
                void attempt(status, () => actions.merge(entity.id, e.id));
              }),
            );
            return item;
          }),
      );
    });
  });

  const renameRow = element('div', 'curate-row');
  renameRow.append(name, rename);
  section.append(token, renameRow, search, results, status);
  return section;
}

/** A relation's "Reject" button, which asks for a reason before rejecting. */
export function rejectControl(relation: string, actions: CurationActions): HTMLElement {
  const box = element('div', 'reject');
  const status = element('span', 'curate-status');
  const open = button('reject-open', 'Reject', () => {
    const reason = input('reason', 'Why is this wrong?');
    const send = button('reject-send', 'Reject', () => {
      if (reason.value.trim().length === 0) {
        status.textContent = 'Give a reason.';
        return;
      }
      void attempt(status, () => actions.reject(relation, reason.value.trim()));
    });
    box.replaceChildren(reason, send, status);
    reason.focus();
  });
  box.append(open);
  return box;
}

/** What the curation actions need of the page: where the API is, and how to show a correction's result. */
export interface CurationPage {
  endpoint: string;
  /** Takes a node the correction removed out of the graph view (if shown). */
  dropNode(id: string): void;
  /** Takes an edge the correction removed out of the graph view (if shown). */
  dropEdge(id: string): void;
  /** Loads an entity's neighbourhood and shows it in the panel. */
  focus(id: string): void;
}

/** The curation actions over the GraphQL API, with the token the user gave for this tab. */
export function curationActions(page: CurationPage, current: () => string | null): CurationActions {
  const run = <T>(query: string, variables: Record<string, unknown>) =>
    graphql<T>(page.endpoint, query, variables, savedToken());
  const moved = (from: string, to: string | undefined): void => {
    page.dropNode(from);
    page.focus(to ?? from);
  };
  return {
    search: async (text) =>
      (await run<{ entities: { nodes: EntitySummary[] } }>(SEARCH_QUERY, { search: text })).entities.nodes,
    merge: async (from, into) => {
      const { mergeEntities } = await run<{ mergeEntities: CorrectionResult }>(MERGE_MUTATION, { into, from });
      moved(from, mergeEntities.result?.id);
    },
    rename: async (entity, name) => {
      const { renameEntity } = await run<{ renameEntity: CorrectionResult }>(RENAME_MUTATION, { entity, name });
      moved(entity, renameEntity.result?.id);
    },
    reject: async (relation, reason) => {
      await run(REJECT_MUTATION, { relation, reason });
      page.dropEdge(relation);
      const shown = current();
      if (shown) page.focus(shown);
    },
  };
}
