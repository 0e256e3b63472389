// Person view (?person=<id or name>): who someone is across shows, a timeline of their episodes, the people
// they appeared with and their picks. Loaded before app.js, whose helpers (escapeHtml, getJson, personLink,
// episodeLink, outArrow, update, writeState) it calls at render time.
"use strict";

// The profile of a regular host lists a thousand episodes; the page asks for one slice at a time.
const PERSON_EPISODES_PAGE = 50, PERSON_PICKS_SHOWN = 20, PERSON_TOP = 12;
const ROLE_LABELS = { host: "host", guest: "guest", picks: "gave picks", speaker: "spoke in a transcript" };
let personController = null;

function personUrl(key, episodesOffset) {
  const params = new URLSearchParams({ top: String(PERSON_TOP), episodesLimit: String(PERSON_EPISODES_PAGE),
    episodesOffset: String(episodesOffset), picksLimit: String(PERSON_PICKS_SHOWN) });
  return `api/people/${encodeURIComponent(key)}?${params}`;
}

async function renderPerson(state) {
  personController?.abort();
  personController = new AbortController();
  const article = $("person");
  article.innerHTML = "<p>Loading…</p>";
  try {
    const profile = await getJson(personUrl(state.person, 0), personController);
    // A name from a note resolves to an id; the address then names the id, the stable one to share.
    if (profile.id !== state.person) writeState({ ...state, person: profile.id }, { replace: true });
    article.innerHTML = personHtml(profile);
    document.title = `${profile.name} – PodSearch`;
    window.scrollTo(0, 0);
    article.focus({ preventScroll: true });
  } catch (error) {
    if (error.name === "AbortError") return;
    article.innerHTML = await personNotFoundHtml(state.person, error);
  }
}

// An unknown or ambiguous name: say so, and offer the people whose names start that way.
async function personNotFoundHtml(key, error) {
  let candidates = [];
  if (error.problem?.status === 404) {
    try { candidates = (await getJson("api/people?" + new URLSearchParams({ prefix: key, limit: "10" }))).people; } catch { /* the message alone then */ }
  }
  return `${backButton()}<p>${escapeHtml(error.problem?.detail || error.message)}</p>` +
    (candidates.length ? `<h2>People with that name</h2><ul>${candidates.map((c) => `<li>${personLink(c.id, c.name)} <span class="meta">${c.appearances} episodes</span></li>`).join("")}</ul>` : "");
}

const backButton = () => `<button type="button" class="back" data-back>‹ Back</button>`;
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
const roleList = (roles) => Object.entries(roles || {}).map(([role, n]) => `${escapeHtml(ROLE_LABELS[role] || role)} ${n}`).join(" · ");

