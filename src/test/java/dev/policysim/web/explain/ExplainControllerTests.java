package dev.policysim.web.explain;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import dev.policysim.store.WorkspaceStore;
import dev.policysim.web.WebSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(controllers = ExplainController.class)
@Import(WebSliceConfiguration.class)
class ExplainControllerTests {

	/** Request headers as DevTools shows them raw for an HTTP/2 request. */
	static final String REQUEST_HEADERS = """
			:authority: contoso.azure-api.net
			:method: GET
			:path: /orders/42
			:scheme: https
			accept: application/json
			accept-encoding: gzip, deflate, br, zstd
			ocp-apim-subscription-key: portal-key
			origin: https://portal.contoso.com
			priority: u=1, i
			referer: https://portal.contoso.com/
			sec-fetch-mode: cors
			user-agent: Mozilla/5.0 (X11; Linux x86_64)
			""";

	static final String PREFLIGHT = """
			HTTP/1.1 200 OK
			access-control-allow-origin: https://portal.contoso.com
			access-control-allow-headers: ocp-apim-subscription-key
			access-control-allow-methods: GET
			access-control-max-age: 300
			""";

	static final String THROTTLED = "HTTP/1.1 429 Too Many Requests\nretry-after: 55\ncontent-type: application/json\n";

	static final String CONSOLE = "Access to fetch at &#39;https://contoso.azure-api.net/orders/42&#39; from origin "
			+ "&#39;https://portal.contoso.com&#39; has been blocked by CORS policy: No &#39;Access-Control-Allow-Origin&#39; "
			+ "header is present on the requested resource.";

	@Autowired
	MockMvcTester mvc;

	// the page slices share one configuration, whose workspace components need a store
	@MockitoBean
	WorkspaceStore store;

	@Test
	void showsAnEmptyFormWithItsCsrfTokenAndTheNavigation() {
		assertThat(this.mvc.get().uri("/explain")).hasStatusOk()
			.bodyText()
			.contains("enctype=\"multipart/form-data\"")
			.contains("name=\"_csrf\"")
			.contains("href=\"/training\"")
			.contains("href=\"/explain\"")
			.doesNotContain("id=\"verdict\"");
	}

	@Test
	void explainsAThrottledCallWhoseErrorLacksCorsHeaders() {
		assertThat(form("", "GET", "https://contoso.azure-api.net/orders/42", REQUEST_HEADERS, "", PREFLIGHT, "", THROTTLED))
			.hasStatusOk()
			.bodyText()
			.contains("<strong>Blocked</strong>")
			.contains("(MissingAllowOriginHeader)")
			.contains(CONSOLE)
			.contains("OPTIONS with Access-Control-Request-Method: GET, Access-Control-Request-Headers: ocp-apim-subscription-key")
			.contains("id=\"fix\"")
			// the origin came from the pasted headers, and every input is kept
			.contains("https://portal.contoso.com/")
			.contains("retry-after: 55");
	}

	@Test
	void explainsADeliveredSimpleRequestWithTheHeadersScriptCanRead() {
		assertThat(form("https://portal.contoso.com", "GET", "https://contoso.azure-api.net/products", "", "", "", "200",
				"access-control-allow-origin: *\ncontent-type: application/json\nx-request-id: 7"))
			.hasStatusOk()
			.bodyText()
			.contains("<strong>Delivered</strong>")
			.contains("the script gets the response, status 200")
			.contains("not needed: the request is simple")
			.contains("<code>content-type: application/json</code>")
			.doesNotContain("<code>x-request-id: 7</code>")
			.contains("(nothing: Chromium prints no CORS error)");
	}

	@Test
	void takesIncludeFromACookieLineAndReportsTheWildcardOrigin() {
		assertThat(form("https://portal.contoso.com", "GET", "https://api.contoso.com/orders", "Cookie: session=1", "", "",
				"200", "access-control-allow-origin: *"))
			.hasStatusOk()
			.bodyText()
			.contains("(WildcardOriginNotAllowed)");
	}

