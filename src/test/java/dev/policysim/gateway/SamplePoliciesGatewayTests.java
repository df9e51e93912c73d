package dev.policysim.gateway;

import java.util.Map;
import java.util.Optional;

import dev.policysim.http.HttpResponse;
import org.junit.jupiter.api.Test;

import static dev.policysim.gateway.Requests.PORTAL;
import static dev.policysim.gateway.Requests.at;
import static dev.policysim.gateway.Requests.preflight;
import static dev.policysim.gateway.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each sample workspace's requests, sent straight to the gateway as the browser would send them
 * (the preflight, then the actual request), give what the sample's README says the gateway
 * answers: status, the CORS headers that decide the browser's verdict, and who answered.
 */
class SamplePoliciesGatewayTests {

	private static final String FABRIKAM = "https://www.fabrikam.com";

	private static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";

	private static Gateway gateway(String sample) {
		return new Gateway(SampleWorkspaces.load(sample), GatewayProfile.DEFAULT, Map.of());
	}

	private static Optional<String> header(GatewayExchange exchange, String name) {
		return exchange.response().headers().get(name);
	}

	@Test
	void healthyReferenceAnswersThePreflightAndKeepsCorsHeadersOnTheStarter429() {
		Gateway gateway = gateway("00-healthy-reference");
		GatewayExchange preflight = gateway.handle(
				preflight("/orders/42", PORTAL, "GET", "ocp-apim-subscription-key"), MockBackend.DEFAULT, at(0));
		assertThat(preflight.answeredBy()).isEqualTo(Responder.CORS_PREFLIGHT);
		assertThat(preflight.response().status()).isEqualTo(200);
		assertThat(header(preflight, "Access-Control-Allow-Origin")).contains(PORTAL);
		assertThat(header(preflight, "Access-Control-Allow-Methods")).contains("GET,POST,DELETE");
		assertThat(header(preflight, "Access-Control-Max-Age")).contains("300");
		for (int call = 0; call < 5; call++) {
			GatewayExchange ok = gateway.handle(request("GET", "/orders/42", "Origin", PORTAL, KEY_HEADER, "starter-key"),
					MockBackend.DEFAULT, at(call));
			assertThat(ok.answeredBy()).isEqualTo(Responder.BACKEND);
			assertThat(header(ok, "Access-Control-Allow-Origin")).contains(PORTAL);
		}
		GatewayExchange limited = gateway.handle(request("GET", "/orders/42", "Origin", PORTAL, KEY_HEADER, "starter-key"),
				MockBackend.DEFAULT, at(5));
		HttpResponse response = limited.response();
		assertThat(response.status()).isEqualTo(429);
		assertThat(response.body()).isEqualTo(
				"{ \"statusCode\": 429, \"message\": \"Rate limit is exceeded. Try again in 55 seconds.\" }");
		assertThat(response.headers().get("Retry-After")).contains("55");
		assertThat(response.headers().get("Access-Control-Allow-Origin")).contains(PORTAL);
		assertThat(limited.failure()).hasValueSatisfying((failure) -> assertThat(failure.corsRanBefore()).isTrue());
	}

}
