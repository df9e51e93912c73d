package dev.policysim.simulation.scenario;

import java.time.Duration;
import java.util.Optional;

import dev.policysim.browser.CredentialsMode;
import dev.policysim.browser.Origin;
import dev.policysim.browser.Outcome;
import dev.policysim.gateway.GatewayProfile;
import dev.policysim.gateway.MockBackend;
import dev.policysim.policy.Position;
import dev.policysim.workspace.SubscriptionScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reading scenario.json: the defaults of formats.md §2, and one clear error for every bad input. */
class ScenarioReaderTests {

	private final ScenarioReader reader = new ScenarioReader();

	@Test
	void readsEveryFieldOfTheSpecExample() {
		Scenario scenario = this.reader.read("""
				{
				  "name": "Starter product: rate limit hides the CORS headers",
				  "description": "optional text",
				  "gateway": "https://contoso.azure-api.net",
				  "page": "https://portal.contoso.com",
				  "profile": { "terminateUnmatchedDefault": false },
				  "subscriptions": [ { "name": "starter-sub", "scope": "/products/starter", "key": "starter-key" } ],
				  "namedValues": { "portal-origin": "https://portal.contoso.com" },
				  "backend": { "status": 201, "headers": { "Content-Type": "application/json" }, "body": "{}" },
				  "expressions": { "@(context.Request.Body.As<JObject>()[\\"x\\"])": "true" },
				  "requests": [
				    {
				      "name": "load orders",
				      "page": "https://app.contoso.com",
				      "method": "put",
				      "url": "/orders/42?expand=lines",
				      "headers": { "Ocp-Apim-Subscription-Key": "starter-key", "X-Twice": ["a", "b"] },
				      "body": "{}",
				      "credentials": "include",
				      "clientIp": "203.0.113.7",
				      "read": [ "X-Request-Id" ],
				      "at": 2.5,
				      "repeat": 6,
				      "interval": 0.5,
				      "expect": "blocked",
				      "backend": { "status": 500 }
				    }
				  ]
				}
				""");

		assertThat(scenario.name()).isEqualTo("Starter product: rate limit hides the CORS headers");
		assertThat(scenario.gateway()).isEqualTo(Origin.parse("https://contoso.azure-api.net"));
		assertThat(scenario.profile()).isEqualTo(new GatewayProfile(GatewayProfile.DEFAULT.name(), false, true, true));
		assertThat(scenario.subscriptions()).singleElement().satisfies((subscription) -> {
			assertThat(subscription.scope()).isEqualTo(SubscriptionScope.parse("/products/starter").orElseThrow());
			assertThat(subscription.key()).contains("starter-key");
			assertThat(subscription.active()).isTrue();
		});
		assertThat(scenario.namedValues()).singleElement()
			.satisfies((value) -> assertThat(value.value()).contains("https://portal.contoso.com"));
		assertThat(scenario.backend().response().status()).isEqualTo(201);
		assertThat(scenario.expressions()).containsEntry("@(context.Request.Body.As<JObject>()[\"x\"])", "true");
		ScenarioRequest request = scenario.requests().get(0);
		assertThat(request.page()).isEqualTo(Origin.parse("https://app.contoso.com"));
		assertThat(request.method()).isEqualTo("put");
		assertThat(request.url()).isEqualTo("https://contoso.azure-api.net/orders/42?expand=lines");
		assertThat(request.headers().all("x-twice")).containsExactly("a", "b");
		assertThat(request.credentials()).isEqualTo(CredentialsMode.INCLUDE);
		assertThat(request.clientIp()).isEqualTo("203.0.113.7");
		assertThat(request.read()).containsExactly("X-Request-Id");
		assertThat(request.at()).isEqualTo(Duration.ofMillis(2500));
		assertThat(request.sendAt(5)).isEqualTo(Duration.ofMillis(5000));
		assertThat(request.expect()).contains(Outcome.BLOCKED);
		assertThat(request.backend()).map((backend) -> backend.response().status()).contains(500);
	}

