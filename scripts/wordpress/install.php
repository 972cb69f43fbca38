<?php
/**
 * Installs a test WordPress from the command line (there is no WP-CLI on Debian 12): the site,
 * pretty permalinks, one user per role with an application password, and the plugin from its
 * zip through WordPress's own Plugin_Upgrader (as Plugins › Add New › Upload does). Prints the
 * users as JSON.
 *
 * php install.php <wordpress dir> <plugin zip> <site url>
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
list( , $dir, $zip, $url ) = $argv;

define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST']   = parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
require $dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install( 'Clinic test site', 'admin', 'admin@example.com', false, '', 'admin-password-1' );
if ( empty( $result['user_id'] ) ) {
	fwrite( STDERR, "wp_install failed\n" );
	exit( 1 );
}

global $wp_rewrite;
$wp_rewrite->set_permalink_structure( '/%postname%/' );
$wp_rewrite->flush_rules( true );

$users = array( 'administrator' => (int) $result['user_id'] );
foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
	$id = wp_create_user( $role, $role . '-password-1', $role . '@example.com' );
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	( new WP_User( $id ) )->set_role( $role );
	$users[ $role ] = $id;
}

$out = array();
foreach ( $users as $role => $id ) {
	$user                = get_userdata( $id );
	list( $password )    = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'tests' ) );
	$out[ $role ]        = array(
		'id'          => $id,
		'login'       => $user->user_login,
		'password'    => 'administrator' === $role ? 'admin-password-1' : $role . '-password-1',
		'appPassword' => $password,
	);
}

// The plugin, from the zip a clinic would upload.
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_set_current_user( $users['administrator'] );
$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$installed = $upgrader->install( $zip );
if ( true !== $installed ) {
	fwrite( STDERR, 'plugin install failed: ' . ( is_wp_error( $installed ) ? $installed->get_error_message() : var_export( $installed, true ) ) . "\n" );
	fwrite( STDERR, implode( "\n", $upgrader->skin->get_upgrade_messages() ) . "\n" );
	exit( 1 );
}
$activated = activate_plugin( 'pinched-nerve-widgets/pinched-nerve-widgets.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'activation failed: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}
// The block editor's welcome guide would cover the inserter.
foreach ( $users as $id ) {
	update_user_meta( $id, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
}
echo wp_json_encode( $out );
