/**
 * The command line adapter: {@code lint}, {@code effective}, {@code simulate} and {@code explain}
 * over the domain core, with the exit codes of formats.md §6. Never starts Spring.
 */
@NullMarked
package dev.policysim.cli;

import org.jspecify.annotations.NullMarked;
