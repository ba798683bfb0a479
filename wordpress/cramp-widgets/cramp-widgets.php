<?php
/**
 * Plugin Name:       Cramp widgets
 * Description:       Blocks and shortcodes with Sheen Vein & Cosmetics' article on night-time leg cramps: its causes, a self-check, the clinic's services and calls to action, with the clinic's details set once under Settings.
 * Version:           0.1.0
 * Requires at least: 6.2
 * Requires PHP:      7.4
 * Author:            cramp-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       cramp-widgets
 * Domain Path:       /languages
 *
 * @package CrampWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'CRAMP_WIDGETS_VERSION', '0.1.0' );
define( 'CRAMP_WIDGETS_FILE', __FILE__ );
define( 'CRAMP_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/class-validate.php';
require_once __DIR__ . '/includes/class-settings.php';
require_once __DIR__ . '/includes/class-render.php';
require_once __DIR__ . '/includes/class-plugin.php';

Cramp_Widgets_Plugin::init();
Cramp_Widgets_Settings::init();