	@Test
	void explainsTheFirstCrossOriginRequestOfAHar() {
		String har = """
				{ "log": { "version": "1.2", "entries": [
				  { "_resourceType": "document", "request": { "method": "GET", "url": "https://portal.contoso.com/", "headers": [] },
				    "response": { "status": 200, "headers": [] } },
				  { "_resourceType": "preflight", "request": { "method": "OPTIONS", "url": "https://contoso.azure-api.net/orders/42",
				      "headers": [ { "name": "Origin", "value": "https://portal.contoso.com" },
				                   { "name": "Access-Control-Request-Method", "value": "GET" },
				                   { "name": "Access-Control-Request-Headers", "value": "ocp-apim-subscription-key" } ] },
				    "response": { "status": 200, "headers": [
				      { "name": "access-control-allow-origin", "value": "https://portal.contoso.com" },
				      { "name": "access-control-allow-headers", "value": "ocp-apim-subscription-key" } ] } },
				  { "_resourceType": "fetch", "request": { "method": "GET", "url": "https://contoso.azure-api.net/orders/42",
				      "headers": [ { "name": ":authority", "value": "contoso.azure-api.net" },
				                   { "name": "origin", "value": "https://portal.contoso.com" },
				                   { "name": "ocp-apim-subscription-key", "value": "portal-key" } ] },
				    "response": { "status": 429, "headers": [ { "name": "retry-after", "value": "55" } ] } }
				] } }
				""";

		assertThat(upload(har)).hasStatusOk()
			.bodyText()
			.contains("From the HAR: GET https://contoso.azure-api.net/orders/42 (the first of 1 cross-origin script requests) "
					+ "and its preflight.")
			.contains("(MissingAllowOriginHeader)")
			.contains(CONSOLE)
			.contains("value=\"https://portal.contoso.com\"");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{ not json|This is not a HAR file: it is not valid JSON",
			"[1, 2]|This is not a HAR file: expected a JSON object with log.entries.",
			"{ \"log\": {} }|This is not a HAR file: it has no log.entries.",
			"{ \"log\": { \"entries\": [ { \"request\": { \"method\": \"GET\", \"url\": \"https://a.example/\", \"headers\": [] } } ] } }|"
					+ "The HAR holds no cross-origin fetch or XHR request" })
	void refusesAHarItCannotUseNextToTheField(String har, String message) {
		assertThat(upload(har)).hasStatus(422)
			.bodyText()
			.containsPattern("id=\"har\"[^>]*>\\s*<p class=\"field-error\">" + Pattern.quote(message))
			.doesNotContain("id=\"verdict\"");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			"origin|   |GET|https://contoso.azure-api.net/orders/42|Accept: */*||||200|Give the origin of the page",
			"origin|portal.contoso.com|GET|https://contoso.azure-api.net/orders/42|||||200|&#39;portal.contoso.com&#39; cannot be used",
			"origin|null|GET|https://contoso.azure-api.net/orders/42|Origin: null||||200|Give the origin of the page",
			"method|https://portal.contoso.com|GE T|https://contoso.azure-api.net/orders/42|||||200|&#39;GE T&#39; is not a method.",
			"method|https://portal.contoso.com| |https://contoso.azure-api.net/orders/42|||||200|Give the request&#39;s method",
			"url|https://portal.contoso.com|GET|/orders/42|||||200|&#39;/orders/42&#39; cannot be used",
			"url|https://portal.contoso.com|GET||||||200|Give the request&#39;s URL",
			"requestHeaders|https://portal.contoso.com|GET|https://contoso.azure-api.net/orders/42|<b>not headers</b>||||200|"
					+ "Line 1 is not a header: &#39;&lt;b&gt;not headers&lt;/b&gt;&#39;",
			"credentials|https://portal.contoso.com|GET|https://contoso.azure-api.net/orders/42||always|||200|"
					+ "&#39;always&#39; is not a credentials mode; use omit, same-origin or include.",
			"preflightHeaders|https://portal.contoso.com|GET|https://contoso.azure-api.net/orders/42|X-Custom: 1||||200|"
					+ "This request needs a preflight",
			"preflightStatus|https://portal.contoso.com|GET|https://contoso.azure-api.net/orders/42|X-Custom: 1||abc|x: y|200|"
					+ "&#39;abc&#39; cannot be used: a status code is a number such as 200.",
			"preflightStatus|https://portal.contoso.com|GET|https://contoso.azure-api.net/orders/42|X-Custom: 1|||x: y|200|"
					+ "Give the status code",
			"responseStatus|https://portal.contoso.com|GET|https://contoso.azure-api.net/orders/42|||||42|"
					+ "A status code is between 100 and 599, not 42.",
			"responseStatus|https://portal.contoso.com|GET|https://contoso.azure-api.net/orders/42||||||"
					+ "The browser sends the request: paste its response" })
	void showsEachBadInputNextToItsFieldAndKeepsTheInputs(String field, String origin, String method, String url,
			String requestHeaders, String credentials, String preflightStatus, String preflightHeaders, String responseStatus,
			String message) {
		var request = this.mvc.post()
			.uri("/explain")
			.param("origin", value(origin))
			.param("method", value(method))
			.param("url", value(url))
			.param("requestHeaders", value(requestHeaders))
			.param("credentials", value(credentials))
			.param("preflightStatus", value(preflightStatus))
			.param("preflightHeaders", value(preflightHeaders))
			.param("responseStatus", value(responseStatus))
			.param("responseHeaders", "")
			.with(csrf());

		assertThat(request).hasStatus(422)
			.bodyText()
			// the message follows its field, with no other field's label in between
			.containsPattern("(?s)id=\"" + field + "\"(?:(?!<label).)*<p class=\"field-error\">[^<]*"
					+ Pattern.quote(message.strip()))
			.doesNotContain("id=\"verdict\"")
			.doesNotContain("<b>not headers</b>")
			.contains(value(url).isEmpty() ? "id=\"url\"" : "value=\"" + value(url) + "\"");
	}

	@Test
	void asksForTheFinalResponseWhenThePastedOneRedirects() {
		assertThat(form("https://portal.contoso.com", "GET", "https://contoso.azure-api.net/orders", "", "", "", "",
				"HTTP/1.1 302 Found\nLocation: https://contoso.azure-api.net/v2/orders\naccess-control-allow-origin: *"))
			.hasStatus(422)
			.bodyText()
			.containsPattern("(?s)id=\"responseStatus\"(?:(?!<label).)*<p class=\"field-error\">The response redirects")
			.contains("Location: https://contoso.azure-api.net/v2/orders");
	}

	@Test
	void refusesAnOverlongOriginNextToTheField() {
		assertThat(form("https://" + "a".repeat(2000) + ".com", "GET", "https://contoso.azure-api.net/", "", "", "", "200", ""))
			.hasStatus(422)
			.bodyText()
			.contains("Keep the origin to 2000 characters.");
	}

	@Test
	void refusesAFormWithoutItsCsrfToken() {
		assertThat(this.mvc.post().uri("/explain").param("origin", "https://portal.contoso.com")).hasStatus(403);
	}

	private MockMvcRequestBuilder form(String origin, String method, String url, String requestHeaders, String preflightStatus,
			String preflightHeaders, String responseStatus, String responseHeaders) {
		return this.mvc.post()
			.uri("/explain")
			.param("origin", origin)
			.param("method", method)
			.param("url", url)
			.param("requestHeaders", requestHeaders)
			.param("credentials", "")
			.param("preflightStatus", preflightStatus)
			.param("preflightHeaders", preflightHeaders)
			.param("responseStatus", responseStatus)
			.param("responseHeaders", responseHeaders)
			.with(csrf());
	}

	private MockMultipartMvcRequestBuilder upload(String har) {
		return this.mvc.post()
			.uri("/explain")
			.multipart()
			.file(new MockMultipartFile("har", "capture.har", "application/json", har.getBytes(StandardCharsets.UTF_8)))
			.param("method", "GET")
			.with(csrf());
	}

	private static String value(String text) {
		return (text == null) ? "" : text;
	}

}
