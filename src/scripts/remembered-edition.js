// `/`: send a reader to an edition before the page's meta refresh does. A returning reader goes to the edition
// they chose last (the toggle remembers it in localStorage); a first-time reader whose browser prefers Simplified
// Chinese (zh-Hans, zh-CN, zh-SG, zh-MY) before Traditional (zh-Hant, zh-TW, zh-HK, zh-MO) goes to the
// Simplified edition. Everyone else, and every reader without JavaScript, follows the meta refresh to the
// Traditional one. A plain script loaded before the meta refresh, so it decides first; the storage key and the
// address of each edition come from data attributes on this script element.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var key = script.getAttribute('data-storage-key');

  /** The edition the browser's preferred languages ask for: the first Chinese tag that names a script or region. */
  function preferredEdition() {
    var languages = navigator.languages || [navigator.language];
    for (var index = 0; index < languages.length; index += 1) {
      var tag = String(languages[index]).toLowerCase();
      if (/^zh-(hans|cn|sg|my)(-|$)/.test(tag)) return 'zh-hans';
      if (/^zh-(hant|tw|hk|mo)(-|$)/.test(tag)) return 'zh-hant';
    }
    return undefined;
  }

  var remembered;
  try {
    remembered = key && localStorage.getItem(key);
    // A reader who picks an edition from this page's links has chosen too.
    document.addEventListener('click', function (event) {
      var link = event.target instanceof Element ? event.target.closest('a[data-edition]') : null;
      if (link && key) localStorage.setItem(key, link.getAttribute('data-edition'));
    });
  } catch (error) {
    // Storage is off: the browser's languages decide.
  }
  var target = script.getAttribute('data-edition-' + (remembered || preferredEdition()));
  if (target) location.replace(target);
})();
