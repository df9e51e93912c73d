package dev.policysim.simulation.scenario;

import java.time.Duration;

import dev.policysim.browser.CredentialsMode;
import dev.policysim.browser.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A HAR file saved by Chrome DevTools, turned into a scenario of the script's requests to the gateway. */
class HarReaderTests {

	private static final String HAR = """
			{ "log": { "version": "1.2", "creator": { "name": "WebInspector", "version": "537.36" },
			  "pages": [ { "startedDateTime": "2026-03-01T10:00:00.000Z", "id": "page_1",
			               "title": "https://portal.contoso.com/orders", "pageTimings": {} } ],
			  "entries": [
			    { "_resourceType": "document", "pageref": "page_1", "startedDateTime": "2026-03-01T10:00:00.000Z",
			      "request": { "method": "GET", "url": "https://portal.contoso.com/orders", "headers": [] }, "response": {} },
			    { "_resourceType": "preflight", "pageref": "page_1", "startedDateTime": "2026-03-01T10:00:01.000Z",
			      "request": { "method": "OPTIONS", "url": "https://contoso.azure-api.net/orders/42",
			        "headers": [ { "name": "Access-Control-Request-Method", "value": "GET" },
			                     { "name": "Origin", "value": "https://portal.contoso.com" } ] }, "response": {} },
			    { "_resourceType": "fetch", "pageref": "page_1", "startedDateTime": "2026-03-01T10:00:01.250Z",
			      "request": { "method": "GET", "url": "https://contoso.azure-api.net/orders/42", "httpVersion": "h2",
			        "headers": [ { "name": ":authority", "value": "contoso.azure-api.net" },
			                     { "name": "accept", "value": "application/json" },
			                     { "name": "accept-encoding", "value": "gzip, deflate, br" },
			                     { "name": "ocp-apim-subscription-key", "value": "starter-key" },
			                     { "name": "origin", "value": "https://portal.contoso.com" },
			                     { "name": "priority", "value": "u=1, i" },
			                     { "name": "referer", "value": "https://portal.contoso.com/" },
			                     { "name": "sec-fetch-mode", "value": "cors" },
			                     { "name": "user-agent", "value": "Mozilla/5.0" } ],
			        "cookies": [] }, "response": {} },
			    { "_resourceType": "image", "pageref": "page_1", "startedDateTime": "2026-03-01T10:00:02.000Z",
			      "request": { "method": "GET", "url": "https://contoso.azure-api.net/logo.png", "headers": [] }, "response": {} },
			    { "_resourceType": "xhr", "pageref": "page_1", "startedDateTime": "2026-03-01T10:00:03.000Z",
			      "request": { "method": "GET", "url": "https://cdn.contoso.com/config.json", "headers": [] }, "response": {} },
			    { "_resourceType": "xhr", "pageref": "page_1", "startedDateTime": "2026-03-01T10:00:04.500Z",
			      "request": { "method": "POST", "url": "https://contoso.azure-api.net/orders",
			        "headers": [ { "name": "Content-Type", "value": "application/json" },
			                     { "name": "Referer", "value": "https://staging.portal.contoso.com/cart" },
			                     { "name": "Cookie", "value": "session=1" } ],
			        "cookies": [ { "name": "session", "value": "1" } ],
			        "postData": { "mimeType": "application/json", "text": "{\\"sku\\": 1}" } }, "response": {} }
			] } }
			""";

	private final HarReader reader = new HarReader();

	@Test
	void replaysTheScriptsRequestsToTheGateway() {
		Scenario scenario = this.reader.read(HAR);

		assertThat(scenario.gateway()).isEqualTo(Origin.parse("https://contoso.azure-api.net"));
		assertThat(scenario.name()).isEqualTo("HAR: https://portal.contoso.com/orders");
		assertThat(scenario.requests()).hasSize(2);
		ScenarioRequest get = scenario.requests().get(0);
		assertThat(get.page()).isEqualTo(Origin.parse("https://portal.contoso.com"));
		assertThat(get.method()).isEqualTo("GET");
		assertThat(get.url()).isEqualTo("https://contoso.azure-api.net/orders/42");
		assertThat(get.headers().names()).as("the headers the browser adds itself are dropped")
			.containsExactly("accept", "ocp-apim-subscription-key");
		assertThat(get.credentials()).isEqualTo(CredentialsMode.SAME_ORIGIN);
		assertThat(get.at()).isEqualTo(Duration.ZERO);
		ScenarioRequest post = scenario.requests().get(1);
		assertThat(post.page()).as("from the Referer when there is no Origin")
			.isEqualTo(Origin.parse("https://staging.portal.contoso.com"));
		assertThat(post.body()).isEqualTo("{\"sku\": 1}");
		assertThat(post.credentials()).as("cookies went along").isEqualTo(CredentialsMode.INCLUDE);
		assertThat(post.headers().names()).containsExactly("Content-Type");
		assertThat(post.at()).isEqualTo(Duration.ofMillis(3250));
		assertThat(post.expect()).isEmpty();
	}

	@Test
	void takesThePagesOriginWhenTheRequestNamesNone() {
		Scenario scenario = this.reader.read("""
				{ "log": { "pages": [ { "id": "p", "title": "https://portal.contoso.com/" } ], "entries": [
				  { "pageref": "p", "startedDateTime": "2026-03-01T10:00:00Z",
				    "request": { "method": "GET", "url": "https://contoso.azure-api.net/orders", "headers": [] } } ] } }
				""");

		assertThat(scenario.requests()).singleElement()
			.satisfies((request) -> assertThat(request.page()).isEqualTo(Origin.parse("https://portal.contoso.com")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			not JSON                | <html>not a HAR</html>                                    | line 1, column 1: not valid JSON
			JSON but not a HAR      | `{ "requests": [] }`                                      | line 1, column 1: not a HAR file: expected an object with log.entries
			an array                | `[ 1, 2 ]`                                                | line 1, column 1: not a HAR file
			no script request       | `{ "log": { "entries": [] } }`                            | log.entries: the HAR holds no fetch or XHR request to replay
			entry without request   | `{ "log": { "entries": [ { "startedDateTime": "x" } ] } }` | line 1, column 25: log.entries[0].request: missing; every HAR entry has a request
			no page to tell         | `{ "log": { "entries": [ { "startedDateTime": "2026-03-01T10:00:00Z", "request": { "method": "GET", "url": "https://g.net/x", "headers": [] } } ] } }` | log.entries[0]: cannot tell the page that made GET https://g.net/x
			""")
	void refusesWhatIsNotAHarWithAClearMessage(String rule, String json, String message) {
		assertThatExceptionOfType(ScenarioInputException.class).isThrownBy(() -> this.reader.read(json))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains(message));
	}

}
