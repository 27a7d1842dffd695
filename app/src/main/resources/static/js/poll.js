// Keeps parts of a page current without a reload, within the Content-Security-Policy (no inline script):
// every element with data-poll="URL" is refreshed from that URL every data-poll-every milliseconds
// (default 2000). The URL answers the same element; when it carries data-poll-done the polling stops,
// and with data-poll-reload on the page's element the page reloads once to show what is now ready.
(function () {
  document.querySelectorAll('[data-poll]').forEach(function (element) {
    var every = parseInt(element.getAttribute('data-poll-every') || '2000', 10);
    var timer = setInterval(function () {
      fetch(element.getAttribute('data-poll'), { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) {
          if (!response.ok) { throw new Error('HTTP ' + response.status); }
          return response.text();
        })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild;
          if (!fresh) { return; }
          element.innerHTML = fresh.innerHTML;
          if (fresh.hasAttribute('data-poll-done')) {
            clearInterval(timer);
            if (element.hasAttribute('data-poll-reload')) { window.location.reload(); }
          }
        })
        .catch(function () { /* the next tick tries again: a display must outlive a network hiccup */ });
    }, every);
  });
})();
