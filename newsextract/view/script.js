/* newsextract view: filters by area, and linked highlighting. Reading works without it. */
function newsextractView(root) {
  if (!root || root.dataset.ready) return;
  root.dataset.ready = "1";
  root.classList.add("js");
  var quote = window.CSS && CSS.escape ? CSS.escape : function (s) { return String(s).replace(/["\\]/g, "\\$&"); };
  function all(selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }

  // Filters: unticking an area takes the highlight (and its tooltip) off its mentions.
  all("input[data-filter]").forEach(function (box) {
    box.addEventListener("change", function () {
      all('.m[data-area="' + quote(box.dataset.filter) + '"]').forEach(function (el) {
        el.classList.toggle("off", !box.checked);
      });
    });
  });

  // Hovering or focusing a mention lights all of its pieces, in both panes, and the
  // mentions an event uses; hovering a join marker lights the line it points to.
  var lit = [];
  function light(target) {
    lit.forEach(function (el) { el.classList.remove("lit"); });
    lit = [];
    var mark = target && target.closest ? target.closest(".m") : null;
    if (mark && root.contains(mark)) {
      var keys = [mark.dataset.m].concat((mark.dataset.uses || "").split(" ").filter(Boolean));
      keys.forEach(function (key) { lit = lit.concat(all('.m[data-m="' + quote(key) + '"]')); });
    }
    var join = target && target.closest ? target.closest("a.join, a.seam") : null;
    if (join) {
      var line = document.getElementById(join.getAttribute("href").slice(1));
      if (line) lit.push(line);
    }
    lit.forEach(function (el) { el.classList.add("lit"); });
  }
  root.addEventListener("mouseover", function (event) { light(event.target); });
  root.addEventListener("mouseleave", function () { light(null); });
  root.addEventListener("focusin", function (event) { light(event.target); });
}
