// PodSearch page: plain JavaScript, no build step. The URL is the state (query, filters, sort, page, or the
// open episode, person or picks search): every render reads it, so links can be shared and the back button
// works. person.js and picks.js hold those two views; they load first and use the helpers defined here.
"use strict";

const FACETS = [["guest", "Guests"], ["host", "Hosts"], ["podcast", "Shows"], ["tag", "Tags"], ["year", "Years"]];
const FILTER_FIELDS = FACETS.map(([field]) => field);
const PAGE_SIZE = 10;
const $ = (id) => document.getElementById(id);
const input = $("q"), sortSelect = $("sort"), suggestionList = $("suggestions");
let searchController = null, suggestController = null, typingTimer = 0, suggestTimer = 0;
const showTitles = {}; // podcast slug -> title, from the Shows facet's labels and the hits, for chips
let lastResult = null, activeSuggestion = -1, currentSuggestions = [], navigatedInApp = false;

// ---------- state in the URL ----------
// One view at a time: an episode, a person (?person=<id or name>), a picks search (?picks=<words>, present
// even when empty), else the search. The picks view reuses year= and page= for its own filter and page.
function readState() {
  const params = new URLSearchParams(location.search);
  const episode = params.get("episode"), person = episode ? null : params.get("person");
  const picks = episode || person ? null : params.get("picks");
  // An embedding site's own filters (embed.js's data-podcast and the like) arrive as fixed.<field>: they always
  // apply, and the page offers no way to remove them (no chip, no facet for that field).
  const filters = {}, fixed = {};
  for (const field of FILTER_FIELDS) {
    fixed[field] = params.get("embed") === "1" ? params.getAll("fixed." + field) : [];
    filters[field] = picks === null ? [...new Set([...fixed[field], ...params.getAll(field)])] : [];
  }
  const page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1);
  return {
    q: picks === null ? params.get("q") || "" : "",
    sort: params.get("sort") || "relevance",
    page: picks === null ? page : 1,
    pickPage: picks === null ? 1 : page,
    episode,
    person,
    picks,
    by: params.get("by") || "",
    pickYear: picks === null ? "" : params.get("year") || "",
    domain: params.get("domain") || "",
    embed: params.get("embed") === "1",
    filters,
    fixed,
  };
}

// Leaving the other views: spread into an update that shows the search or an episode.
const NO_VIEW = { episode: null, person: null, picks: null };

function writeState(state, { replace = false } = {}) {
  const params = new URLSearchParams();
  if (state.embed) {
    params.set("embed", "1");
    for (const field of FILTER_FIELDS) for (const value of state.fixed?.[field] || []) params.append("fixed." + field, value);
  }
  if (!state.episode && state.person) params.set("person", state.person);
  else if (!state.episode && state.picks !== null && state.picks !== undefined) writePicksState(state, params);
  else writeSearchState(state, params);
  const url = location.pathname + (params.toString() ? "?" + params : "");
  if (url === location.pathname + location.search) return;
  if (replace) history.replaceState(null, "", url); else { history.pushState(null, "", url); navigatedInApp = true; }
}

function writeSearchState(state, params) {
  if (state.q) params.set("q", state.q);
  for (const field of FILTER_FIELDS)
    for (const value of state.filters[field] || []) if (!(state.fixed?.[field] || []).includes(value)) params.append(field, value);
  if (state.sort && state.sort !== "relevance") params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  if (state.episode) params.set("episode", state.episode);
}

function update(change, options) {
  const state = { ...readState(), ...change };
  writeState(state, options);
  render();
}

// ---------- safe HTML ----------
const escapeHtml = (text) => String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
// Snippets arrive with <mark> around query terms and nothing else may become markup.
const markedHtml = (text) => escapeHtml(text).replace(/&lt;mark&gt;/g, "<mark>").replace(/&lt;\/mark&gt;/g, "</mark>");
// Only web links become hrefs: a javascript: or data: URL in a note must not run when clicked.
const safeUrl = (url) => /^https?:\/\//i.test(String(url ?? "")) ? String(url) : null;
// A note's link as a link out when its URL is a web one, else `html` alone (the words stay, the click goes).
const webLink = (url, html) => safeUrl(url) ? `<a href="${escapeHtml(safeUrl(url))}" rel="noopener nofollow">${html}</a>` : html;
// The ↗ beside a pick that opens the picked page; nothing when its URL is missing or not a web one.
const outArrow = (url, label) =>
  safeUrl(url) ? ` <a class="out" href="${escapeHtml(safeUrl(url))}" rel="noopener nofollow" aria-label="Open ${escapeHtml(label)}">↗</a>` : "";
