/**
 * The static analyzer: rules that read every effective policy of a workspace and report each
 * problem once, at the source element that causes it, with the contexts where it bites.
 */
@NullMarked
package dev.policysim.analysis;

import org.jspecify.annotations.NullMarked;
