<?php
/**
 * Front end of the card block: the <pinched-nerve-card> element, escaped in pnw_render_block().
 *
 * @package PinchedNerveWidgets
 * @var array $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

echo pnw_render_block( 'pinched-nerve-card', $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped inside.
