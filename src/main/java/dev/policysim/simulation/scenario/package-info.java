/**
 * Scenarios: the requests a simulation replays, read strictly from {@code scenario.json}
 * (formats.md §2) or from a HAR file that Chrome DevTools saved.
 */
@NullMarked
package dev.policysim.simulation.scenario;

import org.jspecify.annotations.NullMarked;
