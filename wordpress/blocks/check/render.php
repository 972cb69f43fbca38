<?php
/**
 * Front end of the check block: the <pinched-nerve-check> element, escaped in pnw_render_block().
 *
 * @package PinchedNerveWidgets
 * @var array $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

echo pnw_render_block( 'pinched-nerve-check', $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped inside.
