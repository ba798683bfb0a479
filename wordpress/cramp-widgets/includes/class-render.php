<?php
/**
 * Server rendering: each widget becomes its element tag with escaped attributes and the fallback
 * content (fallback.json, generated at build time from scripts/fallback-content.mjs, the same words
 * the snippets carry); the page gets the script and the settings block once, only when it holds a widget:
 * a page with one kind of widget gets that element's own file (assets/elements/), one with more the bundle.
 *
 * @package CrampWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Renders widgets and loads what they need. */
final class Cramp_Widgets_Render {

	/** `<`, `>`, `&`, quotes as \u escapes: `</script>` and `<!--` in a value cannot end the script block. */
	const JSON_FLAGS = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE;

	/** The article's clinic (src/clinic/clinic-details.ts ARTICLE_CLINIC): used when nothing is configured. */
	const ARTICLE_NAME    = 'Sheen Vein & Cosmetics';
	const ARTICLE_PHONE   = '314-842-1441';
	const ARTICLE_WEBSITE = 'https://www.sheenveinandcosmetics.com/';

	/** Attributes holding comma-separated ids (causes, sections). */
	const LIST_ATTRIBUTES = array( 'causes', 'open', 'hide' );

	/** Whether the settings block is planned for this page. */
	private static $enqueued = false;

	/** The kinds of widget this page holds so far (tag => true). */
	private static $tags = array();

	/** The templates (fallback.json, prerendered.json), read once each. */
	private static $templates = array();

	/**
	 * A block's markup.
	 *
	 * @param string $tag        Element tag.
	 * @param array  $attributes Block attributes (camelCase, as in block.json).
	 * @return string
	 */
	public static function block( $tag, $attributes ) {
		$wrapper = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : 'class="wp-block-cramp-widgets-' . esc_attr( $tag ) . '"';
		return self::element( $tag, $attributes, $wrapper );
	}

	/**
	 * A shortcode's markup. Attribute names may be written as on the element (`heading-level`), in
	 * snake case (`heading_level`) or as in the block (`headingLevel`); unknown ones are ignored.
	 *
	 * @param array|string $given Shortcode attributes.
	 * @param string       $tag   Element tag.
	 * @return string
	 */
	public static function shortcode( $tag, $given ) {
		$definitions = self::definitions( $tag );
		$names       = array();
		foreach ( array_keys( $definitions ) as $camel ) {
			$kebab                                 = self::kebab( $camel );
			$names[ strtolower( $camel ) ]         = $camel;
			$names[ $kebab ]                       = $camel;
			$names[ str_replace( '-', '_', $kebab ) ] = $camel;
		}
		$attributes = array();
		foreach ( (array) $given as $key => $value ) {
			if ( is_int( $key ) ) {
				// A bare name (`[call_clinic mobile-only]`) switches a boolean on.
				$key   = strtolower( (string) $value );
				$value = true;
			}
			$key = strtolower( (string) $key );
			if ( isset( $names[ $key ] ) ) {
				$attributes[ $names[ $key ] ] = $value;
			}
		}
		return self::element( $tag, $attributes, 'class="cramp-widgets-shortcode cramp-widgets-' . esc_attr( $tag ) . '"' );
	}

	/**
	 * The element inside a `<div>` (which keeps it out of `<p>` and inside the content column).
	 *
	 * @param string $tag        Element tag.
	 * @param array  $attributes camelCase attributes.
	 * @param string $wrapper    The wrapper's attributes, already escaped.
	 * @return string
	 */
	private static function element( $tag, $attributes, $wrapper ) {
		if ( ! in_array( $tag, Cramp_Widgets_Plugin::TAGS, true ) ) {
			return '';
		}
		self::enqueue( $tag );
		$html        = '';
		$definitions = self::definitions( $tag );
		foreach ( $definitions as $camel => $definition ) {
			if ( ! array_key_exists( $camel, $attributes ) ) {
				continue;
			}
			$value = self::clean( $camel, $definition, $attributes[ $camel ] );
			if ( true === $value ) {
				$html .= ' ' . self::kebab( $camel );
			} elseif ( is_string( $value ) && '' !== $value ) {
				$html .= ' ' . self::kebab( $camel ) . '="' . esc_attr( $value ) . '"';
			}
		}
		$locale = self::locale();
		$lang   = Cramp_Widgets_Settings::get( 'language' ) ? ' lang="' . esc_attr( $locale ) . '"' : '';
		// At its defaults the widget comes pre-rendered (Declarative Shadow DOM): its first paint is the
		// widget, not the fallback, and nothing moves when the script renders over it.
		$shadow = '' === $html ? self::template( 'prerendered', $tag, $locale ) : '';
		return '<div ' . $wrapper . $lang . '><' . $tag . $html . '>' . $shadow . self::template( 'fallback', $tag, $locale ) . '</' . $tag . '></div>';
	}

