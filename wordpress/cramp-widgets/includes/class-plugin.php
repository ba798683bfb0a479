<?php
/**
 * Blocks, shortcodes, the block category and the editor's assets.
 *
 * @package CrampWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers the widgets with WordPress. */
final class Cramp_Widgets_Plugin {

	/** The elements, each a block `cramp-widgets/<tag>` and a shortcode `[<tag with underscores>]`. */
	const TAGS = array( 'call-clinic', 'cramp-causes', 'vein-cta', 'clinic-services', 'cramp-article', 'cramp-check' );

	/** Hooks everything up. */
	public static function init() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_filter( 'block_categories_all', array( __CLASS__, 'category' ) );
		add_action( 'enqueue_block_assets', array( __CLASS__, 'editor_canvas_assets' ) );
	}

	/** Text domain, the editor script, the blocks (from block.json, rendered on the server) and the shortcodes. */
	public static function register() {
		load_plugin_textdomain( 'cramp-widgets', false, dirname( plugin_basename( CRAMP_WIDGETS_FILE ) ) . '/languages' );
		wp_register_script(
			'cramp-widgets-editor',
			plugins_url( 'editor.js', CRAMP_WIDGETS_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
			CRAMP_WIDGETS_VERSION,
			true
		);
		wp_add_inline_script(
			'cramp-widgets-editor',
			'window.crampWidgetsEditor = ' . wp_json_encode( array( 'clinic' => Cramp_Widgets_Render::element_clinic_attributes() ), Cramp_Widgets_Render::JSON_FLAGS ) . ';',
			'before'
		);
		wp_set_script_translations( 'cramp-widgets-editor', 'cramp-widgets', CRAMP_WIDGETS_DIR . '/languages' );
		foreach ( self::TAGS as $tag ) {
			register_block_type(
				CRAMP_WIDGETS_DIR . '/blocks/' . $tag,
				array(
					'render_callback' => static function ( $attributes ) use ( $tag ) {
						return Cramp_Widgets_Render::block( $tag, (array) $attributes );
					},
				)
			);
			add_shortcode(
				str_replace( '-', '_', $tag ),
				static function ( $attributes ) use ( $tag ) {
					return Cramp_Widgets_Render::shortcode( $tag, $attributes );
				}
			);
		}
	}

	/**
	 * One inserter category for the six blocks.
	 *
	 * @param array $categories Block categories.
	 * @return array
	 */
	public static function category( $categories ) {
		array_unshift(
			$categories,
			array(
				'slug'  => 'cramp-widgets',
				'title' => __( 'Leg cramps (clinic widgets)', 'cramp-widgets' ),
				'icon'  => null,
			)
		);
		return $categories;
	}

	/**
	 * The live widgets in the editor's canvas: enqueue_block_assets also reaches the editor's iframe.
	 * The classic bundle carries both languages and needs no module support from the editor.
	 */
	public static function editor_canvas_assets() {
		if ( is_admin() ) {
			wp_enqueue_script( 'cramp-widgets-editor-canvas', plugins_url( 'assets/cramp-widgets.iife.js', CRAMP_WIDGETS_FILE ), array(), CRAMP_WIDGETS_VERSION, true );
		}
	}
}
