<?php
/**
 * Pasted markup survives: the four elements and their documented attributes (from the same
 * table as the shortcodes and blocks) are allowed in post content for every role that can edit
 * posts, and their URL attributes go through WordPress's own URL filtering. Nothing else is
 * widened (<ul>, <li> and <br> are allowed in posts already).
 *
 * @package PinchedNerveWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Adds the elements to the tags allowed in posts. */
function pnw_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( pnw_element_attributes() as $tag => $attributes ) {
		$allowed = array_fill_keys( array_keys( $attributes ), true );
		// id (for a card's or list's `for`), class, style, aria-*, data-*, as other tags get.
		$tags[ $tag ] = function_exists( '_wp_add_global_attributes' ) ? _wp_add_global_attributes( $allowed ) : $allowed;
	}
	return $tags;
}

/** The elements' URL attributes are checked against the allowed protocols, as href is. */
function pnw_kses_uri_attributes( $attributes ) {
	return array_values( array_unique( array_merge( $attributes, pnw_url_attributes() ) ) );
}

/**
 * The classic editor's Visual tab (TinyMCE) keeps the four elements and all their attributes
 * (it would drop tags it does not know on the next save); KSES still filters them on save.
 * They are block-level, like a div, so the lists' <li> items stay inside.
 */
function pnw_tinymce_elements( $init ) {
	$tags  = array_keys( pnw_element_attributes() );
	$valid = array();
	foreach ( $tags as $tag ) {
		$valid[] = $tag . '[*]';
	}
	foreach ( array(
		'extended_valid_elements' => $valid,
		'custom_elements'         => $tags,
	) as $key => $add ) {
		$init[ $key ] = trim( ( isset( $init[ $key ] ) ? $init[ $key ] . ',' : '' ) . implode( ',', $add ), ',' );
	}
	$children = array();
	foreach ( $tags as $tag ) {
		$children[] = '+' . $tag . '[li|ul|br|#text]';
	}
	$children[]             = '+body[' . implode( '|', $tags ) . ']';
	$children[]             = '+div[' . implode( '|', $tags ) . ']';
	$init['valid_children'] = trim( ( isset( $init['valid_children'] ) ? $init['valid_children'] . ',' : '' ) . implode( ',', $children ), ',' );
	return $init;
}

/** On the post screens, the classic editor's paragraphs leave the elements whole (admin/classic-editor.js). */
function pnw_enqueue_classic_editor( $hook ) {
	if ( in_array( $hook, array( 'post.php', 'post-new.php' ), true ) ) {
		wp_enqueue_script( 'pinched-nerve-widgets-classic', PNW_URL . 'admin/classic-editor.js', array( 'jquery' ), pnw_asset_version(), false );
	}
}
