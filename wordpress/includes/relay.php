<?php
/**
 * The optional relay: when a webhook URL is set and the settings page's endpoint is empty,
 * forms post to POST /wp-json/pinched-nerve-widgets/v1/submit on this site. The route exists
 * only then. It takes requests from this site's own pages only (Origin), a JSON or urlencoded
 * body of at most 64 KB really read, and only the form's documented fields with their types and
 * lengths; it sets `submitted_at`, `page_url` (from a Referer on this site) and `consent_text`
 * (the site's words in the language sent) itself. It checks what the form checks, forwards the
 * clean answers to the webhook (https only) and answers in the form's contract: 2xx, 4xx with
 * field errors, 429, 5xx, and 504 when the webhook may have them but did not say so in time.
 * It stores and logs nothing of the body. It counts requests per client (a hash of the address;
 * see pnw_relay_client_ip()): forwarded ones against the patients' limit, refused ones against
 * a separate one, so junk never uses up a patient's allowance. Failed forwards are counted with
 * their time and status only, for the administrators' notice.
 *
 * @package PinchedNerveWidgets
 */

defined( 'ABSPATH' ) || exit;

const PNW_RELAY_MAX_BYTES = 65536;

/** Whether the relay is in use: a webhook is set and the settings page sends forms to it. */
function pnw_relay_in_use() {
	return '' !== pnw_webhook_url() && '' === (string) pnw_setting( 'endpoint' );
}

/** Registers the route, only while the relay is in use. */
function pnw_register_relay_route() {
	if ( ! pnw_relay_in_use() ) {
		return;
	}
	register_rest_route(
		'pinched-nerve-widgets/v1',
		'/submit',
		array(
			'methods'             => array( 'POST', 'PUT' ),
			'callback'            => 'pnw_relay_submit',
			// Patients are not logged in and the form sends no cookies: the route is public,
			// and pnw_relay_submit() checks that the request comes from this site's pages.
			'permission_callback' => '__return_true',
		)
	);
}

/** An answer in the form's contract, never cached. */
function pnw_relay_answer( $status, $data = array() ) {
	$response = new WP_REST_Response( (object) $data, $status );
	$response->header( 'Cache-Control', 'no-store' );
	return $response;
}

/**
 * The client's address, for the rate limit only (hashed, never stored as it is). By default
 * the address that connected (REMOTE_ADDR). Behind a proxy or CDN the settings page names the
 * header it adds (X-Forwarded-For: the last address, the one the proxy saw; X-Real-IP;
 * CF-Connecting-IP); the `pnw_relay_client_ip` filter can decide instead. Only name a header
 * your proxy always sets: anyone can send it when there is no proxy.
 */
function pnw_relay_client_ip() {
	$ip     = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
	$header = (string) pnw_setting( 'client_ip_header' );
	$key    = 'HTTP_' . strtoupper( str_replace( '-', '_', $header ) );
	if ( '' !== $header && ! empty( $_SERVER[ $key ] ) ) {
		$list      = explode( ',', sanitize_text_field( wp_unslash( $_SERVER[ $key ] ) ) );
		$candidate = trim( (string) end( $list ) );
		if ( filter_var( $candidate, FILTER_VALIDATE_IP ) ) {
			$ip = $candidate;
		}
	}
	return (string) apply_filters( 'pnw_relay_client_ip', $ip );
}

/**
 * Whether this client has used up its allowance of one kind ('sent' or 'refused'); counts
 * this request when it has not.
 */
function pnw_relay_rate_limited( $kind = 'sent' ) {
	$key    = 'pnw_rl_' . ( 'sent' === $kind ? '' : 'x' ) . substr( wp_hash( pnw_relay_client_ip(), 'nonce' ), 0, 32 );
	$limit  = 'sent' === $kind ? (int) apply_filters( 'pnw_relay_rate_limit', 10 ) : (int) apply_filters( 'pnw_relay_refused_limit', 30 );
	$window = (int) apply_filters( 'pnw_relay_rate_window', 10 * MINUTE_IN_SECONDS );
	$count  = (int) get_transient( $key );
	if ( $count >= $limit ) {
		return true;
	}
	set_transient( $key, $count + 1, $window );
	return false;
}

/** A refused request: counted against the refused allowance (429 past it), never the patients'. */
function pnw_relay_refuse( $status, $data = array() ) {
	if ( pnw_relay_rate_limited( 'refused' ) ) {
		return pnw_relay_answer( 429 );
	}
	return pnw_relay_answer( $status, $data );
}

/** This site's origin (scheme://host[:port]), as browsers send it in `Origin`. */
function pnw_site_origin() {
	$home   = wp_parse_url( home_url( '/' ) );
	$origin = strtolower( $home['scheme'] . '://' . $home['host'] );
	return isset( $home['port'] ) ? $origin . ':' . (int) $home['port'] : $origin;
}

