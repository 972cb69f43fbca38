<?php
/**
 * The four elements as markup: one table of allowed attributes (generated at build time from
 * custom-elements.json) shared by the shortcodes, the blocks and the content filter, the
 * defaults from the settings page, and the escaping.
 *
 * @package PinchedNerveWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every element's documented attributes, by tag: `array( 'type' => 'text'|'url'|'boolean'|'enum',
 * 'values' => array(...) )`. Generated into includes/element-attributes.php by `npm run build`.
 */
function pnw_element_attributes() {
	static $table = null;
	if ( null === $table ) {
		$table = pnw_is_built() ? require PNW_DIR . 'includes/element-attributes.php' : array();
	}
	return $table;
}

/**
 * Whether this copy of the plugin was built (`npm run build`): the repository's wordpress/
 * folder lacks the generated files, and then the plugin does nothing but say so.
 */
function pnw_is_built() {
	return is_readable( PNW_DIR . 'includes/element-attributes.php' ) && is_readable( PNW_DIR . 'includes/build.php' ) && is_readable( PNW_DIR . 'includes/form-fields.php' );
}

/** The attributes of one element that take a URL. */
function pnw_url_attributes() {
	$names = array();
	foreach ( pnw_element_attributes() as $attributes ) {
		foreach ( $attributes as $name => $spec ) {
			if ( 'url' === $spec['type'] ) {
				$names[] = $name;
			}
		}
	}
	return array_values( array_unique( $names ) );
}

/** The relay's address on this site, relative (no CORS), or '' when no webhook is set. */
function pnw_relay_endpoint() {
	if ( '' === pnw_webhook_url() ) {
		return '';
	}
	return wp_make_link_relative( rest_url( 'pinched-nerve-widgets/v1/submit' ) );
}

/** What the settings page gives one element, for the attributes a widget leaves empty. */
function pnw_widget_defaults( $tag ) {
	$table    = pnw_element_attributes();
	$settings = pnw_settings();
	$privacy  = pnw_privacy_url();
	$endpoint = '' !== $settings['endpoint'] ? $settings['endpoint'] : pnw_relay_endpoint();
	$defaults = array(
		'phone'       => $settings['phone'],
		'clinic-name' => $settings['clinic_name'],
		'endpoint'    => $endpoint,
		'privacy-url' => $privacy ? $privacy : '',
		'lang'        => 'site' === $settings['language'] ? '' : $settings['language'],
	);
	return array_filter(
		array_intersect_key( $defaults, isset( $table[ $tag ] ) ? $table[ $tag ] : array() ),
		'strlen'
	);
}

/**
 * Keeps the attributes the element documents, and `id` (names in any case), as strings, with booleans
 * as true/false. Everything else is dropped.
 */
function pnw_allowed_attributes( $tag, $attributes ) {
	$table = pnw_element_attributes();
	$known = isset( $table[ $tag ] ) ? $table[ $tag ] : array();
	$kept  = array();
	foreach ( (array) $attributes as $name => $value ) {
		if ( 'destination' === $name && 'pinched-nerve-check' === $tag && is_string( $value ) && '' !== trim( $value ) ) {
			// A destination the administrator named on the settings page, picked by its name.
			$kept['data-destination'] = trim( $value );
			continue;
		}
		if ( is_int( $name ) ) {
			// A shortcode's bare word: `[pinched_nerve_symptoms selectable]`.
			$name  = strtolower( (string) $value );
			$value = true;
		}
		$name = strtolower( (string) $name );
		if ( 'id' === $name && is_scalar( $value ) && '' !== trim( (string) $value ) ) {
			// Not one of the element's own, but what a card's or list's `for` points at.
			$kept['id'] = trim( (string) $value );
			continue;
		}
		if ( ! isset( $known[ $name ] ) || is_array( $value ) || is_object( $value ) ) {
			continue;
		}
		if ( 'boolean' === $known[ $name ]['type'] ) {
			$kept[ $name ] = true === $value || ! in_array( strtolower( trim( (string) $value ) ), array( '', '0', 'false', 'no', 'off' ), true );
			continue;
		}
		$value = trim( (string) $value );
		if ( '' !== $value ) {
			$kept[ $name ] = $value;
		}
	}
	return $kept;
}

/** Items written one a line (shortcode content, the block's text box) as a list of strings. */
function pnw_items_from_text( $text ) {
	$text  = preg_replace( '#<br\s*/?>|</p>|</li>#i', "\n", (string) $text );
	$text  = wp_strip_all_tags( $text );
	$items = array();
	foreach ( preg_split( '/\R/u', $text ) as $line ) {
		$line = trim( html_entity_decode( $line, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
		if ( '' !== $line ) {
			$items[] = $line;
		}
	}
	return $items;
}

/**
 * The element's markup. `$attributes` are the widget's own (already passed through
 * pnw_allowed_attributes()); empty ones follow the settings page. `$items` are a list's own
 * symptoms. `$wrapper` is extra markup for the start tag, already escaped (a block's class and
 * style). Every value is escaped here, at the last moment.
 */
function pnw_render_widget( $tag, $attributes, $items = array(), $wrapper = '' ) {
	$table = pnw_element_attributes();
	if ( ! isset( $table[ $tag ] ) ) {
		return '';
	}
	$attributes = pnw_complete_attributes( $tag, $attributes, pnw_render_trusted() );
	if ( $items ) {
		$attributes['symptoms'] = wp_json_encode( array_values( $items ) );
	}
	$html = '<' . $tag;
	if ( '' !== $wrapper ) {
		$html .= ' ' . $wrapper;
	}
	foreach ( $attributes as $name => $value ) {
		$type = isset( $table[ $tag ][ $name ] ) ? $table[ $tag ][ $name ]['type'] : 'text';
		if ( 'boolean' === $type ) {
			$html .= $value ? ' ' . $name : '';
		} elseif ( 'url' === $type ) {
			$html .= ' ' . $name . '="' . esc_url( $value ) . '"';
		} else {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$html .= '>';
	// The items again as the list's children, one a line: what shows if the script never runs.
	// Text and <br> only, which no wpautop() paragraph around a shortcode can break.
	$html .= implode( '<br>', array_map( 'esc_html', $items ) );
	$html .= '</' . $tag . '>';
	pnw_enqueue_widgets( $tag );
	return $html;
}