	/**
	 * One attribute's value as the element takes it, or null when it is invalid (the element then uses its default).
	 *
	 * @param string $name       camelCase name.
	 * @param array  $definition Its block.json definition.
	 * @param mixed  $value      Given value.
	 * @return string|bool|null
	 */
	private static function clean( $name, $definition, $value ) {
		$type = isset( $definition['type'] ) ? $definition['type'] : 'string';
		if ( 'boolean' === $type ) {
			if ( is_bool( $value ) ) {
				return $value;
			}
			return in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
		}
		if ( ! is_scalar( $value ) ) {
			return null;
		}
		$value = trim( (string) $value );
		if ( isset( $definition['enum'] ) ) {
			$value = strtolower( $value );
			return in_array( $value, $definition['enum'], true ) ? $value : null;
		}
		if ( 'Url' === substr( $name, -3 ) ) {
			return Cramp_Widgets_Validate::url( $value );
		}
		if ( in_array( $name, self::LIST_ATTRIBUTES, true ) ) {
			$value = strtolower( $value );
			return preg_match( '/^[a-z][a-z, ]{0,99}$/', $value ) ? $value : null;
		}
		return Cramp_Widgets_Validate::text( $value );
	}

	/**
	 * The attribute definitions from the block's block.json.
	 *
	 * @param string $tag Element tag.
	 * @return array
	 */
	private static function definitions( $tag ) {
		$type = WP_Block_Type_Registry::get_instance()->get_registered( 'cramp-widgets/' . $tag );
		return $type && is_array( $type->attributes ) ? array_diff_key( $type->attributes, array_flip( array( 'lock', 'metadata', 'className', 'style' ) ) ) : array();
	}

	/**
	 * `headingLevel` -> `heading-level`.
	 *
	 * @param string $camel camelCase name.
	 * @return string
	 */
	private static function kebab( $camel ) {
		return strtolower( preg_replace( '/[A-Z]/', '-$0', $camel ) );
	}

	/**
	 * The widgets' language: the one forced in the settings, else the site's (`es_ES`, `es_MX`… give Spanish).
	 *
	 * @return string `en` or `es`.
	 */
	public static function locale() {
		$forced = Cramp_Widgets_Settings::get( 'language' );
		if ( $forced ) {
			return $forced;
		}
		return 0 === strpos( strtolower( get_locale() ), 'es' ) ? 'es' : 'en';
	}

	/**
	 * The element's fallback (`$kind` `fallback`) or pre-rendered shadow tree (`prerendered`) in
	 * `$locale`, generated at build time by scripts/build-wordpress.mjs, with the configured clinic's
	 * name, phone and links filled in, escaped. Empty when the file or the template is missing.
	 *
	 * @param string $kind   `fallback` or `prerendered`.
	 * @param string $tag    Element tag.
	 * @param string $locale `en` or `es`.
	 * @return string
	 */
	private static function template( $kind, $tag, $locale ) {
		if ( ! isset( self::$templates[ $kind ] ) ) {
			$file                     = CRAMP_WIDGETS_DIR . '/' . $kind . '.json';
			$data                     = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
			self::$templates[ $kind ] = is_array( $data ) ? $data : array();
		}
		if ( ! isset( self::$templates[ $kind ][ $locale ][ $tag ] ) ) {
			return '';
		}
		$name    = Cramp_Widgets_Settings::get( 'name' );
		$phone   = Cramp_Widgets_Validate::phone( Cramp_Widgets_Settings::get( 'phone' ) );
		$phone   = $phone ? $phone : Cramp_Widgets_Validate::phone( self::ARTICLE_PHONE );
		$website = Cramp_Widgets_Validate::url( Cramp_Widgets_Settings::get( 'website' ) );
		$website = $website ? $website : self::ARTICLE_WEBSITE;
		$booking = Cramp_Widgets_Validate::url( Cramp_Widgets_Settings::get( 'booking_url' ) );
		$host    = wp_parse_url( $website, PHP_URL_HOST );
		return strtr(
			self::$templates[ $kind ][ $locale ][ $tag ],
			array(
				'{{tel}}'          => esc_attr( 'tel:' . $phone['e164'] ),
				'{{phone}}'        => esc_html( $phone['display'] ),
				'{{booking}}'      => esc_attr( $booking ? $booking : $website ),
				'{{website}}'      => esc_attr( $website ),
				'{{website_host}}' => esc_html( $host ? $host : $website ),
				'{{name}}'         => esc_html( '' !== $name ? $name : self::ARTICLE_NAME ),
			)
		);
	}

