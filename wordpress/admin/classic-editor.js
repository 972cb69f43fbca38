/**
 * Pinched Nerve Widgets in the classic editor: its automatic paragraphs (wp.editor.autop, run
 * when the Visual tab loads the content) would wrap the four elements in <p> and split a list's
 * <li> items from their element, and TinyMCE would then drop them. Each element is set aside
 * whole before the paragraphs are made and put back after. TinyMCE keeps them from then on
 * (includes/kses.php tells it they are valid, with all their attributes).
 */
(function ($) {
  'use strict';
  if (!$) return;
  var pattern = /<(pinched-nerve-(?:card|symptoms|check|map))\b[\s\S]*?<\/\1\s*>/gi;
  var kept = [];
  $(document)
    .on('beforeWpautop', function (event, text) {
      kept = [];
      text.data = text.data.replace(pattern, function (whole) {
        kept.push(whole);
        return '<div data-pnw-kept="' + (kept.length - 1) + '"></div>';
      });
    })
    .on('afterWpautop', function (event, text) {
      text.data = text.data.replace(/<div data-pnw-kept="(\d+)"><\/div>/g, function (all, index) {
        return kept[Number(index)] || '';
      });
    });
})(window.jQuery);
