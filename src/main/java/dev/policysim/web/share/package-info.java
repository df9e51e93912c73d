/**
 * The pages that share and explain: permalinks ({@code /s/{id}}, read-only, with fork), the explain
 * page for headers copied from DevTools, and the simulation runs both the pages and the JSON API use.
 */
@NullMarked
package dev.policysim.web.share;

import org.jspecify.annotations.NullMarked;
