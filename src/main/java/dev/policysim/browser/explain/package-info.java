/**
 * {@code explain}: recorded request and response headers in (formats.md §4), the browser model's
 * verdict out, as JSON or text.
 */
@NullMarked
package dev.policysim.browser.explain;

import org.jspecify.annotations.NullMarked;
