// Applies a shared filter link before the events are painted; see src/components/TimelineFilter.astro.
(function () {
  var form = document.querySelector('[data-timeline-filter]');
  if (!form || !document.adoptedStyleSheets || !window.CSS || !CSS.supports('selector(:has(a))')) return;
  var params = new URLSearchParams(location.search), match = '';
  [['issue', 'issues'], ['actor', 'actors']].forEach(function (f) {
    var value = params.get(f[0]), select = form.elements.namedItem(f[0]);
    if (!value || !select || ![].some.call(select.options, function (o) { return o.value === value; })) return;
    select.value = value;
    match += '[data-' + f[1] + '~="' + CSS.escape(value) + '"]';
  });
  if (!match) return;
  var sheet = new CSSStyleSheet();
  sheet.replaceSync('.timeline-event:not(' + match + '),.timeline-year:not(:has(.timeline-event' + match + ')){display:none}');
  document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheet);
  window.timelinePrefilter = sheet;
})();
