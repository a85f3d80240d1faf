// Inside the iframe: tells the host page how tall the content is, so the frame never needs a scroll bar. The
// message goes only to the host page's origin, and only if that origin is one the service allows.
(function () {
  "use strict";
  var allowed = (document.body.getAttribute("data-hosts") || "").split(" ").filter(Boolean);
  allowed.push(location.origin);
  var parentOrigin = (location.ancestorOrigins && location.ancestorOrigins[0])
    || (document.referrer ? new URL(document.referrer).origin : null);
  if (window.parent === window || !parentOrigin || allowed.indexOf(parentOrigin) < 0) return;
  var last = 0;
  var report = function () {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "wegweiser-height", height: height }, parentOrigin);
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener("load", report);
  report();
})();