// A link to a person's view; `key` is an id or a name as written in a note (the API resolves both).
const personLink = (key, name = key) =>
  `<a class="person-link" href="?${escapeHtml(new URLSearchParams({ person: key }))}" data-person="${escapeHtml(key)}">${escapeHtml(name)}</a>`;
const episodeLink = (id, title) => `<a href="?${escapeHtml(new URLSearchParams({ episode: id }))}" data-episode="${escapeHtml(id)}">${escapeHtml(title)}</a>`;
const el = (tag, attrs = {}, html = "") => { const node = document.createElement(tag); for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v); node.innerHTML = html; return node; };

// ---------- API ----------
async function getJson(url, controller) {
  const response = await fetch(url, { signal: controller?.signal, headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw Object.assign(new Error(body.detail || response.statusText), { problem: body });
  return body;
}

function searchUrl(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const field of FILTER_FIELDS) for (const value of state.filters[field]) params.append(field, value);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  params.set("limit", String(PAGE_SIZE));
  params.set("offset", String((state.page - 1) * PAGE_SIZE));
  params.set("facets", FILTER_FIELDS.join(","));
  return "api/search?" + params;
}

// ---------- rendering ----------
let firstRender = true, lastView = null;
async function render() {
  const state = readState();
  document.body.classList.toggle("embed", state.embed);
  // While someone types, the box is theirs; on load and on back/forward it shows the URL's query.
  if (firstRender || document.activeElement !== input) input.value = state.q;
  firstRender = false;
  sortSelect.value = state.sort;
  const view = state.episode ? "episode" : state.person ? "person" : state.picks !== null ? "picks" : "search";
  for (const name of ["search", "episode", "person", "picks"]) $(name + "-view").hidden = name !== view;
  // Arriving in the picks view puts the keyboard in its box; re-renders within it leave focus alone.
  if (view === "picks" && lastView !== "picks") setTimeout(() => $("picks-q").focus(), 0);
  lastView = view;
  if (view === "picks") $("picks-nav").setAttribute("aria-current", "page"); else $("picks-nav").removeAttribute("aria-current");
  if (view === "episode") return renderEpisode(state);
  if (view === "person") return renderPerson(state);
  if (view === "picks") return renderPicks(state);
  return renderSearch(state);
}

async function renderSearch(state) {
  searchController?.abort();
  searchController = new AbortController();
  const status = $("status");
  try {
    const result = await getJson(searchUrl(state), searchController);
    lastResult = result;
    for (const hit of result.hits) if (hit.podcastTitle) showTitles[hit.podcast] = hit.podcastTitle;
    for (const value of result.facets?.podcast || []) if (value.label) showTitles[value.value] = value.label;
    renderStatus(result, state);
    renderHits(result, state);
    renderFacets(result, state);
    renderChips(state);
    renderPager(result, state);
    document.title = state.q ? `${state.q} – PodSearch` : "PodSearch";
  } catch (error) {
    if (error.name === "AbortError") return;
    status.textContent = error.problem ? `${error.problem.detail} (${error.problem.code})` : "The search failed: " + error.message;
    $("hits").replaceChildren();
    $("pager").replaceChildren();
  }
}

function renderStatus(result, state) {
  const status = $("status");
  const from = result.total === 0 ? 0 : (state.page - 1) * PAGE_SIZE + 1;
  const to = Math.min(result.total, state.page * PAGE_SIZE);
  let html = result.total === 0
    ? "No episodes match."
    : `${from}–${to} of <strong>${result.total}</strong> episode${result.total === 1 ? "" : "s"} <span class="took">(${Number(result.tookMs).toFixed(1)} ms)</span>`;
  if (result.suggestion) html += ` <span class="suggest">Did you mean <button type="button" data-suggest="${escapeHtml(result.suggestion)}">${escapeHtml(result.suggestion)}</button>?</span>`;
  // Only notices about what the visitor typed (codes query_*); the engine's own (no encoder, no vectors) are for
  // the people running the host, who see them in the API's answer.
  (result.notices || []).forEach((notice, i) => {
    if ((result.noticeCodes?.[i] || "").startsWith("query_")) html += `<br><small>${escapeHtml(notice)}</small>`;
  });
  status.innerHTML = html;
}

function renderHits(result, state) {
  const list = $("hits");
  list.replaceChildren(...result.hits.map((hit) => {
    const people = [...hit.guests, ...hit.hosts].slice(0, 6).map((name) => personLink(name)).join(", ");
    const snippets = hit.snippets.map((s) =>
      `<p class="snippet"><span class="field">${escapeHtml(s.field)}</span>${s.speaker ? `<strong>${escapeHtml(s.speaker)}:</strong> ` : ""}${markedHtml(s.text)}</p>`).join("");
    const href = "?" + new URLSearchParams({ ...(state.embed ? { embed: "1" } : {}), ...(state.q ? { q: state.q } : {}), episode: hit.id });
    return el("li", { class: "hit" },
      `<h3><a href="${escapeHtml(href)}" data-episode="${escapeHtml(hit.id)}">${escapeHtml(hit.title)}</a></h3>
       <div class="meta">${escapeHtml(hit.podcastTitle || hit.podcast)}${hit.date ? " · " + escapeHtml(hit.date.slice(0, 10)) : ""}${people ? " · " + people : ""}</div>
       ${snippets}`);
  }));
}

function renderFacets(result, state) {
  const container = $("facets");
  const shown = FACETS.filter(([field]) => (result.facets?.[field] || []).length > 0 && state.fixed[field].length === 0);
  container.replaceChildren(...shown.map(([field, label]) => {
    const values = result.facets[field];
    const selected = new Set(state.filters[field]);
    const items = values.filter((v) => v.value !== null).map((v) =>
      `<li><button type="button" data-field="${field}" data-value="${escapeHtml(v.value)}" aria-pressed="${selected.has(v.value)}">
         <span class="value">${escapeHtml(v.label || (field === "podcast" && showTitles[v.value]) || v.value)}</span><span class="count">${v.count}</span></button></li>`).join("");
    const rest = values.find((v) => v.value === null);
    return el("div", { class: "facet", "data-facet": field },
      `<h2 id="facet-${field}">${label}</h2><ul aria-labelledby="facet-${field}">${items}</ul>${rest ? `<div class="rest">+ ${rest.count} in other values</div>` : ""}`);
  }));
}

function renderChips(state) {
  const chips = [];
  for (const field of FILTER_FIELDS)
    for (const value of state.filters[field]) {
      if (state.fixed[field].includes(value)) continue;
      const label = (field === "podcast" && showTitles[value]) || value;
      chips.push(`<button type="button" class="chip" data-field="${field}" data-value="${escapeHtml(value)}" aria-label="Remove filter ${field} ${escapeHtml(label)}">${escapeHtml(label)} ×</button>`);
    }
  $("active-filters").innerHTML = chips.join("");
}

function renderPager(result, state) {
  const pages = Math.ceil(result.total / PAGE_SIZE);
  const pager = $("pager");
  if (pages <= 1) { pager.replaceChildren(); return; }
  const numbers = [];
  for (let p = Math.max(1, state.page - 3); p <= Math.min(pages, state.page + 3); p++) numbers.push(p);
  pager.innerHTML =
    `<button type="button" data-page="${state.page - 1}" ${state.page <= 1 ? "disabled" : ""}>‹ Previous</button>` +
    numbers.map((p) => `<button type="button" data-page="${p}" ${p === state.page ? 'aria-current="page"' : ""}>${p}</button>`).join("") +
    `<button type="button" data-page="${state.page + 1}" ${state.page >= pages ? "disabled" : ""}>Next ›</button>`;
}

function toggleFilter(field, value) {
  const state = readState();
  if (state.fixed[field].includes(value)) return; // the embedding site's filter stays
  const values = new Set(state.filters[field]);
  if (values.has(value)) values.delete(value); else values.add(value);
  update({ ...NO_VIEW, filters: { ...state.filters, [field]: [...values] }, page: 1 });
}

// ---------- episode view ----------
async function renderEpisode(state) {
  const article = $("episode");
  article.className = "episode";
  article.innerHTML = "<p>Loading…</p>";
  const [podcast, ...rest] = state.episode.split("/");
  const path = `api/episodes/${encodeURIComponent(podcast)}/${encodeURIComponent(rest.join("/"))}`;
  try {
    const [episode, similar] = await Promise.all([getJson(path), getJson(path + "/similar").catch(() => null)]);
    article.innerHTML = episodeHtml(episode, state, similar);
    document.title = `${episode.title} – PodSearch`;
    window.scrollTo(0, 0);
    article.focus({ preventScroll: true });
  } catch (error) {
    article.innerHTML = `<button type="button" class="back" data-back>‹ Back to results</button><p>${escapeHtml(error.problem?.detail || error.message)}</p>`;
  }
}

function queryWords(q) {
  return (q || "").toLowerCase().replace(/\b(AND|OR|NOT)\b/gi, " ").split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
}

function markWords(text, words) {
  let html = escapeHtml(text);
  for (const word of words) html = html.replace(new RegExp(`\\b(${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\w*)`, "giu"), "<mark>$1</mark>");
  return html;
}

function episodeHtml(e, state, similar) {
  const words = queryWords(state.q);
  const person = (name) => personLink(name);
  const duration = e.durationSeconds ? ` · ${Math.floor(e.durationSeconds / 3600) ? Math.floor(e.durationSeconds / 3600) + " h " : ""}${Math.round((e.durationSeconds % 3600) / 60)} min` : "";
  const matches = words.length ? (e.transcript || []).map((t, i) => ({ ...t, i })).filter((t) => words.some((w) => t.text.toLowerCase().includes(w))).slice(0, 20) : [];
  // A pick opens the picks search for its text (who else picked it); the arrow beside it goes to the page itself.
  const pickItem = (p) => `<li><a class="pick-link" href="?${escapeHtml(new URLSearchParams({ picks: p.text }))}" data-picks="${escapeHtml(p.text)}">${markWords(p.text, words)}</a>${outArrow(p.url, p.text)}</li>`;
  const picks = (e.picks || []).filter((g) => g.items.length).map((g) => `<li>${person(g.by)}<ul>${g.items.map(pickItem).join("")}</ul></li>`).join("");
  return `
    <button type="button" class="back" data-back>‹ Back to results</button>
    <h1>${escapeHtml(e.title)}</h1>
    <div class="meta">${escapeHtml(e.podcastTitle || e.podcast)}${e.number ? " · #" + escapeHtml(e.number) : ""}${e.date ? " · " + escapeHtml(String(e.date).slice(0, 10)) : ""}${duration}</div>
    ${e.audioUrl ? `<audio controls preload="none" src="${escapeHtml(e.audioUrl)}"></audio>` : ""}
    <section class="people" aria-label="People">
      ${e.guests.length ? `<h2>Guests</h2>${e.guests.map(person).join("")}` : ""}
      ${e.hosts.length ? `<h2>Hosts</h2>${e.hosts.map(person).join("")}` : ""}
    </section>
    ${e.summary ? `<section><h2>Summary</h2><p>${markWords(e.summary, words)}</p></section>` : ""}
    ${e.topics?.length ? `<section><h2>Topics</h2><ul>${e.topics.map((t) => `<li>${t.time ? escapeHtml(t.time) + " – " : ""}${markWords(t.text, words)}</li>`).join("")}</ul></section>` : ""}
    ${matches.length ? `<section class="transcript"><h2>In the transcript</h2>${matches.map((t) => `<p class="turn"><span class="speaker">${escapeHtml(t.speaker)}:</span> ${markWords(t.text.length > 600 ? t.text.slice(0, 600) + "…" : t.text, words)}</p>`).join("")}</section>` : ""}
    ${e.links?.length ? `<section><h2>Links</h2><ul>${e.links.map((l) => `<li>${webLink(l.url, escapeHtml(l.text))}</li>`).join("")}</ul></section>` : ""}
    ${picks ? `<section><h2>Picks</h2><ul>${picks}</ul></section>` : ""}
    ${similar?.hits?.length ? `<section><h2>Similar episodes</h2><ul>${similar.hits.map((h) => `<li>${episodeLink(h.id, h.title)} <span class="meta">${escapeHtml(h.podcastTitle || h.podcast)}</span></li>`).join("")}</ul></section>` : ""}`;
}

// ---------- suggestions ----------
async function loadSuggestions() {
  const q = input.value.trim();
  if (q.length < 2) { closeSuggestions(); return; }
  suggestController?.abort();
  suggestController = new AbortController();
  try {
    const body = await getJson("api/suggest?" + new URLSearchParams({ q, limit: "8" }), suggestController);
    currentSuggestions = body.suggestions;
    for (const s of currentSuggestions) if (s.kind === "show") showTitles[s.value] = s.text;
    activeSuggestion = -1;
    suggestionList.innerHTML = currentSuggestions.map((s, i) =>
      `<li role="option" id="suggestion-${i}" data-index="${i}" aria-selected="false"><span class="kind">${escapeHtml(s.kind)}</span><span>${escapeHtml(s.text)}</span>${s.kind !== "episode" ? `<span class="count">${s.count}</span>` : ""}</li>`).join("");
    suggestionList.hidden = currentSuggestions.length === 0;
    input.setAttribute("aria-expanded", String(currentSuggestions.length > 0));
  } catch (error) {
    if (error.name !== "AbortError") closeSuggestions();
  }
}

function closeSuggestions() {
  suggestionList.hidden = true;
  input.setAttribute("aria-expanded", "false");
  input.removeAttribute("aria-activedescendant");
  activeSuggestion = -1;
}

function highlightSuggestion(index) {
  activeSuggestion = index;
  for (const li of suggestionList.children) li.setAttribute("aria-selected", String(Number(li.dataset.index) === index));
  if (index >= 0) input.setAttribute("aria-activedescendant", "suggestion-" + index); else input.removeAttribute("aria-activedescendant");
}

function chooseSuggestion(s) {
  closeSuggestions();
  if (s.kind === "episode") { update({ ...NO_VIEW, episode: s.value }); return; }
  input.value = "";
  const state = readState();
  const values = new Set(state.filters[s.field]);
  values.add(s.value);
  update({ ...NO_VIEW, q: "", filters: { ...state.filters, [s.field]: [...values] }, page: 1 });
}

// ---------- events ----------
input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(loadSuggestions, 80);
  // Typing replaces the history entry instead of adding one per letter.
  typingTimer = setTimeout(() => update({ ...NO_VIEW, q: input.value.trim(), page: 1 }, { replace: !!readState().q || !input.value }), 200);
});

