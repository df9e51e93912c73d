/**
 * The simulated API Management gateway: matches a request to an API and operation, resolves the
 * subscription key and product context, and runs the effective policy section by section, writing
 * every decision into a trace.
 */
@NullMarked
package dev.policysim.gateway;

import org.jspecify.annotations.NullMarked;
