package dev.policysim.gateway;

/** Where the gateway found the subscription key (gateway.md §4: header first, then query). */
public enum KeySource {

	HEADER, QUERY, NONE

}
