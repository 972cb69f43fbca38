<?php
/**
 * Runs WordPress's own wpautop() over each snippets/*.txt (what an author pastes into the editor,
 * byte for byte) and writes fixtures/<name>.shtml: a theme-like page with wpautop()'s output,
 * unchanged, inside <div class="entry-content">. The dev server serves .shtml as text/html, and
 * Prettier has no parser for it, so `prettier --check .` never reformats WordPress's output.
 *
 *   php test/embed/wordpress/make-fixtures.php <wordpress-dir>          write the fixtures
 *   php test/embed/wordpress/make-fixtures.php <wordpress-dir> --check  fail if any differs
 *
 * <wordpress-dir> holds wp-includes/formatting.php and wp-includes/version.php (Debian's
 * `wordpress` package unpacked with dpkg -x has it at usr/share/wordpress). See README.md.
 */

if ($argc < 2) {
    fwrite(STDERR, "usage: php make-fixtures.php <wordpress-dir> [--check]\n");
    exit(2);
}
$wp = rtrim($argv[1], '/');
$check = in_array('--check', $argv, true);

// wpautop() and the helpers it calls (wp_replace_in_html_tags, wp_html_split, ...) live in
// formatting.php and call no hook. Other functions there call apply_filters(); it is defined
// as a no-op (no plugin, no theme) only so that nothing can fail on a missing function.
function apply_filters($hook_name, $value, ...$args)
{
    return $value;
}
require $wp . '/wp-includes/formatting.php';
require $wp . '/wp-includes/version.php'; // sets $wp_version
$source = 'WordPress ' . $wp_version;

// The snippets use the README's CDN address; the test server has no network, so after
// wpautop() (never before: it must see the README's markup) the bundles come from /dist/.
$cdn = 'https://cdn.jsdelivr.net/npm/pinched-nerve-widgets@0.1.0/dist/';

$dir = __DIR__;
$failed = 0;
foreach (glob("$dir/snippets/*.txt") as $file) {
    $name = basename($file, '.txt');
    $snippet = file_get_contents($file);
    $content = str_replace($cdn, '/dist/', wpautop($snippet)); // $br = true, as the_content runs it
    // A snippet without its own <script> gets the bundle the way wp_enqueue_script(..., true)
    // prints it: in the footer, after the post.
    $footer = strpos($snippet, '<script') === false
        ? "\n    <script src=\"/dist/pinched-nerve-widgets.iife.js?ver=0.1.0\" id=\"pinched-nerve-widgets-js\"></script>"
        : '';
    $page = <<<HTML
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <!-- Made by make-fixtures.php: wpautop() of $source over snippets/$name.txt.
         Do not edit by hand; see README.md. -->
    <title>WordPress fixture: $name</title>
    <script src="/test/embed/fixtures/record.js"></script>
  </head>
  <body>
    <article class="post">
      <h1 class="entry-title">A patient blog post</h1>
      <div class="entry-content">
$content</div>
      <footer class="entry-footer">After the post</footer>
    </article>$footer
  </body>
</html>

HTML;
    $out = "$dir/fixtures/$name.shtml";
    if ($check) {
        if (!is_file($out) || file_get_contents($out) !== $page) {
            fwrite(STDERR, "differs: fixtures/$name.shtml\n");
            $failed++;
        }
    } else {
        file_put_contents($out, $page);
        echo "wrote fixtures/$name.shtml\n";
    }
}
exit($failed ? 1 : 0);
