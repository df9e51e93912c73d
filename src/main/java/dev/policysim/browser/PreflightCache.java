package dev.policysim.browser;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chromium's preflight cache ({@code network::cors::PreflightCache}): one entry per page origin and
 * URL, replaced by every new successful preflight, valid until its max-age runs out. An entry lets
 * a request skip the preflight only when it allows the whole request — credentials, method and
 * every header, with {@code *} never covering {@code Authorization} — otherwise it is dropped and
 * a new preflight is sent. Time comes from the caller, so a simulation can run on its own clock.
 */
public final class PreflightCache {

	/** Chromium does not cache preflights for URLs this long or longer. */
	static final int MAX_URL_LENGTH = 1024;

	private final Map<Key, Entry> entries = new HashMap<>();

	/**
	 * Whether a request may skip its preflight at the given time. A stale or insufficient entry is
	 * removed, as Chromium does.
	 * @param page the page origin
	 * @param url the request URL
	 * @param include whether the credentials mode is include
	 * @param method the method as sent
	 * @param unsafeNames the request's non-safelisted header names
	 * @param now the current time on the caller's clock
	 * @return {@code true} when a cached result covers the request
	 */
	public boolean covers(Origin page, WebUrl url, boolean include, RequestMethod method, List<String> unsafeNames,
			Instant now) {
		Key key = new Key(page, url.serialize());
		Entry entry = this.entries.get(key);
		if (entry == null) {
			return false;
		}
		boolean fresh = now.isBefore(entry.expiry());
		PreflightResult result = entry.result();
		boolean sufficient = (result.credentials() || !include) && result.checkMethod(method).isEmpty()
				&& result.checkHeaders(unsafeNames, true).isEmpty();
		if (fresh && sufficient) {
			return true;
		}
		this.entries.remove(key);
		return false;
	}

	/**
	 * Keeps a successful preflight's result; a max-age of 0 keeps nothing useful.
	 * @param page the page origin
	 * @param url the request URL
	 * @param result the parsed preflight result
	 * @param now the time the preflight response arrived
	 */
	public void store(Origin page, WebUrl url, PreflightResult result, Instant now) {
		String spec = url.serialize();
		if (spec.length() >= MAX_URL_LENGTH) {
			return;
		}
		this.entries.put(new Key(page, spec), new Entry(result, now.plus(result.maxAge())));
	}

	private record Key(Origin page, String url) {
	}

	private record Entry(PreflightResult result, Instant expiry) {
	}

}
