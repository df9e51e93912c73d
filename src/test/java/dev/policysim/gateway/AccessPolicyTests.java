package dev.policysim.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.policysim.gateway.Calls.send;
import static dev.policysim.gateway.Calls.step;
import static dev.policysim.gateway.GatewayFixture.inbound;
import static dev.policysim.gateway.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/** check-header, validate-jwt and ip-filter (gateway.md §6). */
class AccessPolicyTests {

	private static final String CHECK_HEADER = "<check-header name=\"X-Tenant\" failed-check-httpcode=\"403\" "
			+ "failed-check-error-message=\"Tenant not allowed\" ignore-case=\"true\"><value>contoso</value><value>fabrikam</value>"
			+ "</check-header>";

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "contoso, 200, -", "CONTOSO, 200, -", "'other, fabrikam', 200, -",
			"northwind, 403, HeaderValueNotAllowed", "-, 403, HeaderNotFound" })
	void checksThatAHeaderIsPresentWithAnAllowedValue(String value, int status, String reason) {
		Gateway gateway = GatewayFixture.orders(inbound(CHECK_HEADER)).gateway();
		GatewayRequest request = (value == null) ? request("GET", "/orders/42") : request("GET", "/orders/42", "X-Tenant", value);

		GatewayExchange exchange = send(gateway, request);

		assertThat(exchange.response().status()).isEqualTo(status);
		if (reason != null) {
			assertThat(exchange.response().body()).isEqualTo("{ \"statusCode\": 403, \"message\": \"Tenant not allowed\" }");
			assertThat(exchange.failure()).hasValueSatisfying((failure) -> {
				assertThat(failure.source()).isEqualTo("check-header");
				assertThat(failure.reason()).isEqualTo(reason);
			});
		}
	}

	@Test
	void comparesHeaderValuesCaseSensitivelyUnlessToldOtherwise() {
		Gateway gateway = GatewayFixture.orders(inbound("<check-header name=\"X-Tenant\" failed-check-httpcode=\"401\" "
				+ "failed-check-error-message=\"No\" ignore-case=\"false\"><value>contoso</value></check-header>")).gateway();

		assertThat(send(gateway, request("GET", "/orders/42", "X-Tenant", "Contoso")).response().status()).isEqualTo(401);
	}

	private static String token(String claims) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
	}

	private static final String JWT = "<validate-jwt header-name=\"Authorization\" failed-validation-httpcode=\"401\">"
			+ "<audiences><audience>api://orders</audience></audiences><issuers><issuer>https://login.contoso.com</issuer></issuers>"
			+ "<required-claims><claim name=\"roles\" match=\"any\"><value>reader</value><value>admin</value></claim></required-claims>"
			+ "</validate-jwt>";

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"{\"exp\":100,\"aud\":\"api://orders\",\"iss\":\"https://login.contoso.com\",\"roles\":[\"reader\"]} | -",
			"{\"exp\":100,\"aud\":[\"x\",\"api://orders\"],\"iss\":\"https://login.contoso.com\",\"roles\":\"admin\"} | -",
			"{\"exp\":5,\"aud\":\"api://orders\",\"iss\":\"https://login.contoso.com\",\"roles\":[\"reader\"]} | TokenExpired",
			"{\"aud\":\"api://orders\",\"iss\":\"https://login.contoso.com\",\"roles\":[\"reader\"]} | JwtInvalid",
			"{\"exp\":100,\"nbf\":50,\"aud\":\"api://orders\",\"iss\":\"https://login.contoso.com\",\"roles\":[\"reader\"]} | JwtInvalid",
			"{\"exp\":100,\"aud\":\"api://billing\",\"iss\":\"https://login.contoso.com\",\"roles\":[\"reader\"]} | TokenAudienceNotAllowed",
			"{\"exp\":100,\"aud\":\"api://orders\",\"iss\":\"https://evil.example\",\"roles\":[\"reader\"]} | TokenIssuerNotAllowed",
			"{\"exp\":100,\"aud\":\"api://orders\",\"iss\":\"https://login.contoso.com\"} | TokenClaimNotFound",
			"{\"exp\":100,\"aud\":\"api://orders\",\"iss\":\"https://login.contoso.com\",\"roles\":[\"guest\"]} | TokenClaimValueNotAllowed" })
	void decodesTheTokenAndChecksItsClaims(String claims, String reason) {
		Gateway gateway = GatewayFixture.orders(inbound(JWT)).gateway();

		GatewayExchange exchange = gateway.handle(request("GET", "/orders/42", "Authorization", "Bearer " + token(claims)),
				MockBackend.DEFAULT, Requests.at(10));

		if (reason == null) {
			assertThat(exchange.response().status()).isEqualTo(200);
			assertThat(step(exchange, "validate-jwt").detail()).contains("does not check its signature");
			return;
		}
		assertThat(exchange.response().status()).isEqualTo(401);
		assertThat(exchange.failure()).hasValueSatisfying((failure) -> {
			assertThat(failure.source()).isEqualTo("validate-jwt");
			assertThat(failure.reason()).isEqualTo(reason);
		});
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "-", "Bearer", "Bearer not-a-jwt", "Basic dXNlcg==" })
	void refusesAMissingOrMalformedToken(String authorization) {
		Gateway gateway = GatewayFixture.orders(inbound("<validate-jwt header-name=\"Authorization\" "
				+ "failed-validation-error-message=\"Unauthorized. Access token is missing or invalid.\" />")).gateway();
		GatewayRequest request = (authorization == null) ? request("GET", "/orders/42")
				: request("GET", "/orders/42", "Authorization", authorization);

		GatewayExchange exchange = send(gateway, request);

		assertThat(exchange.response().status()).isEqualTo(401);
		assertThat(exchange.response().body()).isEqualTo(
				"{ \"statusCode\": 401, \"message\": \"Unauthorized. Access token is missing or invalid.\" }");
		assertThat(exchange.failure().map(GatewayFailure::reason))
			.hasValueSatisfying((reason) -> assertThat(reason).isIn("TokenNotPresent", "JwtInvalid"));
	}

	@Test
	void readsTheTokenFromTheQueryWhenToldTo() {
		Gateway gateway = GatewayFixture.orders(inbound("<validate-jwt query-parameter-name=\"token\" "
				+ "require-expiration-time=\"false\" output-token-variable-name=\"jwt\" />"
				+ "<return-response><set-body>@(context.Variables.GetValueOrDefault&lt;string&gt;(\"jwt\"))</set-body></return-response>"))
			.gateway();
		String token = token("{\"sub\":\"42\"}");

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42?token=" + token));

		assertThat(exchange.response().status()).isEqualTo(200);
		assertThat(exchange.response().body()).isEqualTo(token);
	}

	@ParameterizedTest
	@CsvSource({ "allow, 203.0.113.7, 200", "allow, 203.0.113.200, 200", "allow, 198.51.100.1, 403",
			"allow, 2001:db8::1, 200", "allow, 2001:db8:0:0:0:0:0:2, 403", "forbid, 203.0.113.7, 403",
			"forbid, 10.1.2.3, 403", "forbid, 198.51.100.1, 200", "allow, not-an-ip, 403", "allow, 203.0.113.999, 403" })
	void filtersTheClientIpByAddressesAndRanges(String action, String ip, int status) {
		Gateway gateway = GatewayFixture.orders(inbound("<ip-filter action=\"" + action + "\"><address>203.0.113.7</address>"
				+ "<address>2001:db8::1</address><address-range from=\"203.0.113.100\" to=\"203.0.113.250\" />"
				+ "<address-range from=\"10.0.0.0\" to=\"10.255.255.255\" /></ip-filter>")).gateway();
		GatewayRequest request = new GatewayRequest(new HttpRequest("GET", Requests.GATEWAY + "/orders/42", HttpHeaders.EMPTY, ""), ip);

		GatewayExchange exchange = send(gateway, request);

		assertThat(exchange.response().status()).isEqualTo(status);
		if (status == 403) {
			assertThat(exchange.response().body()).isEqualTo("{ \"statusCode\": 403, \"message\": \"Forbidden\" }");
			assertThat(exchange.failure().map(GatewayFailure::source)).contains("ip-filter");
		}
	}

	@ParameterizedTest
	@CsvSource({ "::, true", "::1, true", "1::, true", "[2001:db8::1], true", "fe80::1%eth0, true", "::ffff:1.2.3.4, true",
			"1:2:3:4:5:6:7:8, true", "1:2:3:4:5:6:7:8:9, false", "1::2::3, false", "12345::, false", "1.2.3, false",
			"1.2.3.4.5, false", "01.2.3.4, true", "١.2.3.4, false", "g::1, false" })
	void parsesAddressLiteralsWithoutResolvingNames(String text, boolean valid) {
		assertThat(IpAddresses.parse(text).isPresent()).isEqualTo(valid);
	}

	@Test
	void mapsIpv4IntoIpv6() {
		assertThat(IpAddresses.parse("::ffff:203.0.113.7")).isEqualTo(IpAddresses.parse("203.0.113.7"));
	}

}
