/**
 * The effective-policy calculator: flattens the global, product, API and operation documents of
 * one request context into the policy that really runs, every element traced to its source.
 */
@NullMarked
package dev.policysim.effective;

import org.jspecify.annotations.NullMarked;
