<?php
/**
 * Plugin Name:       Pinched Nerve Widgets
 * Plugin URI:        https://www.npmjs.com/package/pinched-nerve-widgets
 * Description:       A pinched-nerve comparison card, symptom lists, a nerve-root map and an "Am I a candidate?" form for spine clinics, as blocks and shortcodes.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            pinched-nerve-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       pinched-nerve-widgets
 * Domain Path:       /languages
 *
 * @package PinchedNerveWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'PNW_VERSION', '0.1.0' );
define( 'PNW_FILE', __FILE__ );
define( 'PNW_DIR', plugin_dir_path( __FILE__ ) );
define( 'PNW_URL', plugin_dir_url( __FILE__ ) );

require_once PNW_DIR . 'includes/i18n.php';
require_once PNW_DIR . 'includes/settings.php';
require_once PNW_DIR . 'includes/elements.php';
require_once PNW_DIR . 'includes/destinations.php';
require_once PNW_DIR . 'includes/assets.php';
require_once PNW_DIR . 'includes/shortcodes.php';
require_once PNW_DIR . 'includes/blocks.php';
require_once PNW_DIR . 'includes/kses.php';
require_once PNW_DIR . 'includes/relay.php';

// Words.
add_action( 'init', 'pnw_load_textdomain', 1 );

// Settings › Pinched Nerve Widgets, and the notice until the phone and endpoint are set.
add_action( 'admin_init', 'pnw_register_settings' );
add_action( 'admin_menu', 'pnw_add_settings_page' );
add_action( 'admin_notices', 'pnw_admin_notice' );
add_action( 'admin_notices', 'pnw_unbuilt_notice' );
add_action( 'admin_notices', 'pnw_failures_notice' );
add_action( 'admin_post_pnw_test_lead', 'pnw_send_test_lead' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'pnw_plugin_action_links' );

// The widgets' script: registered everywhere, printed only where a widget is rendered.
add_action( 'init', 'pnw_register_assets', 5 );
add_filter( 'the_content', 'pnw_enqueue_for_markup', 100 );
add_filter( 'widget_text_content', 'pnw_enqueue_for_markup', 100 );
add_filter( 'widget_block_content', 'pnw_enqueue_for_markup', 100 );

// Shortcodes (curly quotes mended before WordPress parses them).
add_action( 'init', 'pnw_register_shortcodes' );
add_filter( 'the_content', 'pnw_straighten_shortcode_quotes', 8 );
add_filter( 'widget_text_content', 'pnw_straighten_shortcode_quotes', 8 );

// Blocks and their editor.
add_action( 'init', 'pnw_register_blocks' );
add_action( 'enqueue_block_editor_assets', 'pnw_enqueue_editor_defaults' );

// Where answers go is the site's decision: checked when a post is saved and when it renders.
// Pasted elements get the settings page's values, after blocks (9) and shortcodes (11).
add_filter( 'wp_insert_post_data', 'pnw_guard_saved_content', 10, 2 );
add_filter( 'the_content', 'pnw_push_content_owner', 0 );
add_filter( 'the_content', 'pnw_complete_pasted', 12 );
add_filter( 'the_content', 'pnw_pop_content_owner', PHP_INT_MAX );
add_filter( 'widget_text_content', 'pnw_complete_pasted', 12 );
add_filter( 'widget_block_content', 'pnw_complete_pasted', 12 );

// Pasted markup survives every role's save, in the block editor and the classic editor.
add_filter( 'wp_kses_allowed_html', 'pnw_kses_allowed_html', 10, 2 );
add_filter( 'wp_kses_uri_attributes', 'pnw_kses_uri_attributes' );
add_filter( 'tiny_mce_before_init', 'pnw_tinymce_elements' );
add_action( 'admin_enqueue_scripts', 'pnw_enqueue_classic_editor' );

// The optional relay to the clinic's webhook.
add_action( 'rest_api_init', 'pnw_register_relay_route' );
