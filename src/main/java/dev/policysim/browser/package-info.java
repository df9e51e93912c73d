/**
 * The simulated browser: what Chromium does with a cross-origin {@code fetch} or
 * {@code XMLHttpRequest} — preflight, CORS checks, the preflight cache, the console line and the
 * headers script may read — checked against a real Chromium by the differential test suite.
 */
@NullMarked
package dev.policysim.browser;

import org.jspecify.annotations.NullMarked;