input.addEventListener("keydown", (event) => {
  const open = !suggestionList.hidden && currentSuggestions.length > 0;
  if (event.key === "ArrowDown" && open) { event.preventDefault(); highlightSuggestion((activeSuggestion + 1) % currentSuggestions.length); }
  else if (event.key === "ArrowUp" && open) { event.preventDefault(); highlightSuggestion(activeSuggestion <= 0 ? currentSuggestions.length - 1 : activeSuggestion - 1); }
  else if (event.key === "Escape" && open) { event.preventDefault(); closeSuggestions(); } // only close: Escape in a search box also clears it
  else if (event.key === "Enter" && open && activeSuggestion >= 0) { event.preventDefault(); chooseSuggestion(currentSuggestions[activeSuggestion]); }
});

$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  closeSuggestions();
  update({ ...NO_VIEW, q: input.value.trim(), page: 1 });
});

sortSelect.addEventListener("change", () => update({ sort: sortSelect.value, page: 1 }));
suggestionList.addEventListener("mousedown", (event) => {
  const li = event.target.closest("li[data-index]");
  if (li) { event.preventDefault(); chooseSuggestion(currentSuggestions[Number(li.dataset.index)]); }
});
input.addEventListener("blur", () => setTimeout(closeSuggestions, 100));

