/**
 * The policy expressions the simulator evaluates: a tokenizer and a recursive-descent parser for
 * the documented subset of C# (gateway.md §7), compiled once into a tree that evaluates itself
 * against a request's context; anything outside the subset is refused with a reason, never thrown.
 */
@NullMarked
package dev.policysim.gateway.expression;

import org.jspecify.annotations.NullMarked;
