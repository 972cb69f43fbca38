<?php
/**
 * [pinched_nerve_card], [pinched_nerve_symptoms], [pinched_nerve_check] and [pinched_nerve_map],
 * taking the elements' own attribute names. Unknown attributes are ignored; values are escaped on
 * output.
 *
 * @package PinchedNerveWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The shortcodes and the element each one renders: one per element of the generated table,
 * named after it (`pinched_nerve_card` for `<pinched-nerve-card>`).
 */
function pnw_shortcode_tags() {
	$tags = array();
	foreach ( array_keys( pnw_element_attributes() ) as $tag ) {
		$tags[ str_replace( '-', '_', $tag ) ] = $tag;
	}
	return $tags;
}

/** Registers the four shortcodes. */
function pnw_register_shortcodes() {
	foreach ( array_keys( pnw_shortcode_tags() ) as $shortcode ) {
		add_shortcode( $shortcode, 'pnw_render_shortcode' );
	}
}

/**
 * Renders one shortcode. `[pinched_nerve_symptoms]` takes its own items, one a line, between
 * its opening and closing tags.
 */
function pnw_render_shortcode( $atts, $content, $shortcode ) {
	$tags = pnw_shortcode_tags();
	if ( ! isset( $tags[ $shortcode ] ) ) {
		return '';
	}
	$tag   = $tags[ $shortcode ];
	$items = 'pinched-nerve-symptoms' === $tag && null !== $content ? pnw_items_from_text( $content ) : array();
	return pnw_render_widget( $tag, pnw_allowed_attributes( $tag, is_array( $atts ) ? $atts : array() ), $items );
}

/**
 * Curly quotes (typed in the visual editor, pasted from a word processor, or made by
 * wptexturize) around our shortcodes' attribute values become straight ones, so WordPress
 * reads `phone=“555 010 4477”` as the author meant. Apostrophes inside a value are left alone.
 */
function pnw_straighten_shortcode_quotes( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '[pinched_nerve_' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'/\[pinched_nerve_(?:card|symptoms|check|map)\b[^\]]*\]/u',
		static function ( $match ) {
			$double = '(?:“|”|„|″|&#822[01];|&#8243;|&ldquo;|&rdquo;)';
			$single = '(?:‘|’|&#821[67];|&lsquo;|&rsquo;)';
			$tag    = $match[0];
			$tag    = preg_replace( '/=\s*' . $double . '(.*?)' . $double . '(?=[\s\]\/])/u', '="$1"', $tag );
			$tag    = preg_replace( '/=\s*' . $single . '(.*?)' . $single . '(?=[\s\]\/])/u', "='$1'", $tag );
			return $tag;
		},
		$content
	);
}
