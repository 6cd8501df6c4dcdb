/* aptrace dashboard: click a fact to highlight its evidence in the article text.
   Served from /static (the Content-Security-Policy allows no inline script).
   Without script the same links reload the page with the evidence marked. */
(function () {
  "use strict";

  function spansOf(el) {
    return (el.getAttribute("data-spans") || "").split(" ").filter(Boolean).map(function (pair) {
      var p = pair.split(":");
      return [parseInt(p[0], 10), parseInt(p[1], 10)];
    });
  }

  function clear() {
    document.querySelectorAll(".fact.selected").forEach(function (el) {
      el.classList.remove("selected");
      el.removeAttribute("aria-current");
    });
    document.querySelectorAll(".ev.hl").forEach(function (el) { el.classList.remove("hl"); });
  }

  function select(fact, scroll) {
    clear();
    fact.classList.add("selected");
    fact.setAttribute("aria-current", "true");
    var text = document.getElementById("text-" + fact.getAttribute("data-doc"));
    if (!text) { return; }
    var spans = spansOf(fact);
    var first = null;
    text.querySelectorAll(".ev").forEach(function (seg) {
      var s = parseInt(seg.getAttribute("data-s"), 10);
      var e = parseInt(seg.getAttribute("data-e"), 10);
      var hit = spans.some(function (sp) { return sp[0] <= s && e <= sp[1]; });
      if (hit) {
        seg.classList.add("hl");
        if (!first) { first = seg; }
      }
    });
    if (first && scroll) {
      // scroll the article box, not the page: the list of facts stays in view
      text.scrollTop = Math.max(0, first.offsetTop - text.clientHeight / 3);
    }
  }

  document.addEventListener("click", function (event) {
    var fact = event.target.closest ? event.target.closest("a.fact") : null;
    if (!fact || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) { return; }
    event.preventDefault();
    select(fact, true);
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, "", "?fact=" + encodeURIComponent(fact.id) + "#" + encodeURIComponent(fact.id));
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var chosen = document.querySelector("a.fact.selected");
    if (chosen) { select(chosen, true); }
  });
})();
