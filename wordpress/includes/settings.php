<?php
/**
 * Settings › Pinched Nerve Widgets: the clinic's defaults for every widget on the site.
 *
 * @package PinchedNerveWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The settings, each with its default. */
function pnw_settings() {
	$defaults = array(
		'phone'        => '',
		'clinic_name'  => '',
		'endpoint'     => '',
		'privacy_page' => 0,
		'language'     => 'site',
		'webhook'      => '',
	);
	$saved = get_option( 'pnw_settings', array() );
	return array_merge( $defaults, is_array( $saved ) ? array_intersect_key( $saved, $defaults ) : array() );
}

/** One setting's value. */
function pnw_setting( $key ) {
	$settings = pnw_settings();
	return isset( $settings[ $key ] ) ? $settings[ $key ] : '';
}

/**
 * Whether an address may receive the answers server-side: https only. Plain http is allowed
 * only for tests, on a site whose environment type is `local` and that opts in with the
 * `pnw_allow_http_webhook` filter.
 */
function pnw_webhook_allowed( $url ) {
	$scheme = wp_parse_url( $url, PHP_URL_SCHEME );
	if ( 'https' === $scheme ) {
		return true;
	}
	return 'http' === $scheme && 'local' === wp_get_environment_type() && apply_filters( 'pnw_allow_http_webhook', false );
}

/** Whether the form may post to an endpoint, by the form's own rules (https, relative, http on localhost). */
function pnw_endpoint_allowed( $url ) {
	if ( '' === $url ) {
		return true;
	}
	if ( '/' === $url[0] && '/' !== substr( $url, 1, 1 ) ) {
		return true;
	}
	$parts = wp_parse_url( $url );
	if ( ! $parts || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return false;
	}
	if ( 'https' === $parts['scheme'] ) {
		return true;
	}
	return 'http' === $parts['scheme'] && in_array( $parts['host'], array( 'localhost', '127.0.0.1', '[::1]' ), true );
}

/** The webhook address, when set and allowed; never printed to a page. */
function pnw_webhook_url() {
	$url = (string) pnw_setting( 'webhook' );
	return '' !== $url && pnw_webhook_allowed( $url ) ? $url : '';
}

