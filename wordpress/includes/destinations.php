<?php
/**
 * Where patients' answers go is a site decision, like a payment gateway, not a post decision.
 * Only users who can manage options give a widget its own endpoint, format, field names, method
 * or encoding; everyone else's are dropped when the post is saved and again when it renders, and
 * their redirect and cta-href may point only to this site. Every role may pick one of the
 * destinations the administrator named on the settings page. The same rules cover blocks,
 * shortcodes and pasted elements; pasted elements also get the settings page's phone, endpoint,
 * clinic name and privacy page when they leave them out.
 *
 * @package PinchedNerveWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Attributes that decide where and how the answers are sent: administrators only. */
function pnw_destination_attributes() {
	return array( 'endpoint', 'format', 'field-names', 'method', 'encoding' );
}

/** Attributes that send the patient somewhere: for other users, only to this site. */
function pnw_same_site_attributes() {
	return array( 'redirect', 'cta-href' );
}

/** Whether a user (the current one by default) may give a widget its own destination. */
function pnw_can_set_destination( $user = null ) {
	$can = null === $user ? current_user_can( 'manage_options' ) : user_can( $user, 'manage_options' );
	return (bool) apply_filters( 'pnw_can_set_destination', $can, $user );
}

/**
 * Whether a URL stays on this site: relative, or this site's scheme and host. Whitespace,
 * control characters and backslashes, which browsers read in surprising ways, never do.
 */
