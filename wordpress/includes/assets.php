<?php
/**
 * Loading the widgets' script: only on pages that render a widget, once, in the footer,
 * versioned, as a script module where WordPress has them (6.5+) and the classic bundle
 * otherwise. No inline script, so a strict Content-Security-Policy keeps working. The Spanish
 * words are in assets/locales/, beside the bundles, where the script fetches them.
 *
 * @package PinchedNerveWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The bundles' version for caches: the plugin's version and a hash of the bundles (build.php). */
function pnw_asset_version() {
	static $version = null;
	if ( null === $version ) {
		$build   = is_readable( PNW_DIR . 'includes/build.php' ) ? require PNW_DIR . 'includes/build.php' : array();
		$version = isset( $build['asset_version'] ) ? $build['asset_version'] : PNW_VERSION;
	}
	return $version;
}

/** Whether this WordPress has script modules (6.5 and later). */
function pnw_has_script_modules() {
	return function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' );
}

/** Registers both bundles; nothing is printed until a widget asks for them. */
function pnw_register_assets() {
	wp_register_script( 'pinched-nerve-widgets', PNW_URL . 'assets/pinched-nerve-widgets.iife.js', array(), pnw_asset_version(), true );
	if ( pnw_has_script_modules() ) {
		wp_register_script_module( 'pinched-nerve-widgets', PNW_URL . 'assets/pinched-nerve-widgets.js', array(), pnw_asset_version() );
	}
}

/** Puts the script on this page (once, however many widgets ask). */
function pnw_enqueue_widgets() {
	if ( is_admin() ) {
		return;
	}
	if ( pnw_has_script_modules() ) {
		wp_enqueue_script_module( 'pinched-nerve-widgets' );
	} else {
		wp_enqueue_script( 'pinched-nerve-widgets' );
	}
}

/** Content with pasted elements (a Custom HTML block, the classic editor) loads the script too. */
function pnw_enqueue_for_markup( $content ) {
	if ( is_string( $content ) && false !== stripos( $content, '<pinched-nerve-' ) ) {
		pnw_enqueue_widgets();
	}
	return $content;
}
