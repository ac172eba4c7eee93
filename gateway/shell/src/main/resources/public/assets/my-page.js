// Keeps the notifications on "Min side" live: on each new notification for the signed-in person, the list (and the
// unread count and mark-all-read form) are read again from the server-rendered page and swapped in. The page works
// without this script; it only saves a reload. The server renders and escapes everything that is shown.
(function () {
  'use strict';
  var list = document.getElementById('notifications');
  if (!list || !window.EventSource || !window.fetch || !window.DOMParser) {
    return;
  }
  var section = document.getElementById('my-notifications');

  function refresh() {
    fetch('/meg', { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('my-notifications');
        if (fresh) {
          // Scripts in parsed documents never run, and the section holds only the server's escaped markup.
          section.replaceChildren.apply(section, Array.prototype.slice.call(fresh.childNodes));
          list = document.getElementById('notifications');
          announce();
        }
      })
      .catch(function () { /* the next event or a reload shows it */ });
  }

  function announce() {
    var unread = document.getElementById('unread-count');
    if (unread) {
      unread.setAttribute('role', 'status');
    }
  }

  var stream = new EventSource(list.getAttribute('data-stream'));
  stream.addEventListener('notification', refresh);
}());
