package dev.policysim.browser.explain;

import dev.policysim.browser.CredentialsMode;
import dev.policysim.browser.Initiator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExplainCaseReaderTests {

	private static final String CASE = """
			{ "id": "case-1",
			  "page": "https://portal.contoso.com",
			  "request": { "method": "PUT", "url": "https://contoso.azure-api.net/orders/1",
			               "headers": { "Content-Type": "application/json" }, "credentials": "include" },
			  "preflightResponse": { "status": 200, "headers": { "Access-Control-Allow-Origin": ["https://portal.contoso.com", "*"] } },
			  "response": { "status": 200, "headers": { } },
			  "redirectResponse": null }
			""";

	@Test
	void readsACaseOfFormatsSection4() {
		ExplainInput input = ExplainCaseReader.read(CASE);
		assertThat(input.array()).isFalse();
		ExplainCase read = input.cases().get(0);
		assertThat(read.id()).isEqualTo("case-1");
		assertThat(read.page().serialize()).isEqualTo("https://portal.contoso.com");
		assertThat(read.request().credentials()).isEqualTo(CredentialsMode.INCLUDE);
		assertThat(read.request().initiator()).isEqualTo(Initiator.FETCH);
		assertThat(read.preflightResponse().orElseThrow().headers().all("Access-Control-Allow-Origin")).hasSize(2);
		assertThat(read.redirectResponse()).isEmpty();
	}

	@Test
	void readsAnArrayAndNumbersCasesWithoutId() {
		ExplainInput input = ExplainCaseReader.read("[" + CASE + ", " + CASE.replace("\"id\": \"case-1\",", "") + "]");
		assertThat(input.array()).isTrue();
		assertThat(input.cases()).extracting(ExplainCase::id).containsExactly("case-1", "case-2");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			missing page             | "page": "https://portal.contoso.com",               |                                   | page: missing
			missing method           | "method": "PUT",                                    |                                   | request.method: missing
			unknown credentials      | "credentials": "include"                            | "credentials": "sometimes"        | request.credentials: unknown value 'sometimes' (valid: omit, same-origin, include)
			unknown mode             | "credentials": "include"                            | "mode": "navigate"                | request.mode: unknown value 'navigate'
			relative url             | "url": "https://contoso.azure-api.net/orders/1",    | "url": "/orders/1",               | request.url: not an http or https URL
			status as text           | "response": { "status": 200,                        | "response": { "status": "200",    | response.status: expected a whole number
			missing response         | "response": { "status": 200, "headers": { } },      |                                   | response: missing
			header value not text    | "Content-Type": "application/json"                  | "Content-Type": 5                 | request.headers.Content-Type: expected a string
			bad header name          | "Content-Type": "application/json"                  | "Content Type": "x"               | request.headers.Content Type: not a valid header name
			""")
	void namesTheFieldThatIsMissingOrInvalid(String title, String original, String replacement, String message) {
		String json = CASE.replace(original, replacement == null ? "" : replacement);
		assertThatExceptionOfType(ExplainInputException.class).isThrownBy(() -> ExplainCaseReader.read(json))
			.withMessageContaining(message);
	}

	@Test
	void namesTheCaseInAnArray() {
		String json = "[" + CASE + ", " + CASE.replace("\"method\": \"PUT\",", "") + "]";
		assertThatExceptionOfType(ExplainInputException.class).isThrownBy(() -> ExplainCaseReader.read(json))
			.withMessage("[1].request.method: missing");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			truncated | { "page": "https://a.example", | not valid JSON at line 1
			empty     | ''                            | empty input
			a number  | 42                            | expected a case object or an array of cases
			""")
	void rejectsInputThatIsNotACase(String title, String json, String message) {
		assertThatExceptionOfType(ExplainInputException.class).isThrownBy(() -> ExplainCaseReader.read(json))
			.withMessageStartingWith(message);
	}

	@Test
	void reportsAMissingPreflightResponseWhenOneIsNeeded() {
		ExplainInput input = ExplainCaseReader.read(CASE.replaceAll("\"preflightResponse\": \\{.*\\} \\},", ""));
		assertThatExceptionOfType(ExplainInputException.class).isThrownBy(() -> Explainer.explain(input))
			.withMessage("preflightResponse: missing, but this request needs a preflight");
	}

	@Test
	void explainsWithTheJsonShapeOfFormatsSection4() {
		String json = ExplainJsonWriter.write(Explainer.explain(ExplainCaseReader.read(CASE)), false);
		assertThat(json).contains("\"id\" : \"case-1\"", "\"preflightRequired\" : true",
				"\"Access-Control-Request-Method\" : \"PUT\"", "\"Access-Control-Request-Headers\" : \"content-type\"",
				"\"outcome\" : \"blocked\"", "\"corsError\" : \"PreflightMultipleAllowOriginValues\"",
				"\"failedParameter\" : \"https://portal.contoso.com, *\"", "\"readable\" : [ ]", "\"explanation\" : ");
	}

}