function personHtml(p) {
  const episodesTotal = p.episodesPage?.total ?? p.episodes.length;
  const picksTotal = p.picksPage?.total ?? p.picks.length;
  const variants = (p.variants || []).filter((v) => v !== p.name);
  const appearance = (label, a) => a ? `<dt>${label}</dt><dd>${a.episode.dateText ? `<time datetime="${escapeHtml(a.episode.dateText)}">${escapeHtml(a.episode.dateText)}</time> ` : ""}${episodeLink(a.episode.id, a.episode.title)}</dd>` : "";
  const search = [["guest", "as a guest"], ["host", "as a host"]].filter(([role]) => p.roles?.[role])
    .map(([role, label]) => `<a href="?${escapeHtml(new URLSearchParams({ [role]: p.name }))}" data-field="${role}" data-value="${escapeHtml(p.name)}">Search episodes with them ${label}</a>`).join(" · ");
  return `
    ${backButton()}
    <h1>${escapeHtml(p.name)}</h1>
    ${variants.length ? `<p class="meta">Also written ${variants.map(escapeHtml).join(", ")}</p>` : ""}
    <p class="person-summary"><strong>${plural(p.appearances, "episode")}</strong>${roleList(p.roles) ? " · " + roleList(p.roles) : ""}</p>
    <dl class="facts">${appearance("First", p.first)}${appearance("Last", p.last)}</dl>
    ${p.shows?.length ? `<section aria-labelledby="person-shows"><h2 id="person-shows">Shows</h2><table class="shows"><thead><tr><th scope="col">Show</th><th scope="col">Episodes</th><th scope="col">Roles</th></tr></thead><tbody>${
      p.shows.map((s) => `<tr><td>${escapeHtml(s.podcastTitle || s.podcast)}</td><td class="num">${s.episodes}</td><td>${roleList(s.roles)}</td></tr>`).join("")}</tbody></table></section>` : ""}
    ${search ? `<p>${search}</p>` : ""}
    <div class="person-columns">
      <section aria-labelledby="person-timeline-title" class="timeline-section">
        <h2 id="person-timeline-title">Timeline <span class="count">${episodesTotal}</span></h2>
        <ol class="timeline" id="person-timeline">${timelineItems(p.episodes, "")}</ol>
        ${moreEpisodesButton(p)}
      </section>
      <div>
        ${p.coAppearances?.length ? `<section aria-labelledby="person-with"><h2 id="person-with">Appeared with</h2><ol class="co">${
          p.coAppearances.map((c) => `<li>${personLink(c.id || c.value, c.value)} <span class="count" title="shared episodes">${c.count}</span></li>`).join("")}</ol></section>` : ""}
        ${picksTotal ? `<section aria-labelledby="person-picks"><h2 id="person-picks">Picks <span class="count">${picksTotal}</span></h2><ul class="person-picks">${
          p.picks.map(personPickItem).join("")}</ul>
          <a href="?${escapeHtml(new URLSearchParams({ picks: "", by: p.id }))}" data-picks="" data-by="${escapeHtml(p.id)}">${picksTotal > p.picks.length ? `All ${picksTotal} picks` : "Their picks"} in the picks search ›</a></section>` : ""}
      </div>
    </div>`;
}

function personPickItem(pick) {
  return `<li><a href="?${escapeHtml(new URLSearchParams({ picks: pick.text }))}" data-picks="${escapeHtml(pick.text)}">${escapeHtml(pick.text)}</a>${outArrow(pick.url, pick.text)}
    <div class="meta">${episodeLink(pick.episode.id, pick.episode.title)}${pick.episode.dateText ? " · " + escapeHtml(pick.episode.dateText) : ""}</div></li>`;
}

// Timeline entries, with a year label wherever the year changes (`lastYear` carries it across "more" pages).
function timelineItems(episodes, lastYear) {
  return episodes.map(({ episode: e, roles }) => {
    const year = e.dateText ? e.dateText.slice(0, 4) : "undated";
    const label = year !== lastYear ? `<span class="year">${escapeHtml(year)}</span>` : "";
    lastYear = year;
    return `<li data-year="${escapeHtml(year)}">${label}<time${e.dateText ? ` datetime="${escapeHtml(e.dateText)}"` : ""}>${escapeHtml(e.dateText || "no date")}</time>
      ${episodeLink(e.id, e.title)} <span class="meta">${escapeHtml(e.podcastTitle || e.podcast)} · ${roles.map((r) => escapeHtml(ROLE_LABELS[r] || r)).join(", ")}</span></li>`;
  }).join("");
}

function moreEpisodesButton(p) {
  const next = p.episodesPage?.nextOffset;
  if (next === null || next === undefined) return "";
  const left = p.episodesPage.total - next;
  return `<button type="button" class="more" data-more-episodes="${next}" data-person-id="${escapeHtml(p.id)}">Show ${Math.min(left, PERSON_EPISODES_PAGE)} more of ${left} left</button>`;
}

// "More" appends the next slice in place (not in the URL: it is a longer list, not another view).
async function loadMoreEpisodes(button) {
  button.disabled = true;
  try {
    const profile = await getJson(personUrl(button.dataset.personId, Number(button.dataset.moreEpisodes)));
    const list = $("person-timeline");
    const lastYear = list.lastElementChild?.dataset.year || "";
    const before = list.children.length;
    list.insertAdjacentHTML("beforeend", timelineItems(profile.episodes, lastYear));
    button.outerHTML = moreEpisodesButton(profile);
    // Keyboard users continue where the new entries start.
    list.children[before]?.querySelector("a")?.focus();
  } catch (error) {
    button.disabled = false;
    button.textContent = "Could not load more: " + (error.problem?.detail || error.message) + " (try again)";
  }
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-more-episodes]");
  if (button) { event.preventDefault(); loadMoreEpisodes(button); }
});
