<?php
/**
 * Front end of the symptoms block: the <pinched-nerve-symptoms> element, escaped in pnw_render_block().
 *
 * @package PinchedNerveWidgets
 * @var array $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

echo pnw_render_block( 'pinched-nerve-symptoms', $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped inside.
