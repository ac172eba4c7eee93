// Keeps the free seats on an event page live: on each change of the event, the seats, the shifts and the viewer's own
// registration are read again from the server-rendered page and swapped in. The page works without this script; it
// only saves a reload. The server renders and escapes everything that is shown.
(function () {
  'use strict';
  var seats = document.getElementById('event-seats');
  if (!seats || !window.EventSource || !window.fetch || !window.DOMParser) {
    return;
  }
  var parts = ['event-seats', 'shifts'];

  function refresh() {
    fetch(window.location.pathname, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        parts.forEach(function (id) {
          var now = document.getElementById(id);
          var next = fresh.getElementById(id);
          // Scripts in parsed documents never run, and the parts hold only the server's escaped markup.
          if (now && next && now.innerHTML !== next.innerHTML) {
            now.replaceChildren.apply(now, Array.prototype.slice.call(next.childNodes));
          }
        });
      })
      .catch(function () { /* the next change or a reload shows it */ });
  }

  seats.setAttribute('aria-live', 'polite');
  var stream = new EventSource(seats.getAttribute('data-stream'));
  stream.addEventListener('event-changed', refresh);
}());
