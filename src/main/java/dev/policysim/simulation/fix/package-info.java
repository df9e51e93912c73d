/**
 * Mechanical fixes as patches to a workspace's policy files: edits made on the original text (so
 * the author's formatting and comments stay), rendered as unified diffs that {@code git apply}
 * takes and as the patched text, ready to apply and simulate again.
 */
@NullMarked
package dev.policysim.simulation.fix;

import org.jspecify.annotations.NullMarked;
