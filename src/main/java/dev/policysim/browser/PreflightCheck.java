package dev.policysim.browser;

import java.util.List;
import java.util.Optional;

import dev.policysim.http.HttpResponse;

/**
 * The checks on a preflight response, in Chromium's order ({@code PreflightController}): a
 * redirect fails; then the CORS check on ACAO/ACAC with the actual request's credentials mode;
 * only then the status (200-299) — so a 401 or 429 without ACAO reports the missing header, not
 * the status; then the allow lists must parse; then the method and every header must be allowed.
 */
final class PreflightCheck {

	private PreflightCheck() {
	}

	static PreflightResult.Parsed check(HttpResponse response, String origin, boolean include, RequestMethod method,
			List<String> unsafeNames) {
		if (response.redirectLocation().isPresent()) {
			return PreflightResult.Parsed.failed(CorsError.PREFLIGHT_DISALLOWED_REDIRECT);
		}
		Optional<CorsFailure> access = AllowOriginCheck.check(response.headers(), origin, include);
		if (access.isPresent()) {
			return new PreflightResult.Parsed(Optional.empty(), Optional.of(access.get().onPreflight()));
		}
		if (response.status() < 200 || response.status() > 299) {
			return PreflightResult.Parsed.failed(CorsError.PREFLIGHT_INVALID_STATUS);
		}
		PreflightResult.Parsed parsed = PreflightResult.parse(response.headers(), include);
		if (parsed.result().isEmpty()) {
			return parsed;
		}
		PreflightResult result = parsed.result().get();
		Optional<CorsFailure> refused = result.checkMethod(method).or(() -> result.checkHeaders(unsafeNames, false));
		return refused.isPresent() ? new PreflightResult.Parsed(Optional.empty(), refused) : parsed;
	}

}
