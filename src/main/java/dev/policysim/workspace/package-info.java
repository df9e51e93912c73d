/**
 * A workspace: the policies of one API Management instance with the products, APIs, operations,
 * fragments, named values and subscriptions they refer to, loaded from an APIOps extractor folder
 * or zip.
 */
@NullMarked
package dev.policysim.workspace;

import org.jspecify.annotations.NullMarked;
