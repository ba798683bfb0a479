<?php
/**
 * Settings → Cramp widgets: the clinic's details, set once for every widget on the site. Each value
 * is checked by the widgets' own rules (Cramp_Widgets_Validate); a refused value leaves a notice and
 * the previous value in place.
 *
 * @package CrampWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The settings screen and the stored option. */
final class Cramp_Widgets_Settings {

	/** The one option the plugin stores (removed by uninstall.php). */
	const OPTION = 'cramp_widgets';

	/** The settings page's slug. */
	const PAGE = 'cramp-widgets';

	/** Every setting, empty by default: nothing that is not in the article is invented. */
	const DEFAULTS = array(
		'name'        => '',
		'phone'       => '',
		'website'     => '',
		'booking_url' => '',
		'hours'       => '',
		'timezone'    => '',
		'language'    => '',
		'data_layer'  => false,
	);

	/** Hooks the screen up. */
	public static function init() {
		add_action( 'admin_init', array( __CLASS__, 'register' ) );
		add_action( 'admin_menu', array( __CLASS__, 'menu' ) );
	}

	/**
	 * One saved value (the default when unset).
	 *
	 * @param string $key Setting.
	 * @return mixed
	 */
	public static function get( $key ) {
		$saved = get_option( self::OPTION, array() );
		$saved = is_array( $saved ) ? $saved : array();
		if ( isset( $saved[ $key ] ) ) {
			return $saved[ $key ];
		}
		return isset( self::DEFAULTS[ $key ] ) ? self::DEFAULTS[ $key ] : '';
	}

