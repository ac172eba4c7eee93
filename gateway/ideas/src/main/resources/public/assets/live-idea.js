// Keeps an open idea page current: when the municipality's live stream says this idea changed, the page asks the
// server for itself again and swaps in the status, the answer and the timeline, leaving any form being typed alone.
// Screen readers hear it through the page's status region. The page is complete without this script.
(function () {
  'use strict';
  var status = document.getElementById('live-status');
  if (!status || !window.EventSource || !window.fetch || !window.DOMParser) {
    return;
  }
  var ideaId = status.getAttribute('data-idea-id');
  var municipality = status.getAttribute('data-municipality');
  if (!/^\d{4}$/.test(municipality)) {
    return;
  }
  var regions = ['idea-facts', 'idea-answer', 'timeline'];

  function refresh() {
    fetch(window.location.pathname, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        regions.forEach(function (id) {
          var now = document.getElementById(id);
          var then = fresh.getElementById(id);
          if (now && then) {
            now.innerHTML = then.innerHTML;
          }
        });
        status.textContent = status.getAttribute('data-updated');
      })
      .catch(function () { /* the next change tries again */ });
  }

  var stream = new EventSource('/api/ideas/changes?municipality=' + municipality);
  stream.addEventListener('idea-changed', function (event) {
    if (event.lastEventId === ideaId) {
      refresh();
    }
  });
}());
