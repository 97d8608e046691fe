// A fact page: bring the highlighted evidence into view inside the article text (the text box
// scrolls, the page does not).
"use strict";
(function () {
  const box = document.getElementById("article-text");
  const mark = box && box.querySelector("mark.current");
  if (mark) box.scrollTop = mark.offsetTop - box.offsetTop - box.clientHeight / 3;
})();
