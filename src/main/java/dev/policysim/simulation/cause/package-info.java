/**
 * Why a simulated request ended as it did: the chain of causes from what the browser shows to what
 * the gateway really did and the configuration behind it, each with its rule id (rules.md), the
 * source element at fault, the fix in words and, where the fix is mechanical, a patch.
 */
@NullMarked
package dev.policysim.simulation.cause;

import org.jspecify.annotations.NullMarked;