/**
 * Whether a request comes from this site's pages: browsers send `Origin` with every POST, so a
 * missing one or another site's is refused. The `pnw_relay_allowed_origins` filter adds origins
 * (a site served under two names).
 */
function pnw_relay_origin_allowed( WP_REST_Request $request ) {
	$origin  = strtolower( trim( (string) $request->get_header( 'origin' ) ) );
	$allowed = (array) apply_filters( 'pnw_relay_allowed_origins', array( pnw_site_origin() ) );
	return '' !== $origin && in_array( $origin, array_map( 'strtolower', $allowed ), true );
}

/**
 * The body as a list of (key, value) pairs: JSON (an object of strings, booleans, numbers and
 * lists of strings) or urlencoded (repeated keys for lists, as the form sends them). Null when
 * it is not one of those, or has nested values.
 */
function pnw_relay_pairs( $body, $type ) {
	$pairs = array();
	if ( 'application/json' === $type ) {
		$json = json_decode( $body, true );
		if ( ! is_array( $json ) || ( $json && array_keys( $json ) === range( 0, count( $json ) - 1 ) ) ) {
			return null;
		}
		foreach ( $json as $key => $value ) {
			if ( is_array( $value ) ) {
				if ( $value && array_keys( $value ) !== range( 0, count( $value ) - 1 ) ) {
					return null;
				}
				foreach ( $value as $one ) {
					if ( ! is_string( $one ) ) {
						return null;
					}
				}
				$pairs[] = array( (string) $key, $value );
			} elseif ( is_scalar( $value ) ) {
				$pairs[] = array( (string) $key, $value );
			} elseif ( null !== $value ) {
				return null;
			}
		}
		return $pairs;
	}
	foreach ( '' === $body ? array() : explode( '&', $body ) as $part ) {
		$at    = strpos( $part, '=' );
		$key   = urldecode( false === $at ? $part : substr( $part, 0, $at ) );
		$value = false === $at ? '' : urldecode( substr( $part, $at + 1 ) );
		if ( false !== strpbrk( $key, '[]' ) ) {
			return null; // PHP's nested keys (a[b]=c): never the form's.
		}
		$pairs[] = array( $key, $value );
	}
	return $pairs;
}

/**
 * The form's documented fields from the pairs, each with its type and length; unknown fields
 * are dropped. Returns the payload, or a WP_Error naming the first field that is not what the
 * form sends.
 */
function pnw_relay_clean( $pairs ) {
	$spec   = pnw_form_fields();
	$fields = (array) apply_filters( 'pnw_relay_fields', $spec['fields'] );
	$clean  = array();
	foreach ( $pairs as $pair ) {
		list( $key, $value ) = $pair;
		if ( ! isset( $fields[ $key ] ) ) {
			continue;
		}
		$field = $fields[ $key ];
		if ( 'list' === $field['type'] ) {
			$clean[ $key ] = isset( $clean[ $key ] ) ? $clean[ $key ] : array();
			foreach ( (array) $value as $one ) {
				$one = is_scalar( $one ) ? (string) $one : null;
				if ( null === $one || mb_strlen( $one ) > (int) $field['length'] || ( isset( $field['values'] ) && ! in_array( $one, $field['values'], true ) ) ) {
					return new WP_Error( 'pnw_field', $key );
				}
				$clean[ $key ][] = $one;
			}
			if ( count( $clean[ $key ] ) > (int) $field['max'] ) {
				return new WP_Error( 'pnw_field', $key );
			}
			continue;
		}
		if ( is_array( $value ) || isset( $clean[ $key ] ) ) {
			return new WP_Error( 'pnw_field', $key );
		}
		if ( 'boolean' === $field['type'] ) {
			if ( ! in_array( $value, array( true, false, 'true', 'false', 'on', '1', '0', '' ), true ) ) {
				return new WP_Error( 'pnw_field', $key );
			}
			$clean[ $key ] = in_array( $value, array( true, 'true', 'on', '1' ), true );
			continue;
		}
		$value = (string) $value;
		if ( 'choice' === $field['type'] ) {
			if ( '' !== $value && ! in_array( $value, $field['values'], true ) ) {
				return new WP_Error( 'pnw_field', $key );
			}
		} elseif ( mb_strlen( $value ) > (int) $field['length'] || preg_match( '/[\x00-\x08\x0B\x0C\x0E-\x1F<>]/', $value ) ) {
			// Text: no markup and no control characters, as nothing the form sends has them.
			return new WP_Error( 'pnw_field', $key );
		}
		$clean[ $key ] = $value;
	}
	return $clean;
}

/** The form's fields and consent words, generated from its content (includes/form-fields.php). */
function pnw_form_fields() {
	static $spec = null;
	if ( null === $spec ) {
		$spec = require PNW_DIR . 'includes/form-fields.php';
	}
	return $spec;
}