	@Test
	void fillsTheDefaultsOfTheSpec() {
		Scenario scenario = this.reader.read("""
				{ "gateway": "https://contoso.azure-api.net", "page": "https://portal.contoso.com",
				  "requests": [ { "url": "/orders/1", "at": 3, "repeat": 3 }, { "url": "https://contoso.azure-api.net/orders/2" } ] }
				""");

		assertThat(scenario.profile()).isEqualTo(GatewayProfile.DEFAULT);
		assertThat(scenario.backend()).isEqualTo(MockBackend.DEFAULT);
		ScenarioRequest first = scenario.requests().get(0);
		assertThat(first.name()).isEqualTo("GET /orders/1");
		assertThat(first.credentials()).isEqualTo(CredentialsMode.SAME_ORIGIN);
		assertThat(first.clientIp()).isEqualTo("198.51.100.1");
		assertThat(first.interval()).isEqualTo(Duration.ofSeconds(1));
		assertThat(first.expect()).isEmpty();
		ScenarioRequest second = scenario.requests().get(1);
		assertThat(second.page()).isEqualTo(Origin.parse("https://portal.contoso.com"));
		assertThat(second.repeat()).isEqualTo(1);
		assertThat(second.at()).as("right when the previous request's last repetition went").isEqualTo(Duration.ofSeconds(5));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			unknown top-level field | { "gateway": "https://g.net", "page": "https://p.com", "colour": 1, "requests": [ { "url": "/" } ] } | colour | 1:56 | unknown field; the fields here are backend, description, expressions, gateway, name, namedValues, page, profile, requests, subscriptions
			unknown request field   | { "gateway": "https://g.net", "page": "https://p.com", "requests": [ { "url": "/" }, { "url": "/", "methd": "PUT" } ] } | requests[1].methd | 1:100 | unknown field; the fields here are
			unknown profile setting | { "gateway": "https://g.net", "page": "https://p.com", "profile": { "terminate": true }, "requests": [ { "url": "/" } ] } | profile.terminate | 1:69 | unknown field
			bad credentials         | { "gateway": "https://g.net", "page": "https://p.com", "requests": [ { "url": "/" }, { "url": "/" }, { "url": "/", "credentials": "Include" } ] } | requests[2].credentials | 1:131 | 'Include' is not a credentials mode; use omit, same-origin or include
			bad expectation         | { "gateway": "https://g.net", "page": "https://p.com", "requests": [ { "url": "/", "expect": "works" } ] } | requests[0].expect | 1:94 | 'works' is not an outcome; use delivered or blocked
			URL on another host     | { "gateway": "https://g.net", "page": "https://p.com", "requests": [ { "url": "https://evil.example/x" } ] } | requests[0].url | 1:79 | 'https://evil.example/x' is not on the gateway https://g.net; use a path like /orders/42 or a URL on the gateway
			URL on another port     | { "gateway": "https://g.net", "page": "https://p.com", "requests": [ { "url": "https://g.net:8443/x" } ] } | requests[0].url | 1:79 | 'https://g.net:8443/x' is not on the gateway
			wrong type              | { "gateway": "https://g.net", "page": "https://p.com", "requests": [ { "url": "/", "repeat": "six" } ] } | requests[0].repeat | 1:94 | expected a whole number from 1 to 1000000, got the string "six"
			negative time           | { "gateway": "https://g.net", "page": "https://p.com", "requests": [ { "url": "/", "at": -1 } ] } | requests[0].at | 1:90 | expected a number of seconds, 0 or more, got -1
			missing URL             | { "gateway": "https://g.net", "page": "https://p.com", "requests": [ { "method": "GET" } ] } | requests[0].url | 1:70 | missing; this field is required
			missing gateway         | { "page": "https://p.com", "requests": [ { "url": "/" } ] } | gateway | 1:1 | missing; this field is required
			no requests             | { "gateway": "https://g.net", "page": "https://p.com", "requests": [] } | requests | 1:68 | empty; a scenario needs at least one request
			no page anywhere        | { "gateway": "https://g.net", "requests": [ { "url": "/" } ] } | requests[0].page | 1:45 | missing; name the page here or in the scenario's "page"
			page is not an origin   | { "gateway": "https://g.net", "page": "portal.contoso.com", "requests": [ { "url": "/" } ] } | page | 1:39 | not an http or https URL: 'portal.contoso.com'
			gateway with a path     | { "gateway": "https://g.net/orders", "page": "https://p.com", "requests": [ { "url": "/" } ] } | gateway | 1:14 | 'https://g.net/orders' must be only a scheme and host
			bad subscription scope  | { "gateway": "https://g.net", "page": "https://p.com", "subscriptions": [ { "name": "s", "scope": "starter", "key": "k" } ], "requests": [ { "url": "/" } ] } | subscriptions[0].scope | 1:99 | 'starter' is not a subscription scope
			header value not text   | { "gateway": "https://g.net", "page": "https://p.com", "requests": [ { "url": "/", "headers": { "X-N": 1 } } ] } | requests[0].headers.X-N | 1:97 | expected a string or an array of strings, got 1
			client IP not an IP     | { "gateway": "https://g.net", "page": "https://p.com", "requests": [ { "url": "/", "clientIp": "localhost" } ] } | requests[0].clientIp | 1:96 | 'localhost' is not an IPv4 or IPv6 address
			root is an array        | [ { "url": "/" } ] | `` | 1:1 | expected a scenario (a JSON object)
			""")
	void refusesBadInputNamingTheFieldAndWhereItIs(String rule, String json, String field, String position,
			String reason) {
		assertThatExceptionOfType(ScenarioInputException.class).isThrownBy(() -> this.reader.read(json))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo((field == null) ? "" : field);
				assertThat(ex.position()).map(Position::toString).contains(position);
				assertThat(ex.reason()).startsWith(reason);
			});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			not JSON           | this is not json                   | line 1, column 1: not valid JSON
			truncated          | `{ "gateway": "https://g.net", `   | line 1, column 31: not valid JSON
			duplicate field    | `{ "name": "a", "name": "b" }`     | line 1, column 22: not valid JSON (Duplicate Object property "name")
			""")
	void refusesTextThatIsNotJson(String rule, String json, String message) {
		assertThatExceptionOfType(ScenarioInputException.class).isThrownBy(() -> this.reader.read(json))
			.withMessageStartingWith(message)
			.satisfies((ex) -> assertThat(ex.getMessage()).endsWith("expected a scenario"));
	}

	@Test
	void refusesEmptyInput() {
		assertThatExceptionOfType(ScenarioInputException.class).isThrownBy(() -> this.reader.read("  "))
			.withMessage("the file is empty; expected a scenario");
	}

	@Test
	void namesTheFileInTheCommandLineMessage() {
		ScenarioInputException error = new ScenarioInputException("requests[2].credentials",
				Optional.of(new Position(12, 20)), "'x' is not a credentials mode");

		assertThat(error.messageFor("scenario.json"))
			.isEqualTo("scenario.json:12:20: requests[2].credentials: 'x' is not a credentials mode");
	}

}
