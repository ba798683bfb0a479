<?php
/**
 * The clinic details' validation rules, the same as the widgets' (src/clinic/phone.ts, safe-url.ts,
 * opening-hours.ts, clinic-details.ts). tests/fixtures/clinic-vectors.json holds inputs with the
 * expected answers; the JavaScript tests and wordpress/tests/vectors.php both run them, so the two
 * implementations cannot drift apart unnoticed.
 *
 * Every method returns the cleaned value, or null when the input is invalid (or empty).
 *
 * @package CrampWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Validation of clinic details, by the widgets' rules. */
final class Cramp_Widgets_Validate {

	/** Longest name the widgets accept (clinic-details.ts). */
	const MAX_TEXT_LENGTH = 120;

	/** Longest phone input (phone.ts). */
	const MAX_PHONE_LENGTH = 40;

	/** Longest URL (safe-url.ts). */
	const MAX_URL_LENGTH = 2048;

	/** Longest opening-hours text (opening-hours.ts). */
	const MAX_HOURS_LENGTH = 300;

	/** Assigned country calling codes; a copy of src/clinic/country-codes.ts (checked by the shared vectors). */
	const COUNTRY_CODES = '/^(?:[17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|21[1-368]|2[2-4]\d|25[0-8]|26\d|29[017-9]|35\d|37[0-8]|38[0-35-79]|42[013]|5[09]\d|67[02-9]|68[0-35-9]|69[0-2]|80[08]|85[02356]|87[08]|88[0-368]|96[0-8]|97[0-79]|99[2-68])/';

	/**
	 * A name: whitespace collapsed, at most 120 characters.
	 *
	 * @param mixed $input Raw value.
	 * @return string|null
	 */
	public static function text( $input ) {
		if ( ! is_scalar( $input ) ) {
			return null;
		}
		$text = trim( (string) preg_replace( '/\s+/u', ' ', (string) $input ) );
		if ( '' === $text || ! self::is_utf8( $text ) || self::length( $text ) > self::MAX_TEXT_LENGTH ) {
			return null;
		}
		return $text;
	}

	/**
	 * A dialable phone number (phone.ts parsePhone).
	 *
	 * @param mixed $input Raw value.
	 * @return array{e164: string, display: string}|null
	 */
	public static function phone( $input ) {
		if ( ! is_scalar( $input ) ) {
			return null;
		}
		$raw = trim( (string) $input );
		if ( '' === $raw || strlen( $raw ) > self::MAX_PHONE_LENGTH ) {
			return null;
		}
		if ( ! preg_match( '/^\+?[\d\s().\-\/]+$/', $raw ) ) {
			return null;
		}
		$digits        = preg_replace( '/\D/', '', $raw );
		$international = '+' === $raw[0];
		if ( ! $international || '1' === substr( $digits, 0, 1 ) ) {
			$national = ( 11 === strlen( $digits ) && '1' === $digits[0] ) ? substr( $digits, 1 ) : $digits;
			if ( ! preg_match( '/^[2-9]\d{2}[2-9]\d{6}$/', $national ) || preg_match( '/^\d11|^\d{4}11/', $national ) ) {
				return null;
			}
			return array(
				'e164'    => '+1' . $national,
				'display' => substr( $national, 0, 3 ) . '-' . substr( $national, 3, 3 ) . '-' . substr( $national, 6 ),
			);
		}
		$count = strlen( $digits );
		if ( $count < 8 || $count > 15 || ! preg_match( self::COUNTRY_CODES, $digits ) ) {
			return null;
		}
		return array(
			'e164'    => '+' . $digits,
			'display' => preg_replace( '/\s+/', ' ', $raw ),
		);
	}

	/**
	 * A URL safe in an href: https, http or relative (safe-url.ts toSafeUrl). Absolute URLs come back
	 * with a lower-case scheme and host and at least a "/" path, as the browser's parser writes them.
	 *
	 * @param mixed $input Raw value.
	 * @return string|null
	 */
	public static function url( $input ) {
		if ( ! is_scalar( $input ) ) {
			return null;
		}
		// The URL parser strips leading/trailing C0 controls and spaces and removes tabs and newlines.
		$cleaned = preg_replace( '/^[\x00-\x20]+|[\x00-\x20]+$/', '', (string) $input );
		$cleaned = str_replace( array( "\t", "\n", "\r" ), '', $cleaned );
		if ( '' === $cleaned || strlen( $cleaned ) > self::MAX_URL_LENGTH || ! self::is_utf8( $cleaned ) ) {
			return null;
		}
		if ( preg_match( '/^www\./i', $cleaned ) ) {
			return self::url( 'https://' . $cleaned );
		}
		if ( ! preg_match( '/^([a-z][a-z\d+.\-]*):/i', $cleaned, $match ) ) {
			// Relative: the browser resolves it against the page; nothing in it can change the scheme.
			return preg_match( '/[\x00-\x1f\x7f]/', $cleaned ) ? null : $cleaned;
		}
		$scheme = strtolower( $match[1] );
		if ( 'https' !== $scheme && 'http' !== $scheme ) {
			return null;
		}
		// With a scheme the URL must stand on its own: "https:evil.example" has no "//host".
		$rest = substr( $cleaned, strlen( $match[0] ) );
		$rest = str_replace( '\\', '/', $rest );
		if ( ! preg_match( '#^/*([^/?\#]*)(.*)$#s', $rest, $parts ) ) {
			return null;
		}
		$authority = $parts[1];
		$tail      = $parts[2];
		$at        = strrpos( $authority, '@' );
		$userinfo  = false === $at ? '' : substr( $authority, 0, $at + 1 );
		$hostport  = false === $at ? $authority : substr( $authority, $at + 1 );
		if ( ! preg_match( '/^(\[[0-9a-f:.]+\]|[^:\[\]]+)(?::(\d*))?$/i', $hostport, $hp ) ) {
			return null;
		}
		$host = strtolower( $hp[1] );
		if ( '' === $host || ( '[' !== $host[0] && preg_match( '/[\x00-\x20#%\/:<>?@\[\]\\\\^|]/', $host ) ) ) {
			return null;
		}
		$port = isset( $hp[2] ) ? $hp[2] : '';
		if ( '' !== $port && (int) $port > 65535 ) {
			return null;
		}
		$default_port = 'https' === $scheme ? '443' : '80';
		$port         = ( '' === $port || ltrim( $port, '0' ) === $default_port ) ? '' : ':' . ltrim( $port, '0' );
		if ( '' === $tail || '?' === $tail[0] || '#' === $tail[0] ) {
			$tail = '/' . $tail;
		}
		$tail = preg_replace_callback(
			'/[\x00-\x20"<>`\x7f-\xff]/',
			static function ( $c ) {
				return '%' . strtoupper( bin2hex( $c[0] ) );
			},
			$tail
		);
		return $scheme . '://' . $userinfo . $host . $port . $tail;
	}

