/** The single page of the web UI; everything it shows is built with DOM text nodes by assets/app.js. */
export const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dyad explorer</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/echarts.min.js" defer></script>
<script src="/assets/app.js" type="module"></script>
</head>
<body>
<header>
  <h1>Dyad</h1>
  <nav>
    <a href="#/events">Events</a>
    <a href="#/dyad">Dyad</a>
    <a href="#/network">Network</a>
    <a href="#/map">Map</a>
    <a href="#/search">Articles</a>
  </nav>
  <span id="stats"></span>
</header>
<main id="view" aria-live="polite"><p class="state loading">Loading…</p></main>
</body>
</html>
`;
