package dev.policysim.browser;

import java.util.Map;
import java.util.Optional;

/**
 * What Chromium showed for one request: the script's result, the DevTools protocol's
 * {@code Network.loadingFailed} and the console line.
 *
 * @param delivered whether the script got a response
 * @param status the status the script read; empty when blocked
 * @param scriptError the exception or event the script got; empty when delivered
 * @param readable the response headers the script could read, names lower-cased
 * @param corsError {@code corsErrorStatus.corsError}; empty when none
 * @param failedParameter {@code corsErrorStatus.failedParameter}; empty when none
 * @param networkError {@code errorText} of {@code Network.loadingFailed}; empty when none
 * @param console the CORS (or Fetch API) console line; empty when none
 */
record ChromiumObservation(boolean delivered, Optional<Integer> status, Optional<String> scriptError,
		Map<String, String> readable, Optional<String> corsError, Optional<String> failedParameter,
		Optional<String> networkError, Optional<String> console) {

}
