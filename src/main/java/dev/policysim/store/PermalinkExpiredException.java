package dev.policysim.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A permalink that existed but whose expiry has passed: pages and the API answer 410 Gone, so the
 * reader learns the link was real but is no longer kept (an unknown or purged id is a 404).
 */
public class PermalinkExpiredException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Instant expired;

	/**
	 * @param id the permalink's id
	 * @param expired when it expired
	 */
	public PermalinkExpiredException(String id, Instant expired) {
		super("The permalink " + id + " expired on " + expired + ".");
		this.expired = Objects.requireNonNull(expired, "expired");
	}

	/** When it expired. */
	public Instant expired() {
		return this.expired;
	}

}
