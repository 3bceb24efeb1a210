// bilat: selecting a fact on a document page marks its evidence and scrolls it into view;
// countdowns to call deadlines stay current. No dependencies.
(function () {
  "use strict";

  function marksOf(factId) {
    return document.querySelectorAll('mark.ev[data-facts~="' + factId + '"]');
  }

  function selectFact(factId, scroll) {
    document.querySelectorAll("mark.ev.active").forEach(function (m) { m.classList.remove("active"); });
    document.querySelectorAll('.fact-btn[aria-pressed="true"]').forEach(function (b) {
      b.setAttribute("aria-pressed", "false");
    });
    var button = document.getElementById("fact-" + factId);
    if (button) { button.setAttribute("aria-pressed", "true"); }
    var marks = marksOf(factId);
    marks.forEach(function (m) { m.classList.add("active"); });
    if (scroll && marks.length) { marks[0].scrollIntoView({ block: "center", behavior: "auto" }); }
    return marks.length;
  }

  function setUpDocument() {
    var text = document.getElementById("doc-text");
    if (!text) { return; }
    document.querySelectorAll(".fact-btn").forEach(function (button) {
      button.addEventListener("click", function () {
        var id = button.getAttribute("data-fact");
        selectFact(id, true);
        history.replaceState(null, "", "#fact-" + id);
      });
    });
    text.addEventListener("click", function (event) {
      var mark = event.target.closest("mark.ev");
      if (!mark) { return; }
      var first = mark.getAttribute("data-facts").split(" ")[0];
      selectFact(first, false);
      var button = document.getElementById("fact-" + first);
      if (button) { button.scrollIntoView({ block: "nearest" }); }
    });
    var match = /^#fact-(\d+)$/.exec(window.location.hash);
    if (match) { selectFact(match[1], true); }
  }

  function updateCountdowns() {
    var today = new Date();
    today.setHours(0, 0, 0, 0);
    document.querySelectorAll(".countdown[data-deadline]").forEach(function (el) {
      var value = el.getAttribute("data-deadline");
      if (!/^\d{4}-\d{2}-\d{2}/.test(value)) { return; }
      var parts = value.slice(0, 10).split("-");
      var day = new Date(+parts[0], +parts[1] - 1, +parts[2]);
      var left = Math.round((day - today) / 86400000);
      el.textContent = left < 0 ? "closed " + (-left) + " days ago" : left === 0 ? "closes today" : left + " days left";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpDocument();
    updateCountdowns();
  });
  window.bilatSelectFact = selectFact;
})();