/** Registers the option, its sanitizer and its fields (Settings API). */
function pnw_register_settings() {
	register_setting(
		'pnw_settings',
		'pnw_settings',
		array(
			'type'              => 'object',
			'sanitize_callback' => 'pnw_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'pnw_clinic', __( 'Your clinic', 'pinched-nerve-widgets' ), 'pnw_section_intro', 'pinched-nerve-widgets' );
	$fields = array(
		'phone'        => __( 'Phone number', 'pinched-nerve-widgets' ),
		'clinic_name'  => __( 'Clinic name', 'pinched-nerve-widgets' ),
		'endpoint'     => __( 'Endpoint', 'pinched-nerve-widgets' ),
		'privacy_page' => __( 'Privacy page', 'pinched-nerve-widgets' ),
		'language'     => __( 'Language', 'pinched-nerve-widgets' ),
		'webhook'      => __( 'Webhook URL (optional)', 'pinched-nerve-widgets' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			'pnw_' . $key,
			$label,
			'pnw_field',
			'pinched-nerve-widgets',
			'pnw_clinic',
			array(
				'key'       => $key,
				'label_for' => 'pnw_' . $key,
			)
		);
	}
}

/** The section's introduction. */
function pnw_section_intro() {
	echo '<p>' . esc_html__( 'These are the defaults for every card, list and form on the site. A block or shortcode that sets its own value overrides them.', 'pinched-nerve-widgets' ) . '</p>';
}

/** Prints one field. */
function pnw_field( $args ) {
	$key   = $args['key'];
	$value = pnw_setting( $key );
	$id    = 'pnw_' . $key;
	$name  = 'pnw_settings[' . $key . ']';
	switch ( $key ) {
		case 'privacy_page':
			wp_dropdown_pages(
				array(
					'name'              => esc_attr( $name ),
					'id'                => esc_attr( $id ),
					'selected'          => absint( $value ),
					'show_option_none'  => esc_html__( '— None —', 'pinched-nerve-widgets' ),
					'option_none_value' => '0',
				)
			);
			break;
		case 'language':
			$choices = array(
				'site' => __( 'The site language', 'pinched-nerve-widgets' ),
				'en'   => __( 'English', 'pinched-nerve-widgets' ),
				'es'   => __( 'Spanish', 'pinched-nerve-widgets' ),
			);
			echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '">';
			foreach ( $choices as $choice => $label ) {
				echo '<option value="' . esc_attr( $choice ) . '"' . selected( $value, $choice, false ) . '>' . esc_html( $label ) . '</option>';
			}
			echo '</select>';
			break;
		default:
			// The endpoint may be relative (/api/…), so only the webhook is a URL field.
			$types = array(
				'phone'   => 'tel',
				'webhook' => 'url',
			);
			$type  = isset( $types[ $key ] ) ? $types[ $key ] : 'text';
			echo '<input class="regular-text" type="' . esc_attr( $type ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '">';
	}
	$help = array(
		'phone'    => __( 'Shown on the card and the form. Until you set it, the widgets show the article’s 1-866 number.', 'pinched-nerve-widgets' ),
		'endpoint' => __( 'Where the form sends the answers: an https:// address, or a relative address on this site.', 'pinched-nerve-widgets' ),
		'webhook'  => __( 'Optional, https:// only. When the endpoint is empty, forms send to this site, which forwards the answers here without storing them. The address is never shown to visitors.', 'pinched-nerve-widgets' ),
	);
	if ( isset( $help[ $key ] ) ) {
		echo '<p class="description">' . esc_html( $help[ $key ] ) . '</p>';
	}
}

/** Sanitizes the submitted settings; a refused address keeps the previous value and says why. */
function pnw_sanitize_settings( $input ) {
	$old   = pnw_settings();
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$clean = $old;

	$clean['phone']        = isset( $input['phone'] ) ? sanitize_text_field( $input['phone'] ) : '';
	$clean['clinic_name']  = isset( $input['clinic_name'] ) ? sanitize_text_field( $input['clinic_name'] ) : '';
	$clean['privacy_page'] = isset( $input['privacy_page'] ) ? absint( $input['privacy_page'] ) : 0;
	$language              = isset( $input['language'] ) ? sanitize_key( $input['language'] ) : 'site';
	$clean['language']     = in_array( $language, array( 'site', 'en', 'es' ), true ) ? $language : 'site';

	// An address esc_url_raw() empties (another scheme) is refused, not saved as "none".
	$typed    = isset( $input['endpoint'] ) ? trim( sanitize_text_field( $input['endpoint'] ) ) : '';
	$endpoint = '' === $typed ? '' : esc_url_raw( $typed, array( 'https', 'http' ) );
	if ( ( '' === $typed || '' !== $endpoint ) && pnw_endpoint_allowed( $endpoint ) ) {
		$clean['endpoint'] = $endpoint;
	} else {
		add_settings_error( 'pnw_settings', 'pnw_endpoint', __( 'The endpoint must be an https:// address or a relative address on this site. It was not changed.', 'pinched-nerve-widgets' ) );
	}

	$typed   = isset( $input['webhook'] ) ? trim( sanitize_text_field( $input['webhook'] ) ) : '';
	$webhook = '' === $typed ? '' : esc_url_raw( $typed, array( 'https', 'http' ) );
	if ( '' === $typed || ( '' !== $webhook && pnw_webhook_allowed( $webhook ) ) ) {
		$clean['webhook'] = $webhook;
	} else {
		add_settings_error( 'pnw_settings', 'pnw_webhook', __( 'The webhook URL must start with https://. It was not changed.', 'pinched-nerve-widgets' ) );
	}
	return $clean;
}

/** Adds the page under Settings. */
function pnw_add_settings_page() {
	add_options_page(
		__( 'Pinched Nerve Widgets', 'pinched-nerve-widgets' ),
		__( 'Pinched Nerve Widgets', 'pinched-nerve-widgets' ),
		'manage_options',
		'pinched-nerve-widgets',
		'pnw_render_settings_page'
	);
}

/** Prints the settings page. */
function pnw_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'pnw_settings' );
	do_settings_sections( 'pinched-nerve-widgets' );
	submit_button();
	echo '</form></div>';
}

/** A "Settings" link on the Plugins screen. */
function pnw_plugin_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=pinched-nerve-widgets' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'pinched-nerve-widgets' ) . '</a>' );
	return $links;
}

/** Until the phone and an endpoint (or webhook) are set, the plugin's screens say so. */
function pnw_admin_notice() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	if ( ! $screen || ! in_array( $screen->id, array( 'plugins', 'settings_page_pinched-nerve-widgets', 'dashboard' ), true ) ) {
		return;
	}
	if ( '' !== pnw_setting( 'phone' ) && ( '' !== pnw_setting( 'endpoint' ) || '' !== pnw_webhook_url() ) ) {
		return;
	}
	$url = admin_url( 'options-general.php?page=pinched-nerve-widgets' );
	echo '<div class="notice notice-warning" id="pnw-setup-notice"><p>' . esc_html__( 'Pinched Nerve Widgets: set your clinic’s phone number and endpoint. Until then the widgets show the article’s 1-866 number and the form cannot send answers.', 'pinched-nerve-widgets' ) . ' <a href="' . esc_url( $url ) . '">' . esc_html__( 'Open the settings', 'pinched-nerve-widgets' ) . '</a></p></div>';
}
