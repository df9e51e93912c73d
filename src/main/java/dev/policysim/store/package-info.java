/**
 * Persistence of workspaces: every save is a new revision holding the workspace's APIOps file tree,
 * with file contents stored once by hash; the progress rows of background imports; and permalinks,
 * immutable snapshots of a simulation.
 */
@NullMarked
package dev.policysim.store;

import org.jspecify.annotations.NullMarked;