/**
 * The consent words the site's form shows in a language (English unless Spanish), with the
 * clinic's name from the settings page.
 */
function pnw_relay_consent_text( $lang, $which = 'text', $phone = '' ) {
	$spec   = pnw_form_fields();
	$lang   = 0 === strpos( strtolower( (string) $lang ), 'es' ) ? 'es' : 'en';
	$words  = $spec['consent'][ $lang ];
	$clinic = (string) pnw_setting( 'clinic_name' );
	return str_replace(
		array( '{clinic}', '{phone}' ),
		array( '' !== $clinic ? $clinic : $words['clinic'], '' !== $phone ? $phone : $words['phone'] ),
		$words[ $which ]
	);
}

/** The page the form was on: the Referer, when it is on this site, without query or fragment. */
function pnw_relay_page_url( WP_REST_Request $request ) {
	$referer = (string) $request->get_header( 'referer' );
	$parts   = wp_parse_url( $referer );
	if ( '' === $referer || ! $parts || empty( $parts['host'] ) || ! pnw_is_same_site_url( $referer ) ) {
		return '';
	}
	$url = $parts['scheme'] . '://' . $parts['host'] . ( isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '' );
	return esc_url_raw( $url . ( isset( $parts['path'] ) ? $parts['path'] : '/' ) );
}

/** What the form checks: a name, a phone or an email that look right, consent. */
function pnw_relay_errors( $payload ) {
	$text    = static function ( $key ) use ( $payload ) {
		return isset( $payload[ $key ] ) && is_scalar( $payload[ $key ] ) ? trim( (string) $payload[ $key ] ) : '';
	};
	$phone   = $text( 'phone' );
	$email   = $text( 'email' );
	$method  = $text( 'contact_method' );
	$digits  = strlen( preg_replace( '/\D/', '', $phone ) );
	$consent = isset( $payload['consent'] ) && ( true === $payload['consent'] || 'true' === $payload['consent'] );
	$errors  = array();
	if ( '' === $text( 'name' ) ) {
		$errors['name'] = __( 'Enter your name', 'pinched-nerve-widgets' );
	}
	if ( '' !== $phone ) {
		if ( ! preg_match( '/^\+?[\d\s().\-–]+$/u', $phone ) || $digits < 7 || $digits > 15 ) {
			$errors['phone'] = __( 'Enter a phone number, like 555-123-4567', 'pinched-nerve-widgets' );
		}
	} elseif ( '' === $email ) {
		$errors['phone'] = __( 'Enter a phone number or an email address', 'pinched-nerve-widgets' );
	} elseif ( 'phone' === $method || 'text' === $method ) {
		$errors['phone'] = __( 'Enter a phone number so we can call or text you', 'pinched-nerve-widgets' );
	}
	if ( '' !== $email ) {
		if ( ! preg_match( '/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u', $email ) ) {
			$errors['email'] = __( 'Enter an email address, like name@example.com', 'pinched-nerve-widgets' );
		}
	} elseif ( 'email' === $method ) {
		$errors['email'] = __( 'Enter an email address so we can email you', 'pinched-nerve-widgets' );
	}
	if ( ! $consent ) {
		$errors['consent'] = __( 'Tick the box to let us contact you', 'pinched-nerve-widgets' );
	}
	return $errors;
}

/** The clean payload, encoded as the form sent it: JSON, or urlencoded with repeated keys. */
function pnw_relay_body( $payload, $type ) {
	if ( 'application/json' === $type ) {
		return array( wp_json_encode( $payload ), 'application/json' );
	}
	$pairs = array();
	foreach ( $payload as $key => $value ) {
		foreach ( is_array( $value ) ? $value : array( $value ) as $one ) {
			$one     = is_bool( $one ) ? ( $one ? 'true' : 'false' ) : (string) $one;
			$pairs[] = rawurlencode( $key ) . '=' . rawurlencode( $one );
		}
	}
	return array( implode( '&', $pairs ), 'application/x-www-form-urlencoded;charset=UTF-8' );
}

