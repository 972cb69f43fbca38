<?php
/**
 * Router for `php -S`: files that exist are served as they are (PHP files run), everything
 * else goes to WordPress's index.php, as Apache's rewrite rules would send it.
 */
$root = $_SERVER['DOCUMENT_ROOT'];
$path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$file = $root . $path;
if ( '/' !== $path && file_exists( $file ) ) {
	if ( ! is_dir( $file ) || file_exists( rtrim( $file, '/' ) . '/index.php' ) ) {
		return false;
	}
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
require $root . '/index.php';
