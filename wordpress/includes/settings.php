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
		'phone'            => '',
		'clinic_name'      => '',
		'endpoint'         => '',
		'privacy_page'     => 0,
		'privacy_url'      => '',
		'language'         => 'site',
		'destinations'     => array(),
		'webhook'          => '',
		'client_ip_header' => '',
	);
	$saved    = get_option( 'pnw_settings', array() );
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
		'phone'            => __( 'Phone number', 'pinched-nerve-widgets' ),
		'clinic_name'      => __( 'Clinic name', 'pinched-nerve-widgets' ),
		'endpoint'         => __( 'Endpoint', 'pinched-nerve-widgets' ),
		'privacy_page'     => __( 'Privacy page', 'pinched-nerve-widgets' ),
		'privacy_url'      => __( 'Or a privacy address', 'pinched-nerve-widgets' ),
		'language'         => __( 'Language', 'pinched-nerve-widgets' ),
		'destinations'     => __( 'Named destinations (optional)', 'pinched-nerve-widgets' ),
		'webhook'          => __( 'Webhook URL (optional)', 'pinched-nerve-widgets' ),
		'client_ip_header' => __( 'Visitor address behind a proxy', 'pinched-nerve-widgets' ),
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
	echo '<p>' . esc_html__( 'These are the defaults for every card, list and form on the site. A block or shortcode that sets its own value overrides them, except where the answers go: only administrators can give a form its own endpoint, and other writers’ links and redirects stay on this site.', 'pinched-nerve-widgets' ) . '</p>';
}

