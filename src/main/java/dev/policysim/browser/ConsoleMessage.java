package dev.policysim.browser;

/**
 * The console lines Chromium prints when a request is blocked, word for word (checked against
 * Chromium 156): Blink's {@code GetErrorStringForConsoleMessage} for CORS errors, and the Fetch
 * API's own line for {@code mode: "same-origin"}.
 */
final class ConsoleMessage {

	private ConsoleMessage() {
	}

	/**
	 * {@code Access to fetch at 'URL' [(redirected from 'URL') ]from origin 'O' has been blocked by
	 * CORS policy: …}; the origin is the page's even when {@code Origin: null} was sent.
	 */
	static String corsBlocked(Initiator initiator, WebUrl initialUrl, WebUrl lastUrl, Origin page,
			CorsFailure failure) {
		StringBuilder line = new StringBuilder("Access to ").append(initiator.consoleKind())
			.append(" at '")
			.append(lastUrl.serialize())
			.append("' ");
		if (!initialUrl.equals(lastUrl)) {
			line.append("(redirected from '").append(initialUrl.serialize()).append("') ");
		}
		return line.append("from origin '")
			.append(page.serialize())
			.append("' has been blocked by CORS policy: ")
			.append(failure.error().consoleBody(failure.failedParameter(), initiator))
			.toString();
	}

	/** Blink refuses a cross-origin URL in {@code mode: "same-origin"} before any request. */
	static String sameOriginModeRefused(WebUrl url, Origin page) {
		return "Fetch API cannot load " + url.serialize()
				+ ". Request mode is \"same-origin\" but the URL's origin is not same as the request origin "
				+ page.serialize() + ".";
	}

}