	/** The Settings API registration: one option, one section, one field per setting. */
	public static function register() {
		register_setting(
			self::PAGE,
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => self::DEFAULTS,
			)
		);
		add_settings_section( 'clinic', __( 'Your clinic', 'cramp-widgets' ), array( __CLASS__, 'section_intro' ), self::PAGE );
		$fields = array(
			'name'        => array( __( 'Clinic name', 'cramp-widgets' ), __( 'Empty: “Sheen Vein & Cosmetics”, as in the article.', 'cramp-widgets' ) ),
			'phone'       => array( __( 'Phone number', 'cramp-widgets' ), __( 'Ten digits (e.g. 314-842-1441) or + and a country code. Empty: the article’s number, 314-842-1441.', 'cramp-widgets' ) ),
			'website'     => array( __( 'Website', 'cramp-widgets' ), __( 'An https:// or http:// address, or a path on this site. Empty: the article’s website.', 'cramp-widgets' ) ),
			'booking_url' => array( __( 'Booking page', 'cramp-widgets' ), __( 'Where “Request a vein evaluation” leads. Empty: the website.', 'cramp-widgets' ) ),
			'hours'       => array( __( 'Opening hours', 'cramp-widgets' ), __( 'schema.org form, e.g. “Mo-Fr 08:00-17:00; Sa 09:00-12:00”. Empty: no hours are shown.', 'cramp-widgets' ) ),
			'timezone'    => array( __( 'Timezone of the hours', 'cramp-widgets' ), __( 'An IANA name, e.g. America/Chicago (the default).', 'cramp-widgets' ) ),
		);
		foreach ( $fields as $key => $labels ) {
			add_settings_field(
				$key,
				$labels[0],
				array( __CLASS__, 'text_field' ),
				self::PAGE,
				'clinic',
				array(
					'key'         => $key,
					'label_for'   => 'cramp-widgets-' . $key,
					'description' => $labels[1],
				)
			);
		}
		add_settings_section( 'widgets', __( 'Widgets', 'cramp-widgets' ), '__return_false', self::PAGE );
		add_settings_field( 'language', __( 'Language', 'cramp-widgets' ), array( __CLASS__, 'language_field' ), self::PAGE, 'widgets', array( 'label_for' => 'cramp-widgets-language' ) );
		add_settings_field( 'data_layer', __( 'Analytics', 'cramp-widgets' ), array( __CLASS__, 'data_layer_field' ), self::PAGE, 'widgets' );
	}

	/** Settings → Cramp widgets. */
	public static function menu() {
		add_options_page( __( 'Cramp widgets', 'cramp-widgets' ), __( 'Cramp widgets', 'cramp-widgets' ), 'manage_options', self::PAGE, array( __CLASS__, 'page' ) );
	}

	/** The screen. options.php checks the nonce and the capability on save. */
	public static function page() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
		echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
		settings_fields( self::PAGE );
		do_settings_sections( self::PAGE );
		submit_button();
		echo '</form></div>';
	}

	/** The clinic section's introduction. */
	public static function section_intro() {
		echo '<p>' . esc_html__( 'Every widget on the site shows these details. Leave a field empty to use the article’s.', 'cramp-widgets' ) . '</p>';
	}

	/**
	 * A text input.
	 *
	 * @param array $args Field arguments.
	 */
	public static function text_field( $args ) {
		$key = $args['key'];
		$id  = 'cramp-widgets-' . $key;
		$url = in_array( $key, array( 'website', 'booking_url' ), true );
		printf(
			'<input type="%1$s" id="%2$s" name="%3$s[%4$s]" value="%5$s" class="regular-text" aria-describedby="%2$s-description"%6$s>',
			$url ? 'url' : ( 'phone' === $key ? 'tel' : 'text' ),
			esc_attr( $id ),
			esc_attr( self::OPTION ),
			esc_attr( $key ),
			esc_attr( self::get( $key ) ),
			'timezone' === $key ? ' placeholder="America/Chicago"' : ''
		);
		echo '<p class="description" id="' . esc_attr( $id ) . '-description">' . esc_html( $args['description'] ) . '</p>';
	}

	/** Follow the site's language, or force English or Spanish. */
	public static function language_field() {
		$current = self::get( 'language' );
		$choices = array(
			''   => __( 'Follow the site’s language', 'cramp-widgets' ),
			'en' => __( 'Always English', 'cramp-widgets' ),
			'es' => __( 'Always Spanish', 'cramp-widgets' ),
		);
		echo '<select id="cramp-widgets-language" name="' . esc_attr( self::OPTION ) . '[language]">';
		foreach ( $choices as $value => $label ) {
			echo '<option value="' . esc_attr( $value ) . '"' . selected( $current, $value, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
	}

	/** The dataLayer opt-in. */
	public static function data_layer_field() {
		printf(
			'<label><input type="checkbox" name="%s[data_layer]" value="1"%s> %s</label><p class="description">%s</p>',
			esc_attr( self::OPTION ),
			checked( (bool) self::get( 'data_layer' ), true, false ),
			esc_html__( 'Send widget events to Google Tag Manager (window.dataLayer)', 'cramp-widgets' ),
			esc_html__( 'Off by default. Clicks and opened causes only: never a visitor’s answers.', 'cramp-widgets' )
		);
	}

	/**
	 * Validates a submitted form: each value by the widgets' rules; a refused one keeps its previous value.
	 *
	 * @param mixed $input Submitted values.
	 * @return array
	 */
	public static function sanitize( $input ) {
		$input    = is_array( $input ) ? $input : array();
		$previous = get_option( self::OPTION, array() );
		$previous = array_merge( self::DEFAULTS, is_array( $previous ) ? $previous : array() );
		$output   = $previous;
		$checks   = array(
			'name'        => array( array( 'Cramp_Widgets_Validate', 'text' ), __( 'The clinic name must be at most 120 characters.', 'cramp-widgets' ) ),
			'phone'       => array( array( 'Cramp_Widgets_Validate', 'phone' ), __( 'The phone number is not dialable: use 10 digits (e.g. 314-842-1441) or + and a country code.', 'cramp-widgets' ) ),
			'website'     => array( array( 'Cramp_Widgets_Validate', 'url' ), __( 'The website must be an https:// or http:// address or a path on this site.', 'cramp-widgets' ) ),
			'booking_url' => array( array( 'Cramp_Widgets_Validate', 'url' ), __( 'The booking page must be an https:// or http:// address or a path on this site.', 'cramp-widgets' ) ),
			'hours'       => array( array( 'Cramp_Widgets_Validate', 'hours' ), __( 'The opening hours are not in schema.org form (e.g. “Mo-Fr 08:00-17:00”).', 'cramp-widgets' ) ),
			'timezone'    => array( array( 'Cramp_Widgets_Validate', 'timezone' ), __( 'The timezone is not an IANA name (e.g. America/Chicago).', 'cramp-widgets' ) ),
		);
		foreach ( $checks as $key => $check ) {
			if ( ! array_key_exists( $key, $input ) ) {
				continue;
			}
			$raw = is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
			if ( '' === $raw ) {
				$output[ $key ] = '';
				continue;
			}
			$valid = call_user_func( $check[0], $raw );
			if ( null === $valid ) {
				/* translators: %s: the refused value. */
				add_settings_error( self::OPTION, 'invalid-' . $key, $check[1] . ' ' . sprintf( __( '“%s” was not saved.', 'cramp-widgets' ), esc_html( wp_html_excerpt( $raw, 80, '…' ) ) ) );
				continue;
			}
			// Stored as written, trimmed (phone) or cleaned (URLs, name, timezone), as the widgets read it.
			$output[ $key ] = is_array( $valid ) ? $raw : $valid;
		}
		$language             = isset( $input['language'] ) ? (string) $input['language'] : '';
		$output['language'] = in_array( $language, array( 'en', 'es' ), true ) ? $language : '';
		$output['data_layer'] = ! empty( $input['data_layer'] );
		return $output;
	}
}
