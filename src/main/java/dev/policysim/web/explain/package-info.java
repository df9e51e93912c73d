/**
 * The explain page: headers pasted from DevTools, or a HAR, run through the browser model for its
 * verdict, console line and fix.
 */
@NullMarked
package dev.policysim.web.explain;

import org.jspecify.annotations.NullMarked;
