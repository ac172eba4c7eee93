// While a resident types an idea's title, lists published ideas with similar titles, so they can support one
// instead of submitting it twice. The form works fully without this script.
(function () {
  'use strict';
  var title = document.getElementById('title');
  var region = document.getElementById('similar-ideas');
  if (!title || !region || !window.fetch) {
    return;
  }
  var municipality = region.getAttribute('data-municipality');
  var heading = region.getAttribute('data-heading');
  var timer = null;
  var asked = '';

  function show(ideas) {
    region.textContent = '';
    if (!ideas.length) {
      return;
    }
    var caption = document.createElement('p');
    caption.className = 'similar-ideas-heading';
    caption.textContent = heading;
    var list = document.createElement('ul');
    ideas.slice(0, 5).forEach(function (idea) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '/ideer/' + encodeURIComponent(idea.id);
      link.textContent = idea.title;
      item.appendChild(link);
      list.appendChild(item);
    });
    region.appendChild(caption);
    region.appendChild(list);
  }

  function ask() {
    var text = title.value.trim();
    if (text.length < 3 || text === asked || !/^\d{4}$/.test(municipality)) {
      return;
    }
    asked = text;
    fetch('/api/ideas/similar?municipality=' + municipality + '&text=' + encodeURIComponent(text),
      { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : { ideas: [] }; })
      .then(function (answer) { if (asked === text) { show(answer.ideas || []); } })
      .catch(function () { show([]); });
  }

  title.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 300);
  });
}());
