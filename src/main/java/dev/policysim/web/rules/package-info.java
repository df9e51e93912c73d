/**
 * The rule pages: what each lint rule and simulator cause detects, why it matters, a bad and a good
 * snippet and the fix, as {@code Rules.info} documents them.
 */
@NullMarked
package dev.policysim.web.rules;

import org.jspecify.annotations.NullMarked;
