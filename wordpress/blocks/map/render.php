<?php
/**
 * Front end of the map block: the <pinched-nerve-map> element, escaped in pnw_render_block().
 *
 * @package PinchedNerveWidgets
 * @var array $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

echo pnw_render_block( 'pinched-nerve-map', $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped inside.
