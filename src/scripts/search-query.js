// Runs before the search box is painted: when the address carries a query (/search/?q=…), the
// results will fill the space under the box, so the stylesheet reserves a screenful for them
// (`.search-has-query`) and nothing below moves down when they arrive. A classic script on
// purpose, so that it runs where it stands in the page.
if (new URLSearchParams(location.search).get('q')) document.documentElement.classList.add('search-has-query');
