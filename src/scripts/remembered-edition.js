// `/`: send a returning reader straight to the edition they chose last (the toggle remembers it in
// localStorage). A plain script loaded before the page's meta refresh, so it decides first; without JavaScript,
// or without a remembered choice, the meta refresh goes to the Traditional edition. The storage key and the
// address of each edition come from data attributes on this script element.
(function () {
  var script = document.currentScript;
  if (!script) return;
  try {
    var key = script.getAttribute('data-storage-key');
    var remembered = key && localStorage.getItem(key);
    var target = remembered && script.getAttribute('data-edition-' + remembered);
    if (target) {
      location.replace(target);
      return;
    }
    // A reader who picks an edition from this page's links has chosen too.
    document.addEventListener('click', function (event) {
      var link = event.target instanceof Element ? event.target.closest('a[data-edition]') : null;
      if (link && key) localStorage.setItem(key, link.getAttribute('data-edition'));
    });
  } catch (error) {
    // Storage is off: the meta refresh decides.
  }
})();
