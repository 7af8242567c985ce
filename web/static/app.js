"use strict";
// The workbench's own script (the Content-Security-Policy allows no other): autocomplete of names
// from the search index, and the evidence view's highlight of the cited lines (#L54-L60).
(function () {
  const names = document.getElementById("gg-names");
  let pending = null;
  function suggest(text) {
    if (!names || text.trim().length < 2) return;
    if (pending) pending.abort();
    pending = new AbortController();
    fetch("/api/names?q=" + encodeURIComponent(text), { signal: pending.signal })
      .then(function (r) { return r.json(); })
      .then(function (hits) {
        names.replaceChildren();
        hits.forEach(function (h) {
          const option = document.createElement("option");
          option.value = h.name;
          option.textContent = h["class"];
          names.appendChild(option);
        });
      })
      .catch(function () {});
  }
  document.querySelectorAll("input[data-names]").forEach(function (input) {
    input.addEventListener("input", function () { suggest(input.value); });
  });

  const documentText = document.getElementById("gg-document");
  function highlight() {
    if (!documentText) return;
    documentText.querySelectorAll(".line.hl").forEach(function (line) { line.classList.remove("hl"); });
    const match = /^#L(\d+)(?:-L?(\d+))?$/.exec(window.location.hash);
    if (!match) return;
    const first = parseInt(match[1], 10);
    const last = match[2] ? parseInt(match[2], 10) : first;
    let target = null;
    for (let n = first; n <= last; n += 1) {
      const line = document.getElementById("L" + n);
      if (!line) continue;
      line.classList.add("hl");
      if (!target) target = line;
    }
    if (target) target.scrollIntoView({ block: "center" });
    documentText.dataset.highlighted = first + "-" + last;
  }
  window.addEventListener("hashchange", highlight);
  highlight();
})();
