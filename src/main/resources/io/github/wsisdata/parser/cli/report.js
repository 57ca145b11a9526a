// The HTML report of wsis-parser (wsis -f html): sorts and filters the table, regroups the
// timeline and tells what a focused mark is. No library, nothing loaded from the network.
(function () {
  'use strict';
  var table = document.getElementById('meetings');
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var total = body.querySelectorAll('tr.meeting').length;
  var year = document.getElementById('f-year');
  var country = document.getElementById('f-country');
  var organizer = document.getElementById('f-organizer');
  var text = document.getElementById('f-text');
  var shown = document.getElementById('shown');
  var form = table.parentNode.querySelector('form.controls');

  function filter() {
    var y = year.value;
    var c = country.value;
    var o = organizer.value;
    var t = text.value.trim().toLowerCase();
    var n = 0;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (!y || (' ' + r.getAttribute('data-years') + ' ').indexOf(' ' + y + ' ') >= 0) &&
        (!c || r.getAttribute('data-country') === c) &&
        (!o || ('|' + r.getAttribute('data-orgs') + '|').indexOf('|' + o + '|') >= 0) &&
        (!t || r.getAttribute('data-text').indexOf(t) >= 0);
      r.hidden = !ok;
      if (ok && r.className === 'meeting') n++;
    }
    shown.textContent = n + ' of ' + total + ' meetings shown';
  }

  var timer = null;
  [year, country, organizer].forEach(function (s) { s.addEventListener('change', filter); });
  text.addEventListener('input', function () {
    if (timer) clearTimeout(timer);
    timer = setTimeout(filter, 120);
  });
  if (form) form.addEventListener('submit', function (e) { e.preventDefault(); filter(); });

  function key(row, column) {
    var cell = row.cells[column];
    if (!cell) return '';
    var k = cell.getAttribute('data-key');
    return k !== null ? k : cell.textContent.toLowerCase();
  }

  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, column) {
    var button = th.querySelector('button');
    button.addEventListener('click', function () {
      var descending = th.getAttribute('aria-sort') === 'ascending';
      Array.prototype.forEach.call(heads, function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      var keyed = rows.map(function (r, i) { return [key(r, column), i, r]; });
      keyed.sort(function (a, b) {
        var d = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
        return descending ? -d : d;
      });
      var fragment = document.createDocumentFragment();
      keyed.forEach(function (k) { fragment.appendChild(k[2]); });
      body.appendChild(fragment);
      rows = keyed.map(function (k) { return k[2]; });
    });
  });

  // the timeline: regroup by year or by section; tell what a mark is when it has the focus
  var svg = document.getElementById('timeline-svg');
  var group = document.getElementById('tl-group');
  var info = document.getElementById('tl-info');
  if (!svg) return;
  var items = Array.prototype.slice.call(svg.querySelectorAll('g.tl-item'));
  var groups = svg.querySelector('g.tl-groups');
  var ns = 'http://www.w3.org/2000/svg';
  function layout(by) {
    while (groups.firstChild) groups.removeChild(groups.firstChild);
    var order = items.slice();
    if (by === 'section') {
      var first = {};
      order.forEach(function (g, i) {
        var s = g.getAttribute('data-section');
        if (!(s in first)) first[s] = i;
      });
      order.sort(function (a, b) {
        return first[a.getAttribute('data-section')] - first[b.getAttribute('data-section')] ||
          items.indexOf(a) - items.indexOf(b);
      });
    }
    var y = 28;
    var current = null;
    order.forEach(function (g) {
      var name = g.getAttribute(by === 'section' ? 'data-section' : 'data-year') || '(no section)';
      if (name !== current) {
        var label = document.createElementNS(ns, 'text');
        label.setAttribute('class', 'tl-group');
        label.setAttribute('x', '4');
        label.setAttribute('y', String(y + 16));
        label.textContent = name;
        groups.appendChild(label);
        y += 22;
        current = name;
      }
      g.setAttribute('transform', 'translate(0,' + y + ')');
      svg.appendChild(g);
      y += 16;
    });
    svg.setAttribute('height', String(y + 4));
    svg.setAttribute('viewBox', '0 0 1000 ' + (y + 4));
  }
  if (group) group.addEventListener('change', function () { layout(group.value); });
  function teller(container, out) {
    return function (e) {
      var g = e.target.closest ? e.target.closest('[aria-label]') : null;
      if (g && out && g !== container) out.textContent = g.getAttribute('aria-label');
    };
  }
  svg.addEventListener('focusin', teller(svg, info));
  svg.addEventListener('mouseover', teller(svg, info));
  var map = document.getElementById('map-svg');
  if (map) {
    map.addEventListener('focusin', teller(map, document.getElementById('map-info')));
    map.addEventListener('mouseover', teller(map, document.getElementById('map-info')));
  }
}());
