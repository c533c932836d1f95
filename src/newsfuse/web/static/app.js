// newsfuse: citation markers open their source on tap as well as on hover/focus (CSS).
// No inline script anywhere (the Content-Security-Policy forbids it); this file only
// toggles classes, it never writes HTML.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  function closeAll(except) {
    document.querySelectorAll(".cite.open").forEach(function (el) {
      if (el !== except) {
        el.classList.remove("open");
        el.querySelector(".cite-mark").setAttribute("aria-expanded", "false");
      }
    });
  }
  document.addEventListener("click", function (event) {
    var mark = event.target.closest(".cite-mark");
    if (!mark) {
      if (!event.target.closest(".cite-source")) closeAll(null);
      return;
    }
    var cite = mark.parentElement;
    var open = !cite.classList.contains("open");
    closeAll(cite);
    cite.classList.toggle("open", open);
    mark.setAttribute("aria-expanded", open ? "true" : "false");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closeAll(null);
  });
});
