/**
 * The lint rules, one stateless class per problem, listed in order by
 * {@link dev.policysim.analysis.Rules}.
 */
@NullMarked
package dev.policysim.analysis.rule;

import org.jspecify.annotations.NullMarked;
