// Tells a visitor on the board that ideas changed since the page was opened, with a link that shows the updated
// list. The list is not reordered under the visitor's eyes or keyboard focus. The board is complete without this.
(function () {
  'use strict';
  var notice = document.getElementById('board-live');
  if (!notice || !window.EventSource) {
    return;
  }
  var municipality = notice.getAttribute('data-municipality');
  if (!/^\d{4}$/.test(municipality)) {
    return;
  }
  var stream = new EventSource('/api/ideas/changes?municipality=' + municipality);
  stream.addEventListener('idea-changed', function () {
    if (notice.childNodes.length) {
      return;
    }
    var text = document.createElement('span');
    text.textContent = notice.getAttribute('data-changed') + ' ';
    var link = document.createElement('a');
    link.href = window.location.pathname + window.location.search;
    link.textContent = notice.getAttribute('data-reload');
    notice.appendChild(text);
    notice.appendChild(link);
  });
}());
