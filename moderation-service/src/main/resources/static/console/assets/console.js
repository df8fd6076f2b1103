// Keyboard moderation in the style of Coral: j/k move, x selects, o opens, a approves, r rejects. Plus a quiet
// poll that says when new comments wait. Everything works without this script too (forms and links).
(function () {
  'use strict';

  function typing(event) {
    var t = event.target;
    return t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
  }

  function submitWith(form, decision) {
    var button = form.querySelector('button[name="decision"][value="' + decision + '"]');
    if (button) {
      form.requestSubmit ? form.requestSubmit(button) : button.click();
    }
  }

  // the queue page
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.item'));
  var bulk = document.getElementById('bulk');
  var current = -1;

  function focusRow(index) {
    if (rows.length === 0) {
      return;
    }
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach(function (row, i) { row.classList.toggle('current', i === current); });
    rows[current].focus();
  }

  function selected() {
    return bulk ? bulk.querySelectorAll('input[name="commentIds"]:checked').length : 0;
  }

  document.addEventListener('keydown', function (event) {
    if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var decision = document.getElementById('decision');
    if (decision) { // the case page
      if (event.key === 'a') { submitWith(decision, 'APPROVE'); event.preventDefault(); }
      if (event.key === 'r') { submitWith(decision, 'REJECT'); event.preventDefault(); }
      return;
    }
    if (!bulk) {
      return;
    }
    var row = rows[current];
    switch (event.key) {
      case 'j': focusRow(current + 1); break;
      case 'k': focusRow(current - 1); break;
      case 'x':
        if (row) { var box = row.querySelector('input[type="checkbox"]'); box.checked = !box.checked; }
        break;
      case 'o': case 'Enter':
        if (row) { row.querySelector('a.open').click(); }
        break;
      case 'a': case 'r':
        if (selected() === 0 && row) { row.querySelector('input[type="checkbox"]').checked = true; }
        if (selected() > 0) { submitWith(bulk, event.key === 'a' ? 'APPROVE' : 'REJECT'); }
        break;
      default: return;
    }
    event.preventDefault();
  });

  if (rows.length > 0) {
    focusRow(0);
  }

  // new items without a reload: compare the counts now and then, and offer to show what arrived
  var notice = document.getElementById('new-items');
  var shown = document.querySelector('[data-count="waiting"]');
  if (notice && shown) {
    var known = parseInt(shown.textContent, 10);
    setInterval(function () {
      fetch(document.body.getAttribute('data-counts-url'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (counts) {
          if (!counts) { return; }
          var waiting = counts.pending + counts.reported;
          document.querySelectorAll('[data-count="pending"]').forEach(function (e) { e.textContent = counts.pending; });
          document.querySelectorAll('[data-count="reported"]').forEach(function (e) { e.textContent = counts.reported; });
          shown.textContent = waiting;
          notice.hidden = !(waiting > known);
        })
        .catch(function () { /* offline for a moment: try again at the next tick */ });
    }, 10000);
  }
}());
