// Suggestions while typing, and keyboard help, for browsers with JavaScript. The search works without it.
(function () {
  "use strict";
  // Escape closes the language menu and gives the focus back to its button.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    var open = document.querySelector("details.langs[open]");
    if (open) {
      open.removeAttribute("open");
      open.querySelector("summary").focus();
    }
  });
  var input = document.querySelector("input[data-suggest]");
  if (!input || !window.fetch) return;
  var list = document.createElement("ul");
  list.className = "suggestions";
  list.id = "q-suggestions";
  list.hidden = true;
  list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "Suggestions");
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  input.closest("form").appendChild(list);
  var timer, latest = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  function show(visible) {
    list.hidden = !visible;
    input.setAttribute("aria-expanded", visible ? "true" : "false");
  }
  // Arrow keys move between the input and the suggestions; Escape goes back to the input.
  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && !list.hidden && links().length) {
      e.preventDefault();
      links()[0].focus();
    } else if (e.key === "Escape" && !list.hidden) {
      show(false);
    }
  });
  list.addEventListener("keydown", function (e) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && at < all.length - 1) {
      e.preventDefault();
      all[at + 1].focus();
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      (at > 0 ? all[at - 1] : input).focus();
    } else if (e.key === "Escape") {
      e.preventDefault();
      show(false);
      input.focus();
    }
  });
  function update() {
    var q = input.value.trim();
    var mine = ++latest;
    if (q.length < 2) { show(false); return; }
    fetch(input.getAttribute("data-suggest") + "&q=" + encodeURIComponent(q))
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (data) {
        if (mine !== latest) return;
        list.textContent = "";
        data.suggestions.forEach(function (s) {
          var li = document.createElement("li"), a = document.createElement("a");
          // open=1: where the suggestion is an entry's title, the service opens that entry
          a.href = input.form.action + "?q=" + encodeURIComponent(s) + "&open=1";
          a.textContent = s;
          li.appendChild(a);
          list.appendChild(li);
        });
        show(data.suggestions.length > 0);
      })
      .catch(function () { show(false); });
  }
})();
