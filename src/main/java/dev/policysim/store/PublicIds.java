package dev.policysim.store;

import java.security.SecureRandom;

/**
 * Random public ids for links: 22 base62 characters (about 131 bits) from {@link SecureRandom}, so
 * an id can neither be guessed nor derived from another (formats.md §7 asks for at least 59 bits).
 */
final class PublicIds {

	static final int LENGTH = 22;

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final SecureRandom RANDOM = new SecureRandom();

	private PublicIds() {
	}

	static String next() {
		StringBuilder id = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

	/** Whether a text has the shape of an id, so malformed ids never reach the database. */
	static boolean isWellFormed(String candidate) {
		if (candidate.length() != LENGTH) {
			return false;
		}
		return candidate.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0);
	}

}