document.addEventListener("click", (event) => {
  const target = event.target.closest("[data-field],[data-page],[data-pick-page],[data-episode],[data-person],[data-picks],[data-back],[data-suggest]");
  if (!target) return;
  if (target.tagName === "A" && (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)) return; // let the browser open a tab
  event.preventDefault();
  if (target.dataset.field) toggleFilter(target.dataset.field, target.dataset.value);
  else if (target.dataset.page) { update({ page: Number(target.dataset.page) }); $("results").focus(); }
  else if (target.dataset.pickPage) { update({ pickPage: Number(target.dataset.pickPage) }); $("picks-results").focus(); }
  else if (target.dataset.episode) update({ ...NO_VIEW, episode: target.dataset.episode });
  else if (target.dataset.person) update({ ...NO_VIEW, person: target.dataset.person });
  else if (target.dataset.picks !== undefined) update({ ...NO_VIEW, picks: target.dataset.picks, by: target.dataset.by || "", pickYear: "", domain: "", pickPage: 1 });
  else if (target.dataset.suggest) { input.value = target.dataset.suggest; update({ q: target.dataset.suggest, page: 1 }); }
  else if ("back" in target.dataset) { if (navigatedInApp) history.back(); else update(NO_VIEW); }
});

document.addEventListener("keydown", (event) => {
  if (event.key === "/" && document.activeElement !== input && !/INPUT|SELECT|TEXTAREA/.test(document.activeElement?.tagName)) {
    event.preventDefault();
    input.focus();
    input.select();
  }
});

window.addEventListener("popstate", () => { input.value = readState().q; render(); });

// On a phone the filters start folded, so results come first.
if (matchMedia("(max-width: 44rem)").matches) for (const id of ["filters", "pick-filters"]) $(id).open = false;

// Tell an embedding page (embed.js) how tall the content is, so its iframe can fit it.
if (window.parent !== window) {
  new ResizeObserver(() => window.parent.postMessage({ podsearchHeight: document.documentElement.scrollHeight }, "*")).observe(document.body);
}

render();