/** Handles one submission. */
function pnw_relay_submit( WP_REST_Request $request ) {
	if ( ! pnw_relay_origin_allowed( $request ) ) {
		return pnw_relay_refuse( 403, array( 'code' => 'pnw_origin' ) );
	}
	// The bytes really read (a chunked body has no Content-Length), and the declared length.
	$body   = (string) $request->get_body();
	$length = (int) $request->get_header( 'content_length' );
	if ( $length > PNW_RELAY_MAX_BYTES || strlen( $body ) > PNW_RELAY_MAX_BYTES ) {
		return pnw_relay_refuse( 413 );
	}
	$type = $request->get_content_type();
	$type = $type ? strtolower( $type['value'] ) : '';
	if ( ! in_array( $type, array( 'application/json', 'application/x-www-form-urlencoded' ), true ) ) {
		// Multipart among them: PHP has parsed it before WordPress runs, and the form never needs it here.
		return pnw_relay_refuse( 415 );
	}
	$pairs = pnw_relay_pairs( $body, $type );
	if ( null === $pairs || ! $pairs ) {
		return pnw_relay_refuse( 400, array( 'code' => 'pnw_body' ) );
	}
	// The spam trap: a bot that filled it in is thanked, and nothing is sent.
	foreach ( $pairs as $pair ) {
		if ( 'pnw_hp' === $pair[0] && '' !== $pair[1] && false !== $pair[1] ) {
			pnw_relay_rate_limited( 'refused' );
			return pnw_relay_answer( 200 );
		}
	}
	$payload = pnw_relay_clean( $pairs );
	if ( is_wp_error( $payload ) ) {
		return pnw_relay_refuse( 400, array( 'code' => 'pnw_field' ) );
	}
	$errors = pnw_relay_errors( $payload );
	if ( $errors ) {
		return pnw_relay_refuse( 422, array( 'errors' => $errors ) );
	}
	if ( pnw_relay_rate_limited( 'sent' ) ) {
		return pnw_relay_answer( 429 );
	}
	// What only the site knows, never taken from the body.
	$lang                              = isset( $payload['lang'] ) ? $payload['lang'] : '';
	$payload['consent_text']           = pnw_relay_consent_text( $lang );
	$payload['consent_automated_text'] = pnw_relay_consent_text( $lang, 'automated', isset( $payload['phone'] ) ? (string) $payload['phone'] : '' );
	$payload['page_url']               = pnw_relay_page_url( $request );
	$payload['submitted_at']           = gmdate( 'Y-m-d\TH:i:s.000\Z' );
	list( $body, $type )     = pnw_relay_body( $payload, $type );
	return pnw_relay_map_answer( pnw_relay_forward( $body, $type ) );
}

/** Posts a body to the webhook; the answer, or a WP_Error. */
function pnw_relay_forward( $body, $type ) {
	return wp_remote_post(
		pnw_webhook_url(),
		array(
			'body'        => $body,
			'headers'     => array( 'Content-Type' => $type ),
			'timeout'     => (float) apply_filters( 'pnw_relay_timeout', 10 ),
			'redirection' => 0,
			'user-agent'  => 'pinched-nerve-widgets/' . PNW_VERSION,
		)
	);
}

/**
 * The webhook's answer in the form's contract; nothing else of it reaches the browser. A
 * webhook that answers late or with a redirect may well have the answers: the form is told
 * so (504, `pnw_uncertain`), so that the patient is not invited to send them twice.
 */
function pnw_relay_map_answer( $answer ) {
	if ( is_wp_error( $answer ) ) {
		$timed_out = false !== stripos( $answer->get_error_message(), 'timed out' );
		pnw_relay_record_failure( $timed_out ? 'timeout' : 'unreachable' );
		return $timed_out ? pnw_relay_answer( 504, array( 'code' => 'pnw_uncertain' ) ) : pnw_relay_answer( 502 );
	}
	$status = (int) wp_remote_retrieve_response_code( $answer );
	$json   = json_decode( wp_remote_retrieve_body( $answer ), true );
	if ( $status >= 200 && $status < 300 ) {
		delete_option( 'pnw_relay_failures' );
		$message = is_array( $json ) && isset( $json['message'] ) && is_string( $json['message'] ) ? $json['message'] : null;
		return pnw_relay_answer( 200, null === $message ? array() : array( 'message' => $message ) );
	}
	if ( 429 === $status ) {
		return pnw_relay_answer( 429 );
	}
	pnw_relay_record_failure( (string) $status );
	if ( $status >= 300 && $status < 400 ) {
		return pnw_relay_answer( 504, array( 'code' => 'pnw_uncertain' ) );
	}
	if ( $status >= 400 && $status < 500 ) {
		$errors = is_array( $json ) && isset( $json['errors'] ) && is_array( $json['errors'] ) ? $json['errors'] : null;
		return pnw_relay_answer( $status, null === $errors ? array() : array( 'errors' => $errors ) );
	}
	return pnw_relay_answer( 502 );
}

/**
 * Counts a failed forward for the administrators' notice: its time and the webhook's status
 * (or `timeout`, `unreachable`), never anything of the answers. A forward that works clears it.
 */
function pnw_relay_record_failure( $status ) {
	$failures           = get_option( 'pnw_relay_failures' );
	$failures           = is_array( $failures ) ? $failures : array(
		'count' => 0,
		'since' => time(),
	);
	$failures['count']  = (int) $failures['count'] + 1;
	$failures['last']   = time();
	$failures['status'] = sanitize_key( $status );
	update_option( 'pnw_relay_failures', $failures, false );
}
