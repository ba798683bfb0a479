<?php
/**
 * Removes everything the plugin stored: its one option.
 *
 * @package CrampWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'cramp_widgets' );
