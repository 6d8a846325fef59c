// okju workbench: keyboard shortcuts and small helpers. Loaded from /static (no inline script, so
// the Content-Security-Policy forbids all inline code).
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    if (e.target && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) {
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    var key = e.key;
    var rows = Array.prototype.slice.call(document.querySelectorAll("[data-shortcuts] .fact"));
    if (rows.length === 0) {
      return;
    }
    var current = document.querySelector("[data-shortcuts] .fact.current") || rows[0];
    var index = rows.indexOf(current);
    function select(i) {
      if (i < 0 || i >= rows.length) {
        return;
      }
      rows.forEach(function (r) { r.classList.remove("current"); });
      rows[i].classList.add("current");
      rows[i].scrollIntoView({block: "nearest"});
    }
    if (key === "j") { select(index + 1); e.preventDefault(); return; }
    if (key === "k") { select(index - 1); e.preventDefault(); return; }
    var action = {c: "confirm", r: "reject", e: "edit"}[key];
    if (action) {
      var button = current.querySelector("[data-action='" + action + "']");
      if (button) {
        if (!current.classList.contains("current")) { select(index); }
        button.click();
        e.preventDefault();
      }
    }
  });
})();
