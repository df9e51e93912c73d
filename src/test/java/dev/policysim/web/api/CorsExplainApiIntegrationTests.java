package dev.policysim.web.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.policysim.web.api.Problems.assertProblem;
import static dev.policysim.web.api.SimulationApiIntegrationTests.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/cors/explain} (formats.md §4): verdicts in the input's shape, problems for bad cases. */
@ApiIntegrationTest
class CorsExplainApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void explainsOneCaseWithoutACsrfToken() {
		MvcTestResult result = explain(CorsExplainApiController.CASE_EXAMPLE);

		assertThat(result).hasStatus(200).hasContentTypeCompatibleWith("application/json");
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		JsonNode verdict = json(result);
		assertThat(verdict.path("id").asString()).isEqualTo("case-1");
		assertThat(verdict.path("preflightRequired").asBoolean()).isTrue();
		assertThat(verdict.at("/preflightRequest/Access-Control-Request-Method").asString()).isEqualTo("PUT");
		assertThat(verdict.path("outcome").asString()).isEqualTo("blocked");
		assertThat(verdict.path("corsError").asString()).isEqualTo("PreflightInvalidAllowCredentials");
		assertThat(verdict.path("console").asString()).startsWith("Access to fetch at 'https://contoso.azure-api.net/orders/1'");
		assertThat(verdict.path("explanation").asString()).isNotBlank();
	}

	@Test
	void answersAnArrayForAnArray() {
		MvcTestResult result = explain("[" + CorsExplainApiController.CASE_EXAMPLE + ","
				+ CorsExplainApiController.CASE_EXAMPLE.replace("case-1", "case-2") + "]");

		assertThat(result).hasStatus(200);
		assertThat(json(result).valueStream().map((verdict) -> verdict.path("id").asString())).containsExactly("case-1", "case-2");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			not JSON             | <html/>                                                           | JSON
			no request           | `{"page": "https://portal.contoso.com"}`                          | request
			bad credentials      | `[{"page": "https://a.example", "request": {"method": "GET", "url": "https://b.example/", "credentials": "always"}}]` | [0].request.credentials
			""")
	void refusesACaseItCannotRead(String kind, String body, String detail) {
		assertProblem(explain(body), 400, "explain-case-invalid", detail);
	}

	@Test
	void refusesABodyThatIsNotJson() {
		assertProblem(this.mvc.post().uri("/api/v1/cors/explain").contentType("text/plain").content("hello").exchange(), 415,
				"request-415", "text/plain");
	}

	private MvcTestResult explain(String json) {
		return this.mvc.post().uri("/api/v1/cors/explain").contentType("application/json").content(json).exchange();
	}

}
