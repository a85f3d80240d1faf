// Suggestions while typing, for browsers with JavaScript. The search works without it.
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest]");
  if (!input || !window.fetch) return;
  var list = document.createElement("ul");
  list.className = "suggestions";
  list.id = "q-suggestions";
  list.hidden = true;
  list.setAttribute("aria-label", document.documentElement.lang === "de" ? "Vorschläge" : "Suggestions");
  input.closest("form").appendChild(list);
  var timer, latest = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  function update() {
    var q = input.value.trim();
    var mine = ++latest;
    if (q.length < 2) { list.hidden = true; return; }
    fetch(input.getAttribute("data-suggest") + "&q=" + encodeURIComponent(q))
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (data) {
        if (mine !== latest) return;
        list.textContent = "";
        data.suggestions.forEach(function (s) {
          var li = document.createElement("li"), a = document.createElement("a");
          a.href = input.form.action + "?q=" + encodeURIComponent(s);
          a.textContent = s;
          li.appendChild(a);
          list.appendChild(li);
        });
        list.hidden = data.suggestions.length === 0;
      })
      .catch(function () { list.hidden = true; });
  }
})();
