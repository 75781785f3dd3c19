// With a query in the address, keep room for the results before they come; see src/pages/search/index.astro.
if (new URLSearchParams(location.search).get('q')) document.documentElement.classList.add('search-has-query');
