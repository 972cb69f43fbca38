// The snippet builder's WordPress shortcodes, read back by WordPress's own parser: Debian's
// wordpress package (wp-includes/shortcodes.php) through php-cli, which `npm run test:wordpress`
// installs before it runs this folder. Needs no running site.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { rules, settings } from '../helpers/builder-rules.mjs';

const SHORTCODES_PHP = `${process.env.WORDPRESS_PATH ?? '/usr/share/wordpress'}/wp-includes/shortcodes.php`;

/**
 * Each shortcode in `text` as WordPress reads it: found by get_shortcode_regex(), its
 * attributes by shortcode_parse_atts(), as do_shortcode_tag() does; then the value the browser
 * reads from the plugin's esc_attr() output, which leaves character references as they are.
 */
function wordpressReads(text) {
  const php = `
    require '${SHORTCODES_PHP}';
    $GLOBALS['shortcode_tags'] = array( 'pinched_nerve_card' => 1, 'pinched_nerve_check' => 1 );
    preg_match_all( '/' . get_shortcode_regex() . '/', stream_get_contents( STDIN ), $found, PREG_SET_ORDER );
    $out = array();
    foreach ( $found as $m ) {
      $atts = shortcode_parse_atts( $m[3] );
      $out[] = array( $m[2], array_map( function ( $v ) { return html_entity_decode( $v, ENT_QUOTES | ENT_HTML5, 'UTF-8' ); }, $atts ) );
    }
    echo json_encode( $out );`;
  return JSON.parse(execFileSync('php', ['-r', php], { input: text, encoding: 'utf8' }));
}

describe('the snippet builder’s shortcodes in WordPress', () => {
  it('come out of WordPress’s parser as typed: backslashes, quotes, brackets, odd spaces', () => {
    const names = [
      'C:\\Clinics\\new "North" [Spine] & <Back>',
      'Ends in a backslash\\',
      'Two \\\\ and \\n and \\x41',
      'No-break\u00a0space and zero\u200bwidth',
    ];
    for (const clinicName of names) {
      const s = settings({ clinicName, phone: '555\\010' });
      const read = wordpressReads(rules.shortcodes(rules.widgets(s)));
      assert.deepEqual(
        read.map(([tag]) => tag),
        ['pinched_nerve_card', 'pinched_nerve_check'],
        clinicName,
      );
      assert.equal(read[1][1]['clinic-name'], clinicName);
      assert.equal(read[0][1].phone, '555\\010');
      assert.equal(read[0][1].for, 'candidate-check');
    }
  });
});
