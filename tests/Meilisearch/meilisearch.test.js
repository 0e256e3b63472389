// The Meilisearch-compatible endpoints (src/SearchHost/Meilisearch) driven by the official meilisearch 0.62.0
// client against the real host on 127.0.0.1 over an index of the fixture notes built by the real indexer.
// Expected values come from PodSearch's own /api/search and from the documents themselves, never hard-coded results.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { buildIndex, startHost, removeIndex } from './host.js';

const FACETS = ['guest', 'host', 'podcast', 'tag', 'year', 'picks_by', 'link_domain'];
let indexPath, host, client, index, allDocs;

before(async () => {
  indexPath = buildIndex();
  host = await startHost(indexPath);
  client = new Meilisearch({ host: host.url });
  index = client.index('episodes');
  allDocs = (await index.search('', { limit: 100 })).hits;
});

after(async () => {
  await host?.stop();
  if (indexPath) removeIndex(indexPath);
});

/** PodSearch's own search (lexical, as a Meilisearch search without `hybrid`) for the same query and filters. */
async function apiSearch(params) {
  const query = new URLSearchParams({ mode: 'lexical', facets: FACETS.join(','), limit: '100' });
  for (const [name, values] of Object.entries(params))
    for (const value of [].concat(values)) query.append(name, value);
  const response = await fetch(`${host.url}/api/search?${query}`);
  assert.equal(response.status, 200, await response.clone().text());
  return response.json();
}

/** Expects the client to throw Meilisearch's API error with this code (and HTTP status). */
async function rejectsWith(promise, code, status) {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof MeilisearchApiError, `expected a MeilisearchApiError, got ${error}`);
    assert.equal(error.cause?.code, code, error.message);
    if (status) assert.equal(error.response.status, status);
    assert.equal(typeof error.cause.type, 'string');
    assert.match(error.cause.link, /error_codes#/);
    return true;
  });
}

const ids = (hits) => hits.map((h) => h.id).sort();
const expectIds = (predicate) => allDocs.filter(predicate).map((d) => d.id).sort();

