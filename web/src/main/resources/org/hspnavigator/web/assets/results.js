// Keeps the ticks of the evidence list in this browser (localStorage), per box; nothing is sent.
// Without this script the list is complete and the boxes can be ticked, only not kept.
(function () {
  var prefix = 'hsp-evidence:';
  var list = document.querySelector('ul.evidence');
  if (!list) {
    return;
  }
  var category = list.getAttribute('data-category') || '';
  var store;
  try {
    store = window.localStorage;
    store.getItem(prefix);
  } catch (e) {
    return;
  }
  Array.prototype.forEach.call(list.querySelectorAll('input[type="checkbox"][data-key]'), function (box) {
    var key = prefix + category + ':' + box.getAttribute('data-key');
    box.checked = store.getItem(key) === '1';
    box.addEventListener('change', function () {
      if (box.checked) {
        store.setItem(key, '1');
      } else {
        store.removeItem(key);
      }
    });
  });
}());