	/**
	 * An IANA timezone name (as Intl.DateTimeFormat accepts it), written the canonical way.
	 *
	 * @param mixed $input Raw value.
	 * @return string|null
	 */
	public static function timezone( $input ) {
		$name = self::text( $input );
		if ( null === $name || ! preg_match( '#^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$#', $name ) ) {
			return null;
		}
		foreach ( timezone_identifiers_list( DateTimeZone::ALL_WITH_BC ) as $known ) {
			if ( 0 === strcasecmp( $known, $name ) ) {
				return $known;
			}
		}
		return null;
	}

	/**
	 * Opening hours in schema.org form, e.g. "Mo-Fr 08:00-17:00" (opening-hours.ts). Returns the text
	 * as given (trimmed) when every part of it can be read.
	 *
	 * @param mixed $input Raw value.
	 * @return string|null
	 */
	public static function hours( $input ) {
		if ( ! is_scalar( $input ) ) {
			return null;
		}
		$text = trim( (string) $input );
		if ( '' === $text || strlen( $text ) > self::MAX_HOURS_LENGTH ) {
			return null;
		}
		$day   = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
		$time  = '\d{1,2}:\d{2}';
		$range = $time . '\s*-\s*' . $time;
		$rule  = '/(' . $day . '(?:\s*[-,]\s*' . $day . ')*)?\s*(' . $range . '(?:\s*,\s*' . $range . ')*)/';
		if ( ! preg_match_all( $rule, $text, $matches, PREG_SET_ORDER ) ) {
			return null;
		}
		$codes = array( 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su' );
		foreach ( $matches as $match ) {
			$spec = isset( $match[1] ) ? preg_replace( '/\s+/', '', $match[1] ) : '';
			if ( '' !== $spec ) {
				foreach ( explode( ',', $spec ) as $part ) {
					$ends = explode( '-', $part );
					foreach ( $ends as $code ) {
						if ( ! in_array( $code, $codes, true ) ) {
							return null;
						}
					}
				}
			}
			foreach ( explode( ',', $match[2] ) as $period ) {
				$times = array_map( 'trim', explode( '-', $period ) );
				$start = self::minutes( $times[0] );
				$end   = self::minutes( $times[1] );
				if ( null === $start || null === $end || $start === $end ) {
					return null;
				}
			}
		}
		// Everything that is not a rule must be a separator; otherwise part of the text was not understood.
		if ( '' !== preg_replace( '/[\s,;]/', '', preg_replace( $rule, '', $text ) ) ) {
			return null;
		}
		return $text;
	}

	/**
	 * Minutes after midnight of "HH:MM", or null.
	 *
	 * @param string $text Time.
	 * @return int|null
	 */
	private static function minutes( $text ) {
		list( $h, $m ) = array_map( 'intval', explode( ':', $text ) );
		if ( $h > 24 || $m > 59 || ( 24 === $h && 0 !== $m ) ) {
			return null;
		}
		return $h * 60 + $m;
	}

	/**
	 * True for well-formed UTF-8 (a lone surrogate cannot be encoded in UTF-8 at all).
	 *
	 * @param string $text Text.
	 * @return bool
	 */
	private static function is_utf8( $text ) {
		return 1 === preg_match( '//u', $text );
	}

	/**
	 * Length in UTF-16 code units, as JavaScript counts it.
	 *
	 * @param string $text UTF-8 text.
	 * @return int
	 */
	private static function length( $text ) {
		$length = 0;
		foreach ( (array) preg_split( '//u', $text, -1, PREG_SPLIT_NO_EMPTY ) as $char ) {
			$length += 4 === strlen( $char ) ? 2 : 1;
		}
		return $length;
	}
}
