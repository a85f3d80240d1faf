// The Termin-Terminal in the Kreishaus: on-screen keyboards for every script, suggestions, navigation that leaves
// no history behind, and the privacy reset after a time without touch. Settings come from <body data-*>.
(function () {
  "use strict";
  var body = document.body;
  var LAYOUTS = {
    de: { dir: "ltr", rows: ["1234567890", "qwertzuiopü", "asdfghjklöä", "yxcvbnmß-"] },
    en: { dir: "ltr", rows: ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm-"] },
    tr: { dir: "ltr", rows: ["1234567890", "qwertyuıopğü", "asdfghjklşi", "zxcvbnmöç"] },
    kmr: { dir: "ltr", rows: ["1234567890", "qwertyuiopêîû", "asdfghjklş", "zxcvbnmç"] },
    ar: { dir: "rtl", rows: ["ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤرىةوزظذأإآ"] },
    fa: { dir: "rtl", rows: ["ضصثقفغعهخحجچ", "شسیبلاتنمکگ", "ظطزرذدپوژآ\u200C"] },
    ckb: { dir: "rtl", rows: ["قوەرتیێئحۆپ", "اسدفگهژکلڵ", "زخجڤبنمڕشچعغ"] },
    ru: { dir: "ltr", rows: ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё"] },
    uk: { dir: "ltr", rows: ["йцукенгшщзхї", "фівапролджє", "ячсмитьбюґ'"] }
  };
  var ORDER = ["de", "en", "tr", "kmr", "ar", "fa", "ckb", "ru", "uk"];

  // Navigation replaces the page instead of adding to the history: the next visitor finds no trail.
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[href]");
    if (a && a.origin === location.origin) {
      e.preventDefault();
      location.replace(a.href);
    }
  });
  document.addEventListener("submit", function (e) {
    var form = e.target;
    e.preventDefault();
    var data = new URLSearchParams(new FormData(form));
    // the Ask button sends the same form to the answer page (formaction)
    var by = e.submitter;
    var action = by && by.hasAttribute("formaction") ? by.formAction : form.action;
    if ((form.method || "get").toLowerCase() === "post") {
      fetch(action, { method: "POST", body: data, redirect: "follow" })
        .then(function (r) { location.replace(r.url); });
    } else {
      location.replace(action + "?" + data.toString());
    }
  });

  // On-screen keyboard
  var input = document.getElementById("q");
  var board = document.getElementById("keyboard");
  if (input && board) {
    var labels = (board.getAttribute("data-labels") || "⌫|␣|✕|⇄").split("|");
    var current = LAYOUTS[board.getAttribute("data-lang")] ? board.getAttribute("data-lang") : "de";
    var suggestions = document.createElement("ul");
    suggestions.className = "suggestions";
    suggestions.id = "suggestions";
    suggestions.hidden = true;
    // After the keyboard, not above it: a list that appears above would move every key under the finger.
    board.after(suggestions);
    var key = function (text, label, action, cls) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "key" + (cls ? " " + cls : "");
      b.textContent = text;
      if (label) b.setAttribute("aria-label", label);
      b.addEventListener("click", action);
      return b;
    };
    var ltr = function (b) {
      b.dir = "ltr";
      return b;
    };
    var type = function (text) {
      input.value = (input.value + text).slice(0, 200);
      changed();
    };
    var render = function () {
      var layout = LAYOUTS[current];
      board.textContent = "";
      board.setAttribute("dir", layout.dir);
      board.setAttribute("lang", current);
      layout.rows.forEach(function (row) {
        var line = document.createElement("div");
        line.className = "keys";
        Array.from(row).forEach(function (c) {
          line.appendChild(c === "\u200C"
            ? ltr(key("ZWNJ", "ZWNJ", function () { type("\u200C"); }, "wide"))
            : key(c, null, function () { type(c); }));
        });
        board.appendChild(line);
      });
      var last = document.createElement("div");
      last.className = "keys";
      last.appendChild(key("⇄", labels[3], function () {
        current = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length];
        render();
      }, "wide switch"));
      last.appendChild(key("␣", labels[1], function () { type(" "); }, "space"));
      last.appendChild(key("⌫", labels[0], function () {
        input.value = Array.from(input.value).slice(0, -1).join("");
        changed();
      }, "wide"));
      last.appendChild(key("✕", labels[2], function () { input.value = ""; changed(); }, "wide"));
      board.appendChild(last);
    };
    var latest = 0, timer;
    var changed = function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, 200);
    };
    var suggest = function () {
      var q = input.value.trim(), mine = ++latest;
      if (q.length < 2) { suggestions.hidden = true; return; }
      fetch(input.getAttribute("data-suggest") + "&q=" + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          if (mine !== latest) return;
          suggestions.textContent = "";
          data.suggestions.slice(0, 5).forEach(function (s) {
            var li = document.createElement("li"), a = document.createElement("a");
            a.href = input.form.action + "?q=" + encodeURIComponent(s);
            a.textContent = s;
            li.appendChild(a);
            suggestions.appendChild(li);
          });
          suggestions.hidden = data.suggestions.length === 0;
        })
        .catch(function () { suggestions.hidden = true; });
    };
    render();
  }

  // Privacy: after data-idle seconds without a touch, ask; after data-countdown more, start from scratch.
  var dialog = document.getElementById("idle");
  var idle = Number(body.getAttribute("data-idle")) * 1000;
  var countdown = Number(body.getAttribute("data-countdown"));
  var restart = body.getAttribute("data-restart") || "/kiosk";
  var idleTimer, tick, left;
  var reset = function () {
    try { sessionStorage.clear(); localStorage.clear(); } catch (e) { /* storage may be off */ }
    if (input) input.value = "";
    location.replace(restart);
  };
  var ask = function () {
    left = countdown;
    dialog.querySelector(".countdown").textContent = String(left);
    dialog.hidden = false;
    document.getElementById("idle-stay").focus();
    tick = setInterval(function () {
      left -= 1;
      dialog.querySelector(".countdown").textContent = String(Math.max(left, 0));
      if (left <= 0) { clearInterval(tick); reset(); }
    }, 1000);
  };
  var touched = function () {
    if (!dialog) return;
    if (!dialog.hidden) { clearInterval(tick); dialog.hidden = true; }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(ask, idle);
  };
  if (dialog && idle > 0) {
    ["pointerdown", "keydown", "touchstart", "wheel"].forEach(function (type) {
      document.addEventListener(type, touched, { passive: true, capture: true });
    });
    touched();
  }
})();
