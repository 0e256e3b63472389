// InstantSearch widgets over PodSearch's Meilisearch-compatible API. Open the page with
// ?host=http://127.0.0.1:5080 (the default) and, when the host runs with --search-key, &key=KEY;
// &hitsPerPage=N changes the page size (10).
import { instantMeiliSearch } from '@meilisearch/instant-meilisearch';

const { instantsearch } = window;
const { searchBox, hits, refinementList, pagination, sortBy, stats, configure } = instantsearch.widgets;
const settings = new URLSearchParams(location.search);
const hostUrl = settings.get('host') ?? 'http://127.0.0.1:5080';
const hitsPerPage = Number(settings.get('hitsPerPage') ?? 10);

const { searchClient } = instantMeiliSearch(hostUrl, settings.get('key') ?? '', {
  primaryKey: 'id',          // hits get objectID = id
  finitePagination: true,    // page/hitsPerPage: exact totals, every page number offered
});

const search = instantsearch({ indexName: 'episodes', searchClient });

const facet = (attribute, options = {}) =>
  refinementList({ container: `#${attribute}`, attribute, limit: 8, showMore: true, ...options });

search.addWidgets([
  configure({ hitsPerPage, attributesToSnippet: ['summary:24'], snippetEllipsisText: '…' }),
  searchBox({ container: '#searchbox', placeholder: 'Search episodes, guests, topics…', showSubmit: false }),
  stats({ container: '#stats' }),
  sortBy({
    container: '#sort',
    items: [
      { label: 'Most relevant', value: 'episodes' },
      { label: 'Newest first', value: 'episodes:date:desc' },
      { label: 'Oldest first', value: 'episodes:date:asc' },
    ],
  }),
  facet('guest', { searchable: true, searchablePlaceholder: 'Find a guest…' }),
  facet('host'),
  facet('podcast'),
  facet('tag'),
  facet('year', { sortBy: ['name:desc'] }),
  hits({
    container: '#hits',
    templates: {
      item: (hit, { html, components }) => html`
        <article class="hit" data-id="${hit.id}">
          <h3>${components.Highlight({ attribute: 'title', hit })}</h3>
          <p class="meta">
            <span class="show">${hit.podcastTitle ?? hit.podcast}</span>
            ${hit.date ? html`<time datetime="${hit.date}">${hit.date}</time>` : ''}
            ${hit.guests.length ? html`<span class="guests">with ${hit.guests.join(', ')}</span>` : ''}
          </p>
          <p class="snippet">${components.Snippet({ attribute: 'summary', hit })}</p>
        </article>`,
      empty: (results, { html }) => html`<p class="empty">No episode matches <q>${results.query}</q>.</p>`,
    },
  }),
  pagination({ container: '#pagination', padding: 2 }),
]);

search.on('error', ({ error }) => {
  const box = document.getElementById('error');
  box.textContent = `Search failed: ${error.message}`;
  box.hidden = false;
});
search.start();