	/**
	 * The script for a page holding a `$tag` widget, and the settings block, once per page. On WordPress
	 * 6.5+ a script module: the element's own file while the page holds one kind of widget (it also
	 * defines the widgets it shows inside itself), the bundle of all six from two kinds on (smaller than
	 * two files, each with its own Lit). Modules print in the footer, after the content is rendered, so
	 * the last choice is the one printed. Before 6.5, the classic bundle.
	 *
	 * @param string $tag Element tag.
	 */
	public static function enqueue( $tag ) {
		if ( is_admin() ) {
			return;
		}
		$first              = self::$tags ? array_key_first( self::$tags ) : $tag;
		self::$tags[ $tag ] = true;
		if ( function_exists( 'wp_enqueue_script_module' ) && apply_filters( 'cramp_widgets_use_script_module', true ) ) {
			if ( 1 === count( self::$tags ) ) {
				wp_enqueue_script_module( 'cramp-widgets-' . $tag, plugins_url( 'assets/elements/' . $tag . '.js', CRAMP_WIDGETS_FILE ), array(), CRAMP_WIDGETS_VERSION );
			} else {
				wp_dequeue_script_module( 'cramp-widgets-' . $first );
				wp_enqueue_script_module( 'cramp-widgets', plugins_url( 'assets/cramp-widgets.js', CRAMP_WIDGETS_FILE ), array(), CRAMP_WIDGETS_VERSION );
			}
		} elseif ( ! self::$enqueued ) {
			wp_enqueue_script( 'cramp-widgets', plugins_url( 'assets/cramp-widgets.iife.js', CRAMP_WIDGETS_FILE ), array(), CRAMP_WIDGETS_VERSION, true );
		}
		if ( ! self::$enqueued ) {
			self::$enqueued = true;
			add_action( 'wp_footer', array( __CLASS__, 'print_settings' ), 1 );
		}
	}

	/** The page-wide settings block the widgets read (docs/configuration.md, "Page-wide settings"). */
	public static function print_settings() {
		$settings = self::page_settings();
		if ( ! $settings ) {
			return;
		}
		echo '<script type="application/json" data-cramp-settings>' . wp_json_encode( $settings, self::JSON_FLAGS ) . "</script>\n";
	}

	/**
	 * The saved settings in the widgets' page-settings keys; empty ones left out.
	 *
	 * @return array
	 */
	public static function page_settings() {
		$settings = array();
		$keys     = array(
			'name'        => 'name',
			'phone'       => 'phone',
			'website'     => 'website',
			'bookingUrl'  => 'booking_url',
			'hours'       => 'hours',
			'timezone'    => 'timezone',
			'locale'      => 'language',
		);
		foreach ( $keys as $key => $option ) {
			$value = Cramp_Widgets_Settings::get( $option );
			if ( '' !== $value ) {
				$settings[ $key ] = $value;
			}
		}
		if ( Cramp_Widgets_Settings::get( 'data_layer' ) ) {
			$settings['dataLayer'] = true;
		}
		return $settings;
	}

	/**
	 * The clinic's details as element attributes, for the live widgets in the editor (its canvas has no settings block).
	 *
	 * @return array
	 */
	public static function element_clinic_attributes() {
		$attributes = array();
		$keys       = array(
			'clinic-name' => 'name',
			'phone'       => 'phone',
			'website'     => 'website',
			'booking-url' => 'booking_url',
			'hours'       => 'hours',
			'timezone'    => 'timezone',
		);
		foreach ( $keys as $attribute => $option ) {
			$value = Cramp_Widgets_Settings::get( $option );
			if ( '' !== $value ) {
				$attributes[ $attribute ] = $value;
			}
		}
		return $attributes;
	}
}
