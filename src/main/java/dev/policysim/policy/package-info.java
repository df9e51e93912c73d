/**
 * The policy model and its reader: APIM policy documents and fragments as immutable records,
 * each node carrying its line and column in the original file, read from APIM's "rawxml".
 */
@NullMarked
package dev.policysim.policy;

import org.jspecify.annotations.NullMarked;
