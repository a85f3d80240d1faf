// On the host page: sizes every Wegweiser iframe to the height its content reports. Only messages from the
// service's own origin and from one of the page's iframes are taken.
(function () {
  "use strict";
  var service = new URL(document.currentScript.src).origin;
  window.addEventListener("message", function (event) {
    if (event.origin !== service || !event.data || event.data.type !== "wegweiser-height") return;
    var frames = document.querySelectorAll("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(0, Math.min(Number(event.data.height) || 0, 10000)) + "px";
        frames[i].style.overflow = "hidden";
      }
    }
  });
})();