function pnw_is_same_site_url( $url ) {
	$url = trim( (string) $url );
	if ( '' === $url ) {
		return true;
	}
	if ( preg_match( '/[\x00-\x20\x7F\\\\]/', $url ) || 0 === strpos( $url, '//' ) ) {
		return false;
	}
	$parts = wp_parse_url( $url );
	if ( ! $parts ) {
		return false;
	}
	if ( empty( $parts['scheme'] ) && empty( $parts['host'] ) ) {
		return true;
	}
	$home = wp_parse_url( home_url( '/' ) );
	if ( empty( $parts['host'] ) || empty( $parts['scheme'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return false;
	}
	$port      = isset( $parts['port'] ) ? (int) $parts['port'] : 0;
	$home_port = isset( $home['port'] ) ? (int) $home['port'] : 0;
	return strtolower( $parts['host'] ) === strtolower( $home['host'] ) && $port === $home_port;
}

/**
 * The named destinations from the settings page: `array( name => endpoint )`, in the
 * administrator's order.
 */
function pnw_named_destinations() {
	$named = array();
	foreach ( (array) pnw_setting( 'destinations' ) as $row ) {
		if ( is_array( $row ) && isset( $row['name'], $row['endpoint'] ) && '' !== $row['name'] ) {
			$named[ (string) $row['name'] ] = (string) $row['endpoint'];
		}
	}
	return $named;
}

/** The addresses the site itself gives forms: any widget may use these. */
function pnw_site_destination_values() {
	$values = array_values( pnw_named_destinations() );
	foreach ( array( pnw_setting( 'endpoint' ), pnw_relay_endpoint() ) as $value ) {
		if ( '' !== $value ) {
			$values[] = (string) $value;
		}
	}
	return $values;
}

/** The endpoint of a named destination, or '' when there is no such name. */
function pnw_destination_endpoint( $name ) {
	$named = pnw_named_destinations();
	$name  = trim( (string) $name );
	return isset( $named[ $name ] ) ? $named[ $name ] : '';
}

/**
 * A widget's attributes with the destination rules applied. `$trusted`: whoever wrote them may
 * set destinations. `$keep`: values already in the post before this save (an Editor's no-change
 * update keeps what an Administrator set).
 */
function pnw_guard_attributes( $attributes, $trusted, $keep = array() ) {
	if ( $trusted ) {
		return $attributes;
	}
	$keep = array_merge( $keep, pnw_site_destination_values() );
	foreach ( $attributes as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( ! is_string( $value ) || in_array( $value, $keep, true ) ) {
			continue;
		}
		if ( in_array( $name, pnw_destination_attributes(), true ) ) {
			unset( $attributes[ $name ] );
		} elseif ( in_array( $name, pnw_same_site_attributes(), true ) && ! pnw_is_same_site_url( $value ) ) {
			unset( $attributes[ $name ] );
		}
	}
	return $attributes;
}

/*
 * Whose words are being rendered. the_content pushes the post's author and pops it afterwards;
 * outside post content (widget areas, templates: edit_theme_options) nobody is on the stack.
 */

/** The stack of post authors whose content is being rendered. */
function &pnw_owner_stack() {
	static $stack = array();
	return $stack;
}

/** Runs first on the_content: this post's author writes what follows. */
function pnw_push_content_owner( $content ) {
	$stack   = &pnw_owner_stack();
	$post    = get_post();
	$stack[] = $post ? (int) $post->post_author : 0;
	return $content;
}

/** Runs last on the_content: back to whoever was writing before. */
function pnw_pop_content_owner( $content ) {
	$stack = &pnw_owner_stack();
	array_pop( $stack );
	return $content;
}

/** Whether the content rendering now may set destinations. */
function pnw_render_trusted() {
	$stack = &pnw_owner_stack();
	if ( ! $stack ) {
		// Widget areas and templates: only users who can edit_theme_options write them.
		return true;
	}
	$owner = end( $stack );
	return $owner > 0 && pnw_can_set_destination( $owner );
}

/*
 * Reading and rewriting the widgets in content: block comments, shortcodes and elements.
 */

/**
 * Calls `$callback( $tag, $attributes )` for each start tag of the four elements in `$html`
 * and writes back the attributes it returns (an unchanged array leaves the tag as it was).
 * Attribute values are plain text both ways. WordPress 6.2+ has the HTML tag processor; 6.1
 * gets a careful pattern.
 */
function pnw_rewrite_elements( $html, $callback ) {
	if ( false === stripos( $html, '<pinched-nerve-' ) ) {
		return $html;
	}
	$tags = array_keys( pnw_element_attributes() );
	if ( ! $tags ) {
		return $html;
	}
	if ( class_exists( 'WP_HTML_Tag_Processor' ) ) {
		$processor = new WP_HTML_Tag_Processor( $html );
		while ( $processor->next_tag() ) {
			$tag = strtolower( (string) $processor->get_tag() );
			if ( ! in_array( $tag, $tags, true ) || $processor->is_tag_closer() ) {
				continue;
			}
			$attributes = array();
			foreach ( (array) $processor->get_attribute_names_with_prefix( '' ) as $name ) {
				$value               = $processor->get_attribute( $name );
				$attributes[ $name ] = true === $value ? true : (string) $value;
			}
			$changed = call_user_func( $callback, $tag, $attributes );
			if ( $changed === $attributes ) {
				continue;
			}
			foreach ( array_keys( $attributes ) as $name ) {
				if ( ! array_key_exists( $name, $changed ) ) {
					$processor->remove_attribute( $name );
				}
			}
			foreach ( $changed as $name => $value ) {
				if ( ! isset( $attributes[ $name ] ) || $attributes[ $name ] !== $value ) {
					$processor->set_attribute( $name, $value );
				}
			}
		}
		return $processor->get_updated_html();
	}
	$attribute = '\s+[^\s"\'>\/=]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s"\'=<>`]+))?';
	return preg_replace_callback(
		'#<(' . implode( '|', array_map( 'preg_quote', $tags ) ) . ')((?:' . $attribute . ')*)(\s*/?)>#i',
		static function ( $found_tag ) use ( $callback, $attribute ) {
			preg_match_all( '#\s+([^\s"\'>\/=]+)(?:\s*=\s*("[^"]*"|\'[^\']*\'|[^\s"\'=<>`]+))?#', $found_tag[2], $found, PREG_SET_ORDER );
			$attributes = array();
			$tokens     = array();
			foreach ( $found as $one ) {
				$name = strtolower( $one[1] );
				if ( isset( $attributes[ $name ] ) ) {
					continue; // As browsers do, the first one counts.
				}
				$tokens[ $name ] = $one[0];
				if ( ! isset( $one[2] ) ) {
					$attributes[ $name ] = true;
					continue;
				}
				$value               = $one[2];
				$value               = ( '"' === $value[0] || "'" === $value[0] ) ? substr( $value, 1, -1 ) : $value;
				$attributes[ $name ] = html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
			}
			$tag     = strtolower( $found_tag[1] );
			$changed = call_user_func( $callback, $tag, $attributes );
			if ( $changed === $attributes ) {
				return $found_tag[0];
			}
			// Unchanged attributes keep their own spelling; changed and new ones are escaped.
			$out = '<' . $found_tag[1];
			foreach ( $changed as $name => $value ) {
				if ( isset( $tokens[ $name ] ) && $attributes[ $name ] === $value ) {
					$out .= $tokens[ $name ];
				} else {
					$out .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
				}
			}
			return $out . $found_tag[3] . '>';
		},
		$html
	);
}

/** The same for the plugin's block comments: `$callback( $tag, $attributes )` on each block's attributes. */
function pnw_rewrite_blocks( $content, $callback ) {
	if ( false === strpos( $content, 'wp:pinched-nerve-widgets/' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'#<!--\s+wp:pinched-nerve-widgets/(card|symptoms|check|map)\s+(\{.*?\})\s+(/?)-->#s',
		static function ( $found_tag ) use ( $callback ) {
			$attributes = json_decode( $found_tag[2], true );
			if ( ! is_array( $attributes ) ) {
				return $found_tag[0];
			}
			$changed = call_user_func( $callback, 'pinched-nerve-' . $found_tag[1], $attributes );
			if ( $changed === $attributes ) {
				return $found_tag[0];
			}
			$json = $changed ? serialize_block_attributes( $changed ) . ' ' : '';
			return '<!-- wp:pinched-nerve-widgets/' . $found_tag[1] . ' ' . $json . $found_tag[3] . '-->';
		},
		$content
	);
}

/** The same for the plugin's shortcodes (quotes straightened first, as for rendering). */
function pnw_rewrite_shortcodes( $content, $callback ) {
	if ( false === strpos( $content, '[pinched_nerve_' ) ) {
		return $content;
	}
	$tags = pnw_shortcode_tags();
	return preg_replace_callback(
		'#\[(pinched_nerve_(?:card|symptoms|check|map))\b([^\]]*?)(/?)\]#u',
		static function ( $found_tag ) use ( $callback, $tags ) {
			$straight   = pnw_straighten_shortcode_quotes( $found_tag[0] );
			$parsed     = shortcode_parse_atts( substr( $straight, strlen( $found_tag[1] ) + 1, -1 - strlen( $found_tag[3] ) ) );
			$attributes = is_array( $parsed ) ? $parsed : array();
			$changed    = call_user_func( $callback, $tags[ $found_tag[1] ], $attributes );
			if ( $changed === $attributes ) {
				return $found_tag[0];
			}
			$out = '[' . $found_tag[1];
			foreach ( $changed as $name => $value ) {
				$out .= is_int( $name ) ? ' ' . $value : ' ' . $name . '="' . str_replace( array( '"', '[', ']' ), array( '&quot;', '&#91;', '&#93;' ), (string) $value ) . '"';
			}
			return $out . ( '' !== $found_tag[3] ? ' /' : '' ) . ']';
		},
		$content
	);
}

/** Every widget in some content, whichever way it was written: blocks, shortcodes, elements. */
function pnw_rewrite_widgets( $content, $callback ) {
	return pnw_rewrite_elements( pnw_rewrite_shortcodes( pnw_rewrite_blocks( $content, $callback ), $callback ), $callback );
}

/** Every destination value found in some content (what a save may keep). */
function pnw_destination_values( $content ) {
	$values  = array();
	$collect = static function ( $tag, $attributes ) use ( &$values ) {
		foreach ( $attributes as $name => $value ) {
			$name = strtolower( (string) $name );
			if ( is_string( $value ) && in_array( $name, array_merge( pnw_destination_attributes(), pnw_same_site_attributes() ), true ) ) {
				$values[] = $value;
			}
		}
		return $attributes;
	};
	pnw_rewrite_widgets( (string) $content, $collect );
	return array_values( array_unique( $values ) );
}

/**
 * On wp_insert_post_data: a user who may not set destinations saves none that the post did not
 * already have (a revision or autosave is compared with its post).
 */
function pnw_guard_saved_content( $data, $postarr ) {
	if ( ! isset( $data['post_content'] ) || false === strpos( $data['post_content'], 'pinched' ) || pnw_can_set_destination() ) {
		return $data;
	}
	$before = '';
	$id     = ! empty( $postarr['ID'] ) ? (int) $postarr['ID'] : 0;
	if ( ! empty( $data['post_parent'] ) && in_array( $data['post_type'], array( 'revision' ), true ) ) {
		$id = (int) $data['post_parent'];
	}
	if ( $id ) {
		$old    = get_post( $id );
		$before = $old ? $old->post_content : '';
	}
	$keep                 = pnw_destination_values( $before );
	$guarded              = pnw_rewrite_widgets(
		wp_unslash( $data['post_content'] ),
		static function ( $tag, $attributes ) use ( $keep ) {
			return pnw_guard_attributes( $attributes, false, $keep );
		}
	);
	$data['post_content'] = wp_slash( $guarded );
	return $data;
}

/**
 * On the_content and widget areas, after blocks and shortcodes: every pasted element follows the
 * destination rules, takes a named destination, and gets the settings page's values for the
 * attributes it leaves out.
 */
function pnw_complete_pasted( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<pinched-nerve-' ) ) {
		return $content;
	}
	$trusted = pnw_render_trusted();
	return pnw_rewrite_elements(
		$content,
		static function ( $tag, $attributes ) use ( $trusted ) {
			return pnw_complete_attributes( $tag, $attributes, $trusted );
		}
	);
}

/**
 * One widget's attributes for the page: the destination rules, a named destination
 * (`data-destination` on pasted elements), then the settings page's values where it has none.
 */
function pnw_complete_attributes( $tag, $attributes, $trusted, $destination = '' ) {
	$attributes = pnw_guard_attributes( $attributes, $trusted );
	if ( '' === $destination && isset( $attributes['data-destination'] ) && is_string( $attributes['data-destination'] ) ) {
		$destination = $attributes['data-destination'];
	}
	$named = '' !== $destination ? pnw_destination_endpoint( $destination ) : '';
	if ( '' !== $named && 'pinched-nerve-check' === $tag && ( ! $trusted || ! isset( $attributes['endpoint'] ) ) ) {
		$attributes['endpoint'] = $named;
	}
	foreach ( pnw_widget_defaults( $tag ) as $name => $value ) {
		if ( ! isset( $attributes[ $name ] ) || '' === $attributes[ $name ] ) {
			$attributes[ $name ] = $value;
		}
	}
	return $attributes;
}
