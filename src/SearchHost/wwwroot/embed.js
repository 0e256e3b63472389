// PodSearch embed: paste into any page to get a search box backed by a PodSearch host.
//   <div id="podsearch"></div>
//   <script src="https://search.example.org/embed.js" data-target="#podsearch" data-podcast="elixir-mix" async></script>
// It adds an iframe of the host's own page (?embed=1) and grows it to fit, so the site needs no CORS
// settings and no styles; data-podcast / data-guest / data-host / data-tag / data-year scope the search (they always
// apply and visitors cannot remove them), data-q starts with a query, data-height sets a minimum.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var base = new URL(".", script.src);
  var target = (script.dataset.target && document.querySelector(script.dataset.target)) || script.parentNode;
  var params = new URLSearchParams({ embed: "1" });
  ["podcast", "guest", "host", "tag", "year"].forEach(function (name) {
    if (script.dataset[name]) params.set("fixed." + name, script.dataset[name]);
  });
  if (script.dataset.q) params.set("q", script.dataset.q);
  var frame = document.createElement("iframe");
  frame.src = base.href + "?" + params;
  frame.title = "Search episodes";
  frame.loading = "lazy";
  frame.style.cssText = "width:100%;border:0;min-height:" + (script.dataset.height || "420") + "px";
  target.appendChild(frame);
  window.addEventListener("message", function (event) {
    if (event.source === frame.contentWindow && event.origin === base.origin && event.data && event.data.podsearchHeight)
      frame.style.height = Math.max(event.data.podsearchHeight, Number(script.dataset.height || 420)) + "px";
  });
})();
