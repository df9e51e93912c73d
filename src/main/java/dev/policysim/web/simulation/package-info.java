/**
 * The simulation pages: the scenario editor (table, JSON and HAR upload), the run with its
 * server-drawn sequence diagrams, traces and causes, and applying a cause's patches as a revision.
 */
@NullMarked
package dev.policysim.web.simulation;

import org.jspecify.annotations.NullMarked;