/** Prints one field. */
function pnw_field( $args ) {
	$key   = $args['key'];
	$value = pnw_setting( $key );
	$id    = 'pnw_' . $key;
	$name  = 'pnw_settings[' . $key . ']';
	switch ( $key ) {
		case 'privacy_page':
			echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '">';
			echo '<option value="0">' . esc_html__( '— None —', 'pinched-nerve-widgets' ) . '</option>';
			foreach ( pnw_privacy_page_choices() as $page ) {
				$label = 'publish' === $page->post_status ? $page->post_title : sprintf(
					/* translators: %s: the page's title. */
					__( '%s (draft: publish it before patients see the link)', 'pinched-nerve-widgets' ),
					$page->post_title
				);
				echo '<option value="' . esc_attr( $page->ID ) . '"' . selected( absint( $value ), $page->ID, false ) . '>' . esc_html( $label ) . '</option>';
			}
			echo '</select>';
			break;
		case 'destinations':
			$lines = array();
			foreach ( (array) $value as $row ) {
				$lines[] = $row['name'] . ' | ' . $row['endpoint'];
			}
			echo '<textarea class="large-text code" rows="3" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '">' . esc_textarea( implode( "\n", $lines ) ) . '</textarea>';
			break;
		case 'client_ip_header':
			$choices = array(
				''                 => __( 'The connecting address (no proxy)', 'pinched-nerve-widgets' ),
				'x-forwarded-for'  => __( 'X-Forwarded-For (the last address in it)', 'pinched-nerve-widgets' ),
				'x-real-ip'        => __( 'X-Real-IP', 'pinched-nerve-widgets' ),
				'cf-connecting-ip' => __( 'CF-Connecting-IP (Cloudflare)', 'pinched-nerve-widgets' ),
			);
			echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '">';
			foreach ( $choices as $choice => $label ) {
				echo '<option value="' . esc_attr( $choice ) . '"' . selected( $value, $choice, false ) . '>' . esc_html( $label ) . '</option>';
			}
			echo '</select>';
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
				'phone'       => 'tel',
				'webhook'     => 'url',
				'privacy_url' => 'url',
			);
			$type  = isset( $types[ $key ] ) ? $types[ $key ] : 'text';
			echo '<input class="regular-text" type="' . esc_attr( $type ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '">';
	}
	$help = array(
		'phone'            => __( 'Shown on the card and the form. Until you set it, the widgets show the article’s 1-866 number.', 'pinched-nerve-widgets' ),
		'endpoint'         => __( 'Where the form sends the answers: an https:// address, or a relative address on this site.', 'pinched-nerve-widgets' ),
		'webhook'          => __( 'Optional, https:// only. When the endpoint is empty, forms send to this site, which forwards the answers here without storing them. The address is never shown to visitors. Your webhook should answer within 10 seconds, without redirects.', 'pinched-nerve-widgets' ),
		'privacy_url'      => __( 'Used when no page is chosen above, for a privacy notice elsewhere.', 'pinched-nerve-widgets' ),
		'destinations'     => __( 'One a line: a name, a bar, and an endpoint, like “Downtown office | https://forms.example.com/downtown”. Every writer can pick one of these by name for a form; only administrators can type an endpoint.', 'pinched-nerve-widgets' ),
		'client_ip_header' => __( 'For the relay’s limit of answers per visitor. Choose a header only if your proxy or CDN always sets it; otherwise every visitor could pretend to be another.', 'pinched-nerve-widgets' ),
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

	$clean['phone']            = isset( $input['phone'] ) ? sanitize_text_field( $input['phone'] ) : '';
	$clean['clinic_name']      = isset( $input['clinic_name'] ) ? sanitize_text_field( $input['clinic_name'] ) : '';
	$clean['privacy_page']     = isset( $input['privacy_page'] ) ? absint( $input['privacy_page'] ) : 0;
	$clean['privacy_url']      = isset( $input['privacy_url'] ) ? esc_url_raw( trim( sanitize_text_field( $input['privacy_url'] ) ), array( 'https', 'http' ) ) : '';
	$header                    = isset( $input['client_ip_header'] ) ? sanitize_key( $input['client_ip_header'] ) : '';
	$clean['client_ip_header'] = in_array( $header, array( '', 'x-forwarded-for', 'x-real-ip', 'cf-connecting-ip' ), true ) ? $header : '';

	$clean['destinations'] = array();
	$typed                 = isset( $input['destinations'] ) ? $input['destinations'] : '';
	if ( is_array( $typed ) ) {
		// Already saved once (WordPress sanitizes a new option twice): the rows as lines again.
		$rows = array();
		foreach ( $typed as $row ) {
			$rows[] = is_array( $row ) && isset( $row['name'], $row['endpoint'] ) ? $row['name'] . ' | ' . $row['endpoint'] : '';
		}
		$typed = implode( "\n", $rows );
	}
	$lines = is_string( $typed ) ? preg_split( '/\R/u', $typed ) : array();
	foreach ( $lines as $line ) {
		if ( '' === trim( $line ) ) {
			continue;
		}
		$parts = explode( '|', $line, 2 );
		$label = sanitize_text_field( $parts[0] );
		$typed = isset( $parts[1] ) ? trim( sanitize_text_field( $parts[1] ) ) : '';
		$url   = '' === $typed ? '' : esc_url_raw( $typed, array( 'https', 'http' ) );
		if ( '' === $label || '' === $url || ! pnw_endpoint_allowed( $url ) ) {
			add_settings_error(
				'pnw_settings',
				'pnw_destinations',
				/* translators: %s: the line as typed. */
				sprintf( __( 'This destination was left out: “%s”. Write a name, a bar, and an https:// address.', 'pinched-nerve-widgets' ), $line )
			);
			continue;
		}
		$clean['destinations'][] = array(
			'name'     => $label,
			'endpoint' => $url,
		);
	}
	$language          = isset( $input['language'] ) ? sanitize_key( $input['language'] ) : 'site';
	$clean['language'] = in_array( $language, array( 'site', 'en', 'es' ), true ) ? $language : 'site';

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
	echo '</form>';
	pnw_render_test_lead();
	echo '</div>';
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

/** The pages the privacy setting offers: published ones, and WordPress's privacy page even as a draft. */
function pnw_privacy_page_choices() {
	$pages   = get_pages( array( 'post_status' => 'publish' ) );
	$privacy = (int) get_option( 'wp_page_for_privacy_policy' );
	$page    = $privacy ? get_post( $privacy ) : null;
	if ( $page && 'page' === $page->post_type && in_array( $page->post_status, array( 'draft', 'pending', 'private' ), true ) ) {
		array_unshift( $pages, $page );
	}
	return $pages;
}

/** The privacy link forms show: the chosen page's address, else the typed one. */
function pnw_privacy_url() {
	$page = (int) pnw_setting( 'privacy_page' );
	$url  = $page ? get_permalink( $page ) : '';
	return $url ? $url : (string) pnw_setting( 'privacy_url' );
}

/** Until the plugin is built, the Plugins screen says how; nothing else runs. */
function pnw_unbuilt_notice() {
	if ( pnw_is_built() || ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	echo '<div class="notice notice-error" id="pnw-unbuilt-notice"><p>' . esc_html__( 'Pinched Nerve Widgets is not built: this is the source folder. Run `npm run build` and install dist/wordpress/pinched-nerve-widgets.zip instead. Until then the widgets show nothing.', 'pinched-nerve-widgets' ) . '</p></div>';
}

/**
 * While forwards to the webhook fail, every administrator screen says so: how many since when,
 * the last time and status (never anything patients sent), until one gets through.
 */
function pnw_failures_notice() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$failures = get_option( 'pnw_relay_failures' );
	if ( ! is_array( $failures ) || empty( $failures['count'] ) ) {
		return;
	}
	$format = get_option( 'date_format' ) . ' ' . get_option( 'time_format' );
	$url    = admin_url( 'options-general.php?page=pinched-nerve-widgets' );
	$text   = sprintf(
		/* translators: 1: how many, 2: since when, 3: the last time, 4: the webhook's status or "timeout". */
		__( 'Pinched Nerve Widgets: %1$d answers from patients could not be passed to your webhook since %2$s (last at %3$s, answer: %4$s). Those patients were told their answers were not sent, or may not have been. Check the webhook, then send a test lead.', 'pinched-nerve-widgets' ),
		(int) $failures['count'],
		wp_date( $format, (int) $failures['since'] ),
		wp_date( $format, (int) $failures['last'] ),
		$failures['status']
	);
	echo '<div class="notice notice-error" id="pnw-failures-notice"><p>' . esc_html( $text ) . ' <a href="' . esc_url( $url ) . '">' . esc_html__( 'Open the settings', 'pinched-nerve-widgets' ) . '</a></p></div>';
}

/** A lead anyone can tell from a patient's, in the form's fields. */
function pnw_test_lead_payload() {
	return array(
		'region'         => 'lumbar',
		'symptoms'       => array( 'Test lead: not a patient' ),
		'name'           => 'Test lead from Settings › Pinched Nerve Widgets',
		'phone'          => '555-010-0000',
		'email'          => 'test-lead@example.com',
		'contact_method' => 'email',
		'consent'        => true,
		'lang'           => 'en',
		'consent_text'   => pnw_relay_consent_text( 'en' ),
		'page_url'       => home_url( '/' ),
		'submitted_at'   => gmdate( 'Y-m-d\TH:i:s.000\Z' ),
		'test'           => true,
	);
}

/** Handles admin-post.php?action=pnw_test_lead: sends the test lead and keeps the webhook's answer for the page. */
function pnw_send_test_lead() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to do that.', 'pinched-nerve-widgets' ), 403 );
	}
	check_admin_referer( 'pnw_test_lead' );
	$result = array( 'error' => __( 'There is no webhook URL to test: set one and save first.', 'pinched-nerve-widgets' ) );
	if ( '' !== pnw_webhook_url() ) {
		$started             = microtime( true );
		list( $body, $type ) = pnw_relay_body( pnw_test_lead_payload(), 'application/json' );
		$answer              = pnw_relay_forward( $body, $type );
		$seconds             = round( microtime( true ) - $started, 1 );
		if ( is_wp_error( $answer ) ) {
			$result = array(
				'error'   => $answer->get_error_message(),
				'seconds' => $seconds,
			);
		} else {
			$status = (int) wp_remote_retrieve_response_code( $answer );
			$result = array(
				'status'  => $status,
				'reason'  => (string) wp_remote_retrieve_response_message( $answer ),
				'body'    => substr( (string) wp_remote_retrieve_body( $answer ), 0, 500 ),
				'seconds' => $seconds,
			);
			if ( $status >= 200 && $status < 300 ) {
				delete_option( 'pnw_relay_failures' );
			}
		}
	}
	set_transient( 'pnw_test_lead_' . get_current_user_id(), $result, 5 * MINUTE_IN_SECONDS );
	wp_safe_redirect( admin_url( 'options-general.php?page=pinched-nerve-widgets&pnw-tested=1' ) );
	exit;
}

