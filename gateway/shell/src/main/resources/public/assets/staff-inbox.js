// Staff inbox: follows the inbox's live changes and says so in the page's polite live region, with a link that
// reloads the inbox. The page works without this script; it only tells the reader that something changed.
(function () {
  "use strict";
  var inbox = document.getElementById("inbox");
  var region = document.getElementById("inbox-live");
  if (!inbox || !region || typeof window.EventSource !== "function") {
    return;
  }
  var changes = 0;
  var source = new window.EventSource(inbox.getAttribute("data-stream"));
  source.addEventListener("inbox-changed", function () {
    changes += 1;
    region.textContent = "";
    var text = document.createElement("p");
    text.textContent = region.getAttribute("data-changed") + " (" + changes + ")";
    var reload = document.createElement("a");
    reload.href = window.location.pathname;
    reload.id = "inbox-reload";
    reload.textContent = region.getAttribute("data-reload");
    text.appendChild(document.createTextNode(" "));
    text.appendChild(reload);
    region.appendChild(text);
  });
  window.addEventListener("pagehide", function () {
    source.close();
  });
}());
