<?php
/**
 * Plugin Name: Pinched Nerve Widgets test switches
 * Description: A must-use plugin for the WordPress tests only (never shipped): no mail, the
 *              relay's test-only http webhook, and knobs the tests turn through options.
 */

defined( 'ABSPATH' ) || exit;

// There is no sendmail on the test machine.
add_filter( 'pre_wp_mail', '__return_true' );

// The local webhook is plain http: allowed only because this site is `local` AND opts in here.
add_filter( 'pnw_allow_http_webhook', static function () {
	return ! get_option( 'pnw_test_refuse_http_webhook' );
} );

add_filter( 'pnw_relay_rate_limit', static function ( $limit ) {
	return (int) get_option( 'pnw_test_rate_limit', 1000 );
} );
add_filter( 'pnw_relay_refused_limit', static function ( $limit ) {
	return (int) get_option( 'pnw_test_refused_limit', 1000 );
} );
add_filter( 'pnw_relay_timeout', static function ( $seconds ) {
	return (float) get_option( 'pnw_test_relay_timeout', $seconds );
} );

// WordPress's own inline scripts (emoji detection, the block theme's skip link) go, so the
// strict policy below reports only what the plugin itself would print.
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_footer', 'the_block_template_skip_link' );

// A strict Content-Security-Policy on the front end: no inline script may run, and the page's
// own scripts and the form's posts stay on this site.
add_action( 'send_headers', static function () {
	if ( ! is_admin() ) {
		header( "Content-Security-Policy: script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'" );
	}
} );

// The classic editor (as with the Classic Editor plugin) while a test asks for it.
add_filter( 'use_block_editor_for_post', static function ( $use ) {
	return get_option( 'pnw_test_classic_editor' ) ? false : $use;
} );
