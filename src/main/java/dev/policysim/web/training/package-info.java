/**
 * Training: the samples as a gallery of exercises, each a fresh workspace copy with its goal,
 * progressive hints and a check that runs the scenario through the simulator.
 */
@NullMarked
package dev.policysim.web.training;

import org.jspecify.annotations.NullMarked;
