package dev.policysim.gateway;

import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.policysim.gateway.Calls.send;
import static dev.policysim.gateway.GatewayFixture.inbound;
import static org.assertj.core.api.Assertions.assertThat;

/** Odd requests and odd policies get an answer and a trace, never an exception. */
class OddInputTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "GET | https://contoso.azure-api.net | 404",
			"GET | https://contoso.azure-api.net/orders/%zz?x=%zz&&=&a | 200", "GET | /orders/42 | 200",
			"GET | orders/42 | 200", "GET | https:///orders/42 | 200", "GET | https://contoso.azure-api.net//orders//42// | 200",
			"'' | https://contoso.azure-api.net/orders/42 | 404", "GET | https://contoso.azure-api.net/orders/42#frag?x | 200",
			"GET | https://[::1]:8443/orders/42 | 200", "OPTIONS | https://contoso.azure-api.net/orders/42 | 404" })
	void answersOddUrlsAndMethods(String method, String url, int status) {
		Gateway gateway = GatewayFixture.orders(null).gateway();
		GatewayRequest request = new GatewayRequest(new HttpRequest(method, url, HttpHeaders.EMPTY, ""), "");

		GatewayExchange exchange = send(gateway, request);

		assertThat(exchange.response().status()).isEqualTo(status);
		assertThat(exchange.trace()).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<set-status code=\"99\" />", "<set-status code=\"@(context.Foo)\" />",
			"<mock-response status-code=\"abc\" />", "<check-header name=\"X\" failed-check-httpcode=\"nope\" />",
			"<validate-jwt header-name=\"X\" failed-validation-httpcode=\"5000\" />",
			"<rate-limit-by-key calls=\"@(1 +)\" renewal-period=\"60\" counter-key=\"@(\" />",
			"<quota-by-key calls=\"1\" renewal-period=\"-5\" counter-key=\"k\" />",
			"<set-header><value>@(\"unterminated)</value></set-header>", "<rewrite-uri template=\"/{unknown}/{\" />",
			"<ip-filter action=\"allow\"><address-range from=\"x\" to=\"y\" /></ip-filter>",
			"<cors><allowed-origins><origin>@(context.Nope)</origin></allowed-origins></cors>",
			"<choose><when><set-body>x</set-body></when><otherwise /></choose>", "<set-variable />", "<set-method />",
			"<set-backend-service />", "<include-fragment />", "<return-response><set-status code=\"x\" /></return-response>" })
	void answersPoliciesWithOddValues(String policy) {
		Gateway gateway = GatewayFixture.orders(inbound(policy)).gateway();
		GatewayRequest request = Requests.request("GET", "/orders/42", "Origin", "https://portal.contoso.com");

		GatewayExchange first = send(gateway, request);
		GatewayExchange second = send(gateway, request);

		assertThat(first.response().status()).isBetween(100, 999);
		assertThat(second.response().status()).isBetween(100, 999);
		assertThat(first.trace()).anySatisfy((step) -> assertThat(step.section()).isPresent());
	}

}