describe('index information', () => {
  test('health, version, indexes, index, stats and settings', async () => {
    assert.deepEqual(await client.health(), { status: 'available' });
    assert.equal(await client.isHealthy(), true);
    const version = await client.getVersion();
    assert.equal(typeof version.pkgVersion, 'string');
    const indexes = await client.getRawIndexes();
    assert.equal(indexes.total, 1);
    assert.equal(indexes.results[0].uid, 'episodes');
    assert.equal(indexes.results[0].primaryKey, 'id');
    const info = await client.getIndex('episodes');
    assert.equal(info.primaryKey, 'id');
    assert.ok(!Number.isNaN(info.updatedAt.getTime()));
    const stats = await index.getStats();
    const api = await apiSearch({});
    assert.equal(stats.numberOfDocuments, api.total);
    assert.equal(allDocs.length, api.total);
    assert.equal(stats.isIndexing, false);
    const settings = await index.getSettings();
    assert.deepEqual([...settings.filterableAttributes].sort(), [...FACETS].sort());
    assert.deepEqual(settings.sortableAttributes, ['date', 'number', 'duration']);
    assert.ok(Object.keys(settings.synonyms).length > 0, 'the built-in synonyms are reported');
    assert.equal(settings.faceting.maxValuesPerFacet, 100);
  });

  test('the routes are in the OpenAPI document', async () => {
    const openapi = await (await fetch(`${host.url}/openapi/v1.json`)).json();
    for (const [route, method] of [['/multi-search', 'post'], ['/indexes/{uid}/search', 'post'], ['/indexes/{uid}/search', 'get'],
      ['/indexes/{uid}/facet-search', 'post'], ['/indexes', 'get'], ['/indexes/{uid}', 'get'], ['/indexes/{uid}/stats', 'get'],
      ['/indexes/{uid}/settings', 'get'], ['/health', 'get'], ['/version', 'get']]) {
      assert.ok(openapi.paths[route]?.[method], `${method.toUpperCase()} ${route} documented`);
      assert.ok(openapi.paths[route][method].summary, `${route} has a summary`);
      assert.ok(openapi.paths[route][method].tags.some((t) => t.name === 'Meilisearch' || t === 'Meilisearch'));
    }
  });

  test('documents carry the episode hit shape', () => {
    const doc = allDocs.find((d) => d.guests.length > 0 && d.links.length > 0 && d.picks.length > 0);
    assert.ok(doc, 'a fixture episode with guests, links and picks');
    for (const field of ['id', 'title', 'podcast', 'podcastTitle', 'date', 'year', 'number', 'duration', 'guests', 'hosts', 'tags', 'summary', 'links', 'picks'])
      assert.ok(field in doc, `document has ${field}`);
    assert.match(doc.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(doc.year, Number(doc.date.slice(0, 4)));
    assert.equal(typeof doc.links[0].url, 'string');
    assert.ok(Array.isArray(doc.picks[0].items));
  });
});

describe('multi-search and facets', () => {
  test('a batch answers each query in order with its indexUid, as instant-meilisearch sends it', async () => {
    const guest = allDocs.flatMap((d) => d.guests)[0];
    const { results } = await client.multiSearch({
      queries: [
        { indexUid: 'episodes', q: 'queue', facets: FACETS, filter: [[`"guest"="${guest}"`]], attributesToHighlight: ['*'],
          highlightPreTag: '__ais-highlight__', highlightPostTag: '__/ais-highlight__', limit: 21, offset: 0 },
        { indexUid: 'episodes', q: 'queue', facets: ['guest'], limit: 0 },
        { indexUid: 'episodes', q: '', facets: FACETS, limit: 0, offset: 0 },
      ],
    });
    assert.equal(results.length, 3);
    for (const result of results) assert.equal(result.indexUid, 'episodes');
    const filtered = await apiSearch({ q: 'queue', guest });
    assert.equal(results[0].estimatedTotalHits, filtered.total);
    assert.deepEqual(ids(results[0].hits), filtered.hits.map((h) => h.id).sort());
    assert.ok(results[0].hits.every((h) => h.guests.includes(guest)));
    assert.equal(results[1].hits.length, 0, 'limit 0 returns counts only');
    assert.ok(results[1].estimatedTotalHits >= results[0].estimatedTotalHits);
    assert.equal(results[2].estimatedTotalHits, allDocs.length);
  });

  for (const [name, meiliFilter, apiFilter, q] of [
    ['no filter', undefined, {}, 'queue'],
    ['one guest (disjunctive: the guest facet ignores its own filter)', ['guest = "Ilse Dvořák"'], { guest: 'Ilse Dvořák' }, ''],
    ['two guests OR-ed and a host', [['guest = "Ilse Dvořák"', 'guest = "Tomas Kettle"'], 'host = "Pavel Moreau"'], { guest: ['Ilse Dvořák', 'Tomas Kettle'], host: 'Pavel Moreau' }, ''],
    ['a year and a show', 'year = 2021 AND podcast = "night-shift-ops"', { year: '2021', podcast: 'night-shift-ops' }, 'drill'],
    ['a year range', 'year 2019 TO 2020', { from: '2019', to: '2020' }, ''],
  ]) {
    test(`facet distribution equals /api/search facets: ${name}`, async () => {
      const meili = await index.search(q, { facets: FACETS, filter: meiliFilter, limit: 100 });
      const api = await apiSearch({ q, ...apiFilter });
      assert.equal(meili.estimatedTotalHits, api.total);
      assert.deepEqual(ids(meili.hits), api.hits.map((h) => h.id).sort());
      for (const field of FACETS) {
        const expected = Object.fromEntries((api.facets[field] ?? []).filter((v) => v.value !== null).map((v) => [v.value, v.count]));
        const truncated = (api.facets[field] ?? []).some((v) => v.value === null);
        if (truncated) // /api/search shows the top ten and a rest; the Meilisearch answer has up to 100
          for (const [value, count] of Object.entries(expected)) assert.equal(meili.facetDistribution[field][value], count, `${field}=${value}`);
        else
          assert.deepEqual(meili.facetDistribution[field], expected, field);
      }
      const years = Object.keys(meili.facetDistribution.year).map(Number);
      if (years.length > 0) assert.deepEqual(meili.facetStats.year, { min: Math.min(...years), max: Math.max(...years) });
    });
  }
});

describe('filter language', () => {
  const cases = [
    ['=', 'guest = "Ilse Dvořák"', (d) => d.guests.includes('Ilse Dvořák')],
    ['= ignores case and accents', "guest = 'ilse dvorak'", (d) => d.guests.includes('Ilse Dvořák')],
    ['!=', 'host != "Pavel Moreau"', (d) => !d.hosts.includes('Pavel Moreau')],
    ['>', 'year > 2020', (d) => d.year > 2020],
    ['>=', 'year >= 2020', (d) => d.year >= 2020],
    ['<', 'year < 2020', (d) => d.year < 2020],
    ['<=', 'year <= 2020', (d) => d.year <= 2020],
    ['TO', 'year 2020 TO 2021', (d) => d.year >= 2020 && d.year <= 2021],
    ['IN', 'tag IN [chaos, databases, compilers]', (d) => d.tags.some((t) => ['chaos', 'databases', 'compilers'].includes(t))],
    ['NOT IN', 'tag NOT IN [podcast]', (d) => !d.tags.includes('podcast')],
    ['NOT', 'NOT podcast = byte-garden', (d) => d.podcast !== 'byte-garden'],
    ['AND', 'podcast = byte-garden AND guest = "Ilse Dvořák"', (d) => d.podcast === 'byte-garden' && d.guests.includes('Ilse Dvořák')],
    ['OR across fields', 'guest = "Tomas Kettle" OR host = "Quinn Abara"', (d) => d.guests.includes('Tomas Kettle') || d.hosts.includes('Quinn Abara')],
    ['parentheses', '(guest = "Tomas Kettle" OR year >= 2022) AND NOT tag = chaos', (d) => (d.guests.includes('Tomas Kettle') || d.year >= 2022) && !d.tags.includes('chaos')],
    ['precedence: AND binds tighter than OR', 'year = 2019 OR year = 2022 AND podcast = byte-garden', (d) => d.year === 2019 || (d.year === 2022 && d.podcast === 'byte-garden')],
    ['EXISTS', 'guest EXISTS', (d) => d.guests.length > 0],
    ['NOT EXISTS', 'guest NOT EXISTS', (d) => d.guests.length === 0],
    ['IS EMPTY', 'guest IS EMPTY', (d) => d.guests.length === 0],
    ['IS NOT EMPTY', 'guest IS NOT EMPTY', (d) => d.guests.length > 0],
    ['IS NULL', 'guest IS NULL', (d) => d.guests.length === 0],
    ['IS NOT NULL', 'guest IS NOT NULL', (d) => d.guests.length > 0],
    ['lower-case keywords', 'year >= 2020 and not guest exists', (d) => d.year >= 2020 && d.guests.length === 0],
  ];
  for (const [name, filter, predicate] of cases) {
    test(`${name}: ${filter}`, async () => {
      const expected = expectIds(predicate);
      assert.ok(expected.length > 0 && expected.length < allDocs.length, `the fixture separates ${filter}`);
      const result = await index.search('', { filter, limit: 100 });
      assert.deepEqual(ids(result.hits), expected);
      assert.equal(result.estimatedTotalHits, expected.length);
    });
  }

  test('an array ANDs its entries and a nested array ORs', async () => {
    const result = await index.search('', { filter: [['year = 2019', 'year = 2021'], 'podcast = night-shift-ops'], limit: 100 });
    assert.deepEqual(ids(result.hits), expectIds((d) => (d.year === 2019 || d.year === 2021) && d.podcast === 'night-shift-ops'));
  });

  for (const [filter, position] of [
    ['guest = "Ilse" AND', '16:19'],
    ['guest = ', '7:8'],
    ['title = x', '1:6'],
    ['tag IN [chaos, podcast', '8:9'],
    ['(year = 2019', '1:13'],
    ['year >= 2019 junk', '14:18'],
    ["guest = 'unclosed", '9:18'],
  ]) {
    test(`invalid filter names its position: ${filter}`, async () => {
      await assert.rejects(index.search('', { filter }), (error) => {
        assert.equal(error.cause?.code, 'invalid_search_filter');
        assert.equal(error.response.status, 400);
        assert.ok(error.cause.message.endsWith(`\n${position} ${filter}`), error.cause.message);
        return true;
      });
    });
  }
});

describe('paging, sort, highlighting, facet search', () => {
  test('offset/limit pages add up to the whole result', async () => {
    const whole = await index.search('', { limit: 100 });
    const pages = [];
    for (let offset = 0; offset < whole.estimatedTotalHits; offset += 3) {
      const page = await index.search('', { offset, limit: 3 });
      assert.equal(page.offset, offset);
      assert.equal(page.limit, 3);
      assert.equal(page.estimatedTotalHits, whole.estimatedTotalHits);
      pages.push(...page.hits.map((h) => h.id));
    }
    assert.deepEqual(pages, whole.hits.map((h) => h.id));
  });

  test('page/hitsPerPage answers totalHits and totalPages', async () => {
    const whole = await index.search('', { limit: 100 });
    const seen = [];
    const first = await index.search('', { page: 1, hitsPerPage: 2 });
    assert.equal(first.totalHits, whole.estimatedTotalHits);
    assert.equal(first.totalPages, Math.ceil(whole.estimatedTotalHits / 2));
    assert.equal(first.hitsPerPage, 2);
    assert.equal(first.page, 1);
    assert.equal(first.estimatedTotalHits, undefined);
    for (let page = 1; page <= first.totalPages; page++)
      seen.push(...(await index.search('', { page, hitsPerPage: 2 })).hits.map((h) => h.id));
    assert.deepEqual(seen, whole.hits.map((h) => h.id));
    assert.equal((await index.search('', { page: first.totalPages + 1, hitsPerPage: 2 })).hits.length, 0);
  });

  test('sort by date, number and duration, both ways', async () => {
    for (const [attribute, key] of [['date', (d) => d.date], ['number', (d) => d.number], ['duration', (d) => d.duration]]) {
      for (const direction of ['asc', 'desc']) {
        const { hits } = await index.search('', { sort: [`${attribute}:${direction}`], limit: 100 });
        const values = hits.map(key).filter((v) => v !== null);
        const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        assert.deepEqual(values, direction === 'asc' ? sorted : sorted.reverse(), `${attribute}:${direction}`);
        assert.equal(hits.length, allDocs.length);
      }
    }
    const paged = await index.search('', { sort: ['number:desc'], offset: 2, limit: 2 });
    const all = (await index.search('', { sort: ['number:desc'], limit: 100 })).hits.map((h) => h.id);
    assert.deepEqual(paged.hits.map((h) => h.id), all.slice(2, 4));
    await rejectsWith(index.search('', { sort: ['title:asc'] }), 'invalid_search_sort', 400);
    await rejectsWith(index.search('', { sort: ['date'] }), 'invalid_search_sort', 400);
  });

  test('highlight tags and cropping', async () => {
    const { hits } = await index.search('queues', {
      attributesToHighlight: ['title', 'summary'], highlightPreTag: '<b>', highlightPostTag: '</b>',
      attributesToCrop: ['summary'], cropLength: 5, cropMarker: '[…]', limit: 100,
    });
    assert.ok(hits.length > 0);
    const withTitle = hits.find((h) => /queue/i.test(h.title));
    assert.match(withTitle._formatted.title, /<b>Queues?<\/b>/i);
    for (const hit of hits) {
      const summary = hit._formatted.summary;
      const words = summary.replace(/\[…\]/g, ' ').replace(/<\/?b>/g, '').trim().split(/\s+/);
      assert.ok(words.length <= 5, `cropped to 5 words: ${summary}`);
      if (hit.summary.split(/\s+/).length > 5) assert.ok(summary.includes('[…]'), summary);
      if (/queue/i.test(hit.summary)) assert.match(summary, /<b>queues?<\/b>/i, 'the crop keeps the match');
      assert.equal(hit._formatted.guests.join(), hit.guests.join(), 'attributes not asked for are not highlighted');
    }
    const plain = await index.search('queues', { limit: 1 });
    assert.equal(plain.hits[0]._formatted, undefined, 'no _formatted unless asked');
    const cropped = await index.search('queues', { attributesToCrop: ['summary:3'], limit: 1 });
    assert.ok(cropped.hits[0]._formatted.summary.replace(/…/g, ' ').trim().split(/\s+/).length <= 3);
    const retrieved = await index.search('queues', { attributesToRetrieve: ['id', 'title'], showRankingScore: true, limit: 3 });
    assert.deepEqual(Object.keys(retrieved.hits[0]).sort(), ['_rankingScore', 'id', 'title']);
    assert.ok(retrieved.hits[0]._rankingScore <= 1 && retrieved.hits[0]._rankingScore > 0);
  });

  test('GET search takes the same parameters in the query string', async () => {
    const post = await index.search('queue', { filter: 'year >= 2020', facets: ['guest'], sort: ['date:desc'], attributesToRetrieve: ['id', 'date'] });
    const get = await index.searchGet('queue', { filter: 'year >= 2020', facets: ['guest'], sort: ['date:desc'], attributesToRetrieve: ['id', 'date'] });
    assert.deepEqual(get.hits, post.hits);
    assert.deepEqual(get.facetDistribution, post.facetDistribution);
  });

  test('facet search finds values by the start of a word, with counts of the search', async () => {
    const api = await apiSearch({});
    const expected = Object.fromEntries(api.facets.guest.map((v) => [v.value, v.count]));
    const byFirst = await index.searchForFacetValues({ facetName: 'guest', facetQuery: 'ils' });
    assert.deepEqual(byFirst.facetHits, [{ value: 'Ilse Dvořák', count: expected['Ilse Dvořák'] }]);
    assert.equal(byFirst.facetQuery, 'ils');
    const byLast = await index.searchForFacetValues({ facetName: 'guest', facetQuery: 'dvor' });
    assert.deepEqual(byLast.facetHits.map((h) => h.value), ['Ilse Dvořák']);
    const withQuery = await index.searchForFacetValues({ facetName: 'host', facetQuery: '', q: 'queue', filter: 'podcast = byte-garden' });
    const apiQuery = await apiSearch({ q: 'queue', podcast: 'byte-garden' });
    assert.deepEqual(withQuery.facetHits, apiQuery.facets.host.filter((v) => v.value !== null).map((v) => ({ value: v.value, count: v.count })));
    await rejectsWith(index.searchForFacetValues({ facetName: 'title', facetQuery: 'x' }), 'invalid_facet_search_facet_name', 400);
  });

  test('matchingStrategy all keeps only episodes with every word; hybrid runs with a ratio', async () => {
    const words = 'queue migrations';
    const last = await index.search(words, { limit: 100 });
    const all = await index.search(words, { matchingStrategy: 'all', limit: 100 });
    assert.ok(last.estimatedTotalHits > 0, 'the default finds episodes with any of the words when none has both');
    assert.equal(all.estimatedTotalHits, 0);
    const both = await index.search('queue supervisor', { matchingStrategy: 'all', limit: 100 });
    assert.ok(both.estimatedTotalHits > 0);
    const hybrid = await index.search('queue', { hybrid: { semanticRatio: 0.7, embedder: 'default' }, limit: 100 });
    assert.ok(hybrid.hits.length > 0);
    assert.equal(typeof hybrid.semanticHitCount, 'number');
    await rejectsWith(index.search('queue', { hybrid: { semanticRatio: 1.5 } }), 'invalid_search_semantic_ratio', 400);
    await rejectsWith(index.search('queue', { hybrid: { embedder: 'other' } }), 'invalid_search_embedder', 400);
    await rejectsWith(index.search('queue', { matchingStrategy: 'some' }), 'invalid_search_matching_strategy', 400);
  });
});

describe('errors', () => {
  test('Meilisearch error codes and shape', async () => {
    await rejectsWith(client.index('podcasts').search('x'), 'index_not_found', 404);
    await rejectsWith(client.index('podcasts').getStats(), 'index_not_found', 404);
    await rejectsWith(client.multiSearch({ queries: [{ indexUid: 'episodes', q: 'a' }, { indexUid: 'nope', q: 'b' }] }), 'index_not_found', 404);
    await rejectsWith(client.multiSearch({ queries: [{ q: 'a' }] }), 'missing_index_uid', 400);
    await rejectsWith(index.search('', { limit: -1 }), 'invalid_search_limit', 400);
    await rejectsWith(index.search('', { offset: 'two' }), 'invalid_search_offset', 400);
    await rejectsWith(index.search('', { page: -1 }), 'invalid_search_page', 400);
    await rejectsWith(index.search('', { hitsPerPage: 1.5 }), 'invalid_search_hits_per_page', 400);
    await rejectsWith(index.search('', { facets: ['title'] }), 'invalid_search_facets', 400);
    await rejectsWith(index.search('', { filter: 42 }), 'invalid_search_filter', 400);
    await rejectsWith(index.search('', { attributesToHighlight: 'title' }), 'invalid_search_attributes_to_highlight', 400);
    await rejectsWith(index.search('', { cropLength: -3 }), 'invalid_search_crop_length', 400);
    await rejectsWith(index.search('', { rankingScoreThreshold: 0.5 }), 'invalid_search_ranking_score_threshold', 400);
    await rejectsWith(index.search('', { nonsense: true }), 'bad_request', 400);
    await rejectsWith(index.search('', { showRankingScoreDetails: true }), 'invalid_search_show_ranking_score_details', 400);
    await rejectsWith(index.search('', { distinct: 'podcast' }), 'invalid_search_distinct', 400);
    await rejectsWith(index.searchGet('', { limit: 'x' }), 'invalid_search_limit', 400);
    const malformed = await fetch(`${host.url}/indexes/episodes/search`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"q": ' });
    assert.equal(malformed.status, 400);
    assert.equal((await malformed.json()).code, 'malformed_payload');
    const noType = await fetch(`${host.url}/multi-search`, { method: 'POST', body: '{}' });
    assert.equal(noType.status, 415);
  });

  test('a long limit is cut to the page size, not refused; totals stay exact', async () => {
    const result = await index.search('', { limit: 5000 });
    assert.equal(result.hits.length, allDocs.length);
    assert.equal(result.limit, 100);
  });
});

describe('search key and CORS', () => {
  let keyed;
  before(async () => { keyed = await startHost(indexPath, '--search-key', 'sesame', '--cors-origins', 'http://sample.example'); });
  after(async () => { await keyed?.stop(); });

  test('--search-key is checked as a Bearer token; /health stays open', async () => {
    await rejectsWith(new Meilisearch({ host: keyed.url }).index('episodes').search('queue'), 'missing_authorization_header', 401);
    await rejectsWith(new Meilisearch({ host: keyed.url, apiKey: 'wrong' }).index('episodes').search('queue'), 'invalid_api_key', 403);
    const result = await new Meilisearch({ host: keyed.url, apiKey: 'sesame' }).index('episodes').search('queue');
    assert.ok(result.hits.length > 0);
    assert.equal((await fetch(`${keyed.url}/health`)).status, 200);
    assert.equal((await fetch(`${keyed.url}/version`)).status, 401);
  });

  test('a browser preflight may send Authorization, X-Meilisearch-Client and Content-Type', async () => {
    const preflight = await fetch(`${keyed.url}/multi-search`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://sample.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,x-meilisearch-client' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://sample.example');
    const allowed = preflight.headers.get('access-control-allow-headers').toLowerCase();
    for (const header of ['authorization', 'x-meilisearch-client', 'content-type']) assert.ok(allowed.includes(header), allowed);
    const other = await fetch(`${keyed.url}/multi-search`, {
      method: 'OPTIONS', headers: { Origin: 'http://elsewhere.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
    });
    assert.equal(other.headers.get('access-control-allow-origin'), null, 'other origins are not allowed');
  });
});
