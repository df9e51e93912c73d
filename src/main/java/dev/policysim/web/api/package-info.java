/**
 * The JSON API under {@code /api/v1} (formats.md §7): lint, effective policy, simulations and CORS
 * explanations for programs, stateless and without CSRF, with RFC 9457 problem details on errors
 * and an OpenAPI description at {@code /v3/api-docs}.
 */
@NullMarked
package dev.policysim.web.api;

import org.jspecify.annotations.NullMarked;
