<?php
/**
 * The blocks pinched-nerve-widgets/card, /symptoms, /check and /map: dynamic, rendered on the server
 * from each folder's block.json and render.php; the editor script draws the real element as
 * the preview.
 *
 * @package PinchedNerveWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the editor script and the four blocks. */
function pnw_register_blocks() {
	wp_register_script(
		'pinched-nerve-widgets-editor',
		PNW_URL . 'build/editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'pinched-nerve-widgets', 'pinched-nerve-map' ),
		pnw_asset_version(),
		true
	);
	wp_set_script_translations( 'pinched-nerve-widgets-editor', 'pinched-nerve-widgets', PNW_DIR . 'languages' );
	// One block per element of the generated table: blocks/card/ for <pinched-nerve-card>.
	foreach ( array_keys( pnw_element_attributes() ) as $tag ) {
		register_block_type( PNW_DIR . 'blocks/' . substr( $tag, strlen( 'pinched-nerve-' ) ) );
	}
}

/**
 * What a block left at its defaults shows in the editor's preview: the settings page's values
 * (never the webhook address).
 */
function pnw_enqueue_editor_defaults() {
	$defaults = array();
	foreach ( array_keys( pnw_element_attributes() ) as $tag ) {
		$defaults[ $tag ] = pnw_widget_defaults( $tag );
	}
	// Who may give a form its own destination, and the destinations every writer can pick.
	$editor = array(
		'canSetDestination' => pnw_can_set_destination(),
		'destinations'      => array_keys( pnw_named_destinations() ),
		'guarded'           => pnw_destination_attributes(),
		'sameSite'          => pnw_same_site_attributes(),
	);
	wp_add_inline_script( 'pinched-nerve-widgets-editor', 'window.pnwEditorDefaults = ' . wp_json_encode( $defaults ) . '; window.pnwEditor = ' . wp_json_encode( $editor ) . ';', 'before' );
}

/** Renders one block (from its render.php): the element, with the block's class and style on it. */
function pnw_render_block( $tag, $attributes ) {
	$items = array();
	if ( isset( $attributes['items'] ) && is_string( $attributes['items'] ) ) {
		$items = pnw_items_from_text( $attributes['items'] );
	}
	// The block's HTML anchor (Advanced panel) is the element's id, for a card's or list's `for`.
	if ( ! empty( $attributes['anchor'] ) ) {
		$attributes['id'] = $attributes['anchor'];
	}
	unset( $attributes['anchor'] );
	return pnw_render_widget( $tag, pnw_allowed_attributes( $tag, $attributes ), $items, get_block_wrapper_attributes() );
}
