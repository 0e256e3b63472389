// Picks view (?picks=<words>&by=<person>&year=&domain=&page=): search every pick, narrowed by picker, year and
// linked domain, with the items picked most often. Loaded before app.js, whose helpers it calls at render time.
"use strict";

const PICKS_PAGE_SIZE = 20, MOST_PICKED_SHOWN = 5;
const PICK_FACETS = [["by", "Picked by"], ["year", "Years"], ["domain", "Domains"]];
const pickBox = document.getElementById("picks-q");
let picksController = null, picksTimer = 0;
const pickerNames = {}; // person id -> display name, learnt from results, for the filter chips

function writePicksState(state, params) {
  params.set("picks", state.picks);
  if (state.by) params.set("by", state.by);
  if (state.pickYear) params.set("year", state.pickYear);
  if (state.domain) params.set("domain", state.domain);
  if (state.pickPage > 1) params.set("page", String(state.pickPage));
}

// The filters of the picks view by API name; `year` is pickYear in the state so it never meets the search's year.
const pickFilters = (state) => ({ by: state.by, year: state.pickYear, domain: state.domain });
const pickChange = (field, value) => ({ [field === "year" ? "pickYear" : field]: value, pickPage: 1 });

function picksUrl(state) {
  const params = new URLSearchParams({ limit: String(PICKS_PAGE_SIZE), offset: String((state.pickPage - 1) * PICKS_PAGE_SIZE) });
  if (state.picks) params.set("q", state.picks);
  for (const [field, value] of Object.entries(pickFilters(state))) if (value) params.set(field, value);
  return "api/picks?" + params;
}

async function renderPicks(state) {
  if (document.activeElement !== pickBox) pickBox.value = state.picks;
  picksController?.abort();
  picksController = new AbortController();
  try {
    const result = await getJson(picksUrl(state), picksController);
    for (const p of result.picks) if (p.personId) pickerNames[p.personId] = p.personName || p.by;
    for (const v of result.facets?.by || []) if (v.id) pickerNames[v.id] = v.value;
    renderPickStatus(result, state);
    renderPickChips(state);
    renderPickFacets(result, state);
    renderMostPicked(result);
    $("pick-list").innerHTML = result.picks.map(pickHtml).join("");
    renderPickPager(result, state);
    document.title = (state.picks ? `${state.picks} – ` : "") + "Picks – PodSearch";
  } catch (error) {
    if (error.name === "AbortError") return;
    $("pick-status").textContent = error.problem ? `${error.problem.detail} (${error.problem.code})` : "The picks search failed: " + error.message;
    for (const id of ["pick-list", "pick-pager", "most-picked"]) $(id).replaceChildren();
  }
}

function renderPickStatus(result, state) {
  const from = result.total === 0 ? 0 : (state.pickPage - 1) * PICKS_PAGE_SIZE + 1;
  const to = Math.min(result.total, state.pickPage * PICKS_PAGE_SIZE);
  let html = result.total === 0 ? "No picks match." : `${from}–${to} of <strong>${result.total}</strong> pick${result.total === 1 ? "" : "s"}, newest first`;
  if (result.notice) html += `<br><small>${escapeHtml(result.notice)}</small>`;
  $("pick-status").innerHTML = html;
}

function renderPickChips(state) {
  $("pick-chips").innerHTML = Object.entries(pickFilters(state)).filter(([, value]) => value).map(([field, value]) => {
    const label = field === "by" ? pickerNames[value] || value : value;
    return `<button type="button" class="chip" data-pick-field="${field}" data-value="${escapeHtml(value)}" aria-label="Remove filter ${field} ${escapeHtml(label)}">${escapeHtml(label)} ×</button>`;
  }).join("");
}

// One value per filter (the API takes one picker, year and domain): clicking the chosen one clears it.
function renderPickFacets(result, state) {
  const chosen = pickFilters(state);
  $("pick-facets").innerHTML = PICK_FACETS.filter(([field]) => (result.facets?.[field] || []).length > 0).map(([field, label]) => {
    const items = result.facets[field].filter((v) => v.value !== null).map((v) => {
      const value = field === "by" ? v.id || v.value : v.value;
      return `<li><button type="button" data-pick-field="${field}" data-value="${escapeHtml(value)}" aria-pressed="${chosen[field] === value}">
        <span class="value">${escapeHtml(v.value)}</span><span class="count">${v.count}</span></button></li>`;
    }).join("");
    return `<div class="facet" data-facet="pick-${field}"><h2 id="pick-facet-${field}">${label}</h2><ul aria-labelledby="pick-facet-${field}">${items}</ul></div>`;
  }).join("");
}

function renderMostPicked(result) {
  const items = (result.mostPicked || []).slice(0, MOST_PICKED_SHOWN);
  $("most-picked").innerHTML = items.length === 0 ? "" : `<h2>Most picked</h2><ol class="most-picked">${items.map((m) =>
    `<li><a href="?${escapeHtml(new URLSearchParams({ picks: m.text }))}" data-picks="${escapeHtml(m.text)}">${escapeHtml(m.text)}</a>
      <span class="count" title="picks">${m.count}</span>
      <div class="meta">by ${m.pickers.map((name) => personLink(name)).join(", ")} · ${m.episodes} episode${m.episodes === 1 ? "" : "s"}</div></li>`).join("")}</ol>`;
}

function pickHtml(p) {
  const title = webLink(p.url, escapeHtml(p.text));
  const e = p.episode;
  return `<li class="hit pick"><h3>${title}</h3>
    <div class="meta">picked by ${personLink(p.personId || p.by, p.personName || p.by)} in ${episodeLink(e.id, e.title)}
      · ${escapeHtml(e.podcastTitle || e.podcast)}${e.dateText ? " · " + escapeHtml(e.dateText) : ""}${p.domain ? ` · <span class="domain">${escapeHtml(p.domain)}</span>` : ""}</div></li>`;
}

function renderPickPager(result, state) {
  const pages = Math.ceil(result.total / PICKS_PAGE_SIZE);
  const pager = $("pick-pager");
  if (pages <= 1) { pager.replaceChildren(); return; }
  const numbers = [];
  for (let p = Math.max(1, state.pickPage - 3); p <= Math.min(pages, state.pickPage + 3); p++) numbers.push(p);
  pager.innerHTML =
    `<button type="button" data-pick-page="${state.pickPage - 1}" ${state.pickPage <= 1 ? "disabled" : ""}>‹ Previous</button>` +
    numbers.map((p) => `<button type="button" data-pick-page="${p}" ${p === state.pickPage ? 'aria-current="page"' : ""}>${p}</button>`).join("") +
    `<button type="button" data-pick-page="${state.pickPage + 1}" ${state.pickPage >= pages ? "disabled" : ""}>Next ›</button>`;
}

// Typing replaces the history entry (one per search, not per letter), as the main search box does.
pickBox.addEventListener("input", () => {
  clearTimeout(picksTimer);
  picksTimer = setTimeout(() => update({ picks: pickBox.value.trim(), pickPage: 1 }, { replace: true }), 250);
});

document.getElementById("picks-form").addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(picksTimer);
  update({ picks: pickBox.value.trim(), pickPage: 1 });
});

document.getElementById("picks-view").addEventListener("click", (event) => {
  const target = event.target.closest("[data-pick-field]");
  if (!target) return;
  event.preventDefault();
  const field = target.dataset.pickField, value = target.dataset.value;
  update(pickChange(field, pickFilters(readState())[field] === value ? "" : value));
});
