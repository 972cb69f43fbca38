<?php
/**
 * Loading the widgets' scripts: only on pages that render a widget, once, in the footer,
 * versioned, as a script module where WordPress has them (6.5+) and the classic bundle
 * otherwise. No inline script, so a strict Content-Security-Policy keeps working. The card, the
 * symptom list and the form are in the all-in-one bundle; the map has its own (map.js, which
 * imports its shared chunk from beside it, or the self-contained map.iife.js), loaded only where
 * a map is. The Spanish words are in assets/locales/, beside the bundles, where they fetch them.
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

/** The script handle each element needs: the map's own bundle, or the all-in-one. */
function pnw_script_handle( $tag ) {
	return 'pinched-nerve-map' === $tag ? 'pinched-nerve-map' : 'pinched-nerve-widgets';
}

/** Registers the bundles; nothing is printed until a widget asks for them. */
function pnw_register_assets() {
	wp_register_script( 'pinched-nerve-widgets', PNW_URL . 'assets/pinched-nerve-widgets.iife.js', array(), pnw_asset_version(), true );
	wp_register_script( 'pinched-nerve-map', PNW_URL . 'assets/map.iife.js', array(), pnw_asset_version(), true );
	if ( pnw_has_script_modules() ) {
		wp_register_script_module( 'pinched-nerve-widgets', PNW_URL . 'assets/pinched-nerve-widgets.js', array(), pnw_asset_version() );
		wp_register_script_module( 'pinched-nerve-map', PNW_URL . 'assets/map.js', array(), pnw_asset_version() );
	}
}

/** Puts the script for one element (the all-in-one by default) on this page, once. */
function pnw_enqueue_widgets( $tag = '' ) {
	if ( is_admin() ) {
		return;
	}
	if ( pnw_has_script_modules() ) {
		wp_enqueue_script_module( pnw_script_handle( $tag ) );
	} else {
		wp_enqueue_script( pnw_script_handle( $tag ) );
	}
}

/** Content with pasted elements (a Custom HTML block, the classic editor) loads their scripts too. */
function pnw_enqueue_for_markup( $content ) {
	if ( is_string( $content ) && preg_match_all( '/<(pinched-nerve-[a-z]+)\b/i', $content, $found ) ) {
		$table = pnw_element_attributes();
		foreach ( array_unique( array_map( 'strtolower', $found[1] ) ) as $tag ) {
			if ( isset( $table[ $tag ] ) ) {
				pnw_enqueue_widgets( $tag );
			}
		}
	}
	return $content;
}
