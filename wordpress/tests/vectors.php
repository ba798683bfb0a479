<?php
/**
 * Runs the shared clinic-detail vectors (tests/fixtures/clinic-vectors.json) through the plugin's PHP
 * validator, as the JavaScript tests run them through the widgets' own. Prints one line
 * "N passed, N failed"; exits 1 on any failure. Usage: php wordpress/tests/vectors.php
 *
 * @package CrampWidgets
 */

define( 'ABSPATH', __DIR__ . '/' );
require __DIR__ . '/../cramp-widgets/includes/class-validate.php';

$vectors = json_decode( (string) file_get_contents( __DIR__ . '/../../tests/fixtures/clinic-vectors.json' ), true );
$passed  = 0;
$failed  = 0;
$check   = static function ( $kind, $input, $expected, $actual ) use ( &$passed, &$failed ) {
	if ( $expected === $actual ) {
		++$passed;
		return;
	}
	++$failed;
	fwrite( STDERR, sprintf( "FAIL %s %s: expected %s, got %s\n", $kind, json_encode( $input ), json_encode( $expected ), json_encode( $actual ) ) );
};
foreach ( $vectors['phone'] as list( $input, $expected ) ) {
	$check( 'phone', $input, $expected, Cramp_Widgets_Validate::phone( $input ) );
}
foreach ( $vectors['url'] as list( $input, $expected ) ) {
	$check( 'url', $input, $expected, Cramp_Widgets_Validate::url( $input ) );
}
foreach ( $vectors['hours'] as list( $input, $valid ) ) {
	$check( 'hours', $input, $valid, null !== Cramp_Widgets_Validate::hours( $input ) );
}
foreach ( $vectors['timezone'] as list( $input, $valid ) ) {
	$check( 'timezone', $input, $valid, null !== Cramp_Widgets_Validate::timezone( $input ) );
}
foreach ( $vectors['name'] as list( $input, $expected ) ) {
	$check( 'name', $input, $expected, Cramp_Widgets_Validate::text( $input ) );
}
echo "PHP validation vectors: {$passed} passed, {$failed} failed\n";
echo "{$passed} passed, {$failed} failed\n";
exit( $failed ? 1 : 0 );
