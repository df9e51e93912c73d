/**
 * Persistence of workspaces: every save is a new revision holding the workspace's APIOps file tree,
 * with file contents stored once by hash; plus the progress rows of background imports.
 */
@NullMarked
package dev.policysim.store;

import org.jspecify.annotations.NullMarked;