/** The "Send a test lead" button, and the webhook's answer to the last one. */
function pnw_render_test_lead() {
	echo '<h2>' . esc_html__( 'Test your webhook', 'pinched-nerve-widgets' ) . '</h2>';
	$key    = 'pnw_test_lead_' . get_current_user_id();
	$result = get_transient( $key );
	if ( is_array( $result ) ) {
		delete_transient( $key );
		if ( isset( $result['error'] ) ) {
			$text = sprintf(
				/* translators: %s: the error. */
				__( 'The test lead did not arrive: %s', 'pinched-nerve-widgets' ),
				$result['error']
			);
			$class = 'notice-error';
		} else {
			$ok   = $result['status'] >= 200 && $result['status'] < 300;
			$text = sprintf(
				/* translators: 1: HTTP status, 2: its reason, 3: seconds. */
				__( 'Your webhook answered %1$d %2$s in %3$s s.', 'pinched-nerve-widgets' ),
				$result['status'],
				$result['reason'],
				number_format_i18n( $result['seconds'], 1 )
			);
			$text .= ' ' . ( $ok ? __( 'It works.', 'pinched-nerve-widgets' ) : __( 'Patients’ answers would not get through: it must answer 2xx within 10 seconds, without redirects.', 'pinched-nerve-widgets' ) );
			$class = $ok ? 'notice-success' : 'notice-error';
		}
		echo '<div class="notice inline ' . esc_attr( $class ) . '" id="pnw-test-lead-result"><p>' . esc_html( $text ) . '</p>';
		if ( ! empty( $result['body'] ) ) {
			echo '<pre>' . esc_html( $result['body'] ) . '</pre>';
		}
		echo '</div>';
	}
	echo '<form action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" method="post"><input type="hidden" name="action" value="pnw_test_lead">';
	wp_nonce_field( 'pnw_test_lead' );
	echo '<p>' . esc_html__( 'Sends a made-up lead, marked as a test, to the webhook URL saved above and shows its answer.', 'pinched-nerve-widgets' ) . '</p>';
	submit_button( __( 'Send a test lead', 'pinched-nerve-widgets' ), 'secondary', 'pnw-send-test-lead', false );
	echo '</form>';
}
