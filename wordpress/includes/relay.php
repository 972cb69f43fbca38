<?php
/**
 * The optional relay: when a webhook URL is set, forms whose endpoint is not set post to
 * POST /wp-json/pinched-nerve-widgets/v1/submit on this site (no CORS). The route checks what
 * the form checks, refuses bodies over 64 KB, forwards the body as it came to the webhook
 * (https only) and answers in the form's contract: 2xx, 4xx with field errors, 429, 5xx.
 * It stores and logs nothing of the body; it counts requests per client (a hash of the IP,
 * in a transient) and answers 429 past the limit.
 *
 * @package PinchedNerveWidgets
 */

defined( 'ABSPATH' ) || exit;

const PNW_RELAY_MAX_BYTES = 65536;

/** Registers the route, only while a webhook is set. */
function pnw_register_relay_route() {
	if ( '' === pnw_webhook_url() ) {
		return;
	}
	register_rest_route(
		'pinched-nerve-widgets/v1',
		'/submit',
		array(
			'methods'             => array( 'POST', 'PUT' ),
			'callback'            => 'pnw_relay_submit',
			// Patients are not logged in and the form sends no cookies: the route is public.
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

/** Whether this client has sent too often; counts this request. */
function pnw_relay_rate_limited() {
	$ip     = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
	$ip     = (string) apply_filters( 'pnw_relay_client_ip', $ip );
	$key    = 'pnw_rl_' . substr( wp_hash( $ip, 'nonce' ), 0, 32 );
	$limit  = (int) apply_filters( 'pnw_relay_rate_limit', 10 );
	$window = (int) apply_filters( 'pnw_relay_rate_window', 10 * MINUTE_IN_SECONDS );
	$count  = (int) get_transient( $key );
	if ( $count >= $limit ) {
		return true;
	}
	set_transient( $key, $count + 1, $window );
	return false;
}

/** The payload as the form sent it (JSON, urlencoded or multipart). */
function pnw_relay_payload( WP_REST_Request $request ) {
	$json = $request->get_json_params();
	if ( is_array( $json ) ) {
		return $json;
	}
	return $request->get_body_params();
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

/** The body to forward: as it came, or (multipart, which PHP does not keep) urlencoded again. */
function pnw_relay_body( WP_REST_Request $request ) {
	$type = $request->get_content_type();
	$type = $type ? $type['value'] : 'application/json';
	if ( 'multipart/form-data' !== $type ) {
		return array( $request->get_body(), $request->get_header( 'content-type' ) );
	}
	$pairs = array();
	foreach ( $request->get_body_params() as $key => $value ) {
		foreach ( (array) $value as $one ) {
			$pairs[] = rawurlencode( $key ) . '=' . rawurlencode( (string) $one );
		}
	}
	return array( implode( '&', $pairs ), 'application/x-www-form-urlencoded;charset=UTF-8' );
}

/** Handles one submission. */
function pnw_relay_submit( WP_REST_Request $request ) {
	$length = (int) $request->get_header( 'content_length' );
	if ( $length > PNW_RELAY_MAX_BYTES || strlen( $request->get_body() ) > PNW_RELAY_MAX_BYTES ) {
		return pnw_relay_answer( 413 );
	}
	if ( pnw_relay_rate_limited() ) {
		return pnw_relay_answer( 429 );
	}
	$payload = pnw_relay_payload( $request );
	if ( ! is_array( $payload ) || ! $payload ) {
		return pnw_relay_answer( 400 );
	}
	// The spam trap: a bot that filled it in is thanked, and nothing is sent.
	if ( isset( $payload['pnw_hp'] ) && '' !== $payload['pnw_hp'] ) {
		return pnw_relay_answer( 200 );
	}
	$errors = pnw_relay_errors( $payload );
	if ( $errors ) {
		return pnw_relay_answer( 422, array( 'errors' => $errors ) );
	}
	list( $body, $type ) = pnw_relay_body( $request );
	$answer              = wp_remote_post(
		pnw_webhook_url(),
		array(
			'body'        => $body,
			'headers'     => array( 'Content-Type' => $type ),
			'timeout'     => (float) apply_filters( 'pnw_relay_timeout', 10 ),
			'redirection' => 0,
			'user-agent'  => 'pinched-nerve-widgets/' . PNW_VERSION,
		)
	);
	return pnw_relay_map_answer( $answer );
}

/** The webhook's answer in the form's contract; nothing else of it reaches the browser. */
function pnw_relay_map_answer( $answer ) {
	if ( is_wp_error( $answer ) ) {
		$timed_out = false !== stripos( $answer->get_error_message(), 'timed out' );
		return pnw_relay_answer( $timed_out ? 504 : 502 );
	}
	$status = (int) wp_remote_retrieve_response_code( $answer );
	$json   = json_decode( wp_remote_retrieve_body( $answer ), true );
	if ( $status >= 200 && $status < 300 ) {
		$message = is_array( $json ) && isset( $json['message'] ) && is_string( $json['message'] ) ? $json['message'] : null;
		return pnw_relay_answer( 200, null === $message ? array() : array( 'message' => $message ) );
	}
	if ( 429 === $status ) {
		return pnw_relay_answer( 429 );
	}
	if ( $status >= 400 && $status < 500 ) {
		$errors = is_array( $json ) && isset( $json['errors'] ) && is_array( $json['errors'] ) ? $json['errors'] : null;
		return pnw_relay_answer( $status, null === $errors ? array() : array( 'errors' => $errors ) );
	}
	return pnw_relay_answer( 502 );
}
