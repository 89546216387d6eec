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

// The what-if's new answer: the page holds the control of every question in <template>s, so choosing the
// question swaps in its control here instead of asking the server; without this script the "show" button
// asks for it.
(function () {
  var select = document.getElementById('whatif-change');
  var slot = document.getElementById('whatif-answer');
  var shown = document.getElementById('whatif-shown');
  var pick = document.getElementById('whatif-pick');
  if (!select || !slot || !shown || !('content' in document.createElement('template'))) {
    return;
  }
  if (pick) {
    pick.hidden = true;
  }
  select.addEventListener('change', function () {
    var controls = document.querySelectorAll('template[data-whatif]');
    for (var i = 0; i < controls.length; i++) {
      if (controls[i].getAttribute('data-whatif') === select.value) {
        while (slot.firstChild) {
          slot.removeChild(slot.firstChild);
        }
        slot.appendChild(controls[i].content.cloneNode(true));
        shown.value = select.value;
        return;
      }
    }
  });
}());
