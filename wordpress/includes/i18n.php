<?php
/**
 * The plugin's own words (settings screen, notices, block editor, relay messages).
 *
 * @package PinchedNerveWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Loads the shipped translations from the plugin's languages/ folder. */
function pnw_load_textdomain() {
	load_plugin_textdomain( 'pinched-nerve-widgets', false, dirname( plugin_basename( PNW_FILE ) ) . '/languages' );
}
