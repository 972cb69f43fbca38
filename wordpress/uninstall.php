<?php
/**
 * Removes what the plugin stored: its settings and any rate-limit counters still alive.
 *
 * @package PinchedNerveWidgets
 */

defined( 'ABSPATH' ) || exit;
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'pnw_settings' );

global $wpdb;
$wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$wpdb->prepare(
		"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
		$wpdb->esc_like( '_transient_pnw_rl_' ) . '%',
		$wpdb->esc_like( '_transient_timeout_pnw_rl_' ) . '%'
	)
);
