/**
 * Replays a scenario through the simulated browser and gateway, and explains each outcome: what
 * the browser shows, what the gateway really did, the causes with their rule ids and fixes.
 */
@NullMarked
package dev.policysim.simulation;

import org.jspecify.annotations.NullMarked;
