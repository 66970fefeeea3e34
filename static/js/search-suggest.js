/* Search suggestions for every search box with data-suggest-url.
   Progressive enhancement: without this script the boxes are plain forms. */
(function () {
  "use strict";
  var boxes = document.querySelectorAll("input[data-suggest-url]");
  Array.prototype.forEach.call(boxes, function (box) {
    var list = document.getElementById(box.getAttribute("list"));
    var timer = null;
    var last = "";
    if (!list || !window.fetch) { return; }
    box.addEventListener("input", function () {
      var q = box.value.trim();
      clearTimeout(timer);
      if (q.length < 2 || q === last) { return; }
      timer = setTimeout(function () {
        last = q;
        fetch(box.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(q), {
          headers: { "Accept": "application/json" }
        })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.textContent = "";
            data.suggestions.forEach(function (item) {
              var option = document.createElement("option");
              option.value = item.title;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 200);
    });
  });
})();
