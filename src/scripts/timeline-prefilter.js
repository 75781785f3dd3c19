// A shared filter link (/timeline/?issue=…&actor=…) is applied here, before the timeline below
// is parsed and painted, so that the page opens already filtered and nothing moves afterwards.
// It is a classic script on purpose: it runs where it stands, right after the filter form, whose
// options it checks the link against. The filter's module script takes over once the page has
// loaded (src/components/TimelineFilter.astro) and removes this style sheet.
(function () {
  var form = document.querySelector('[data-timeline-filter]');
  if (!form || !('adoptedStyleSheets' in document) || !window.CSS || !CSS.supports('selector(:has(a))')) return;
  var params = new URLSearchParams(location.search);
  var match = '';
  [['issue', 'issues'], ['actor', 'actors']].forEach(function (field) {
    var value = params.get(field[0]);
    var select = form.elements.namedItem(field[0]);
    if (!value || !select || ![].some.call(select.options, function (o) { return o.value === value; })) return;
    select.value = value;
    match += '[data-' + field[1] + '~="' + CSS.escape(value) + '"]';
  });
  if (!match) return;
  var sheet = new CSSStyleSheet();
  sheet.replaceSync('.timeline-event:not(' + match + '), .timeline-year:not(:has(.timeline-event' + match + ')) { display: none; }');
  document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheet);
  window.timelinePrefilter = sheet;
})();
