/**
 * HTTP message values shared by the simulated browser and the simulated gateway: headers that
 * keep order, case and repeated lines, requests and responses.
 */
@NullMarked
package dev.policysim.http;

import org.jspecify.annotations.NullMarked;
