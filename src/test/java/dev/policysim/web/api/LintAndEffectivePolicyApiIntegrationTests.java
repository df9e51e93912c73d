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

/** {@code POST /api/v1/lint} and {@code POST /api/v1/effective-policy} over an uploaded sample. */
@ApiIntegrationTest
class LintAndEffectivePolicyApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void lintsTheUploadAsJson() {
		MvcTestResult result = this.mvc.post().uri("/api/v1/lint").multipart().file(ApiUploads.sampleWorkspace()).exchange();

		assertThat(result).hasStatus(200).hasContentTypeCompatibleWith("application/json");
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		JsonNode lint = json(result);
		assertThat(lint.path("findings").valueStream().map((finding) -> finding.path("rule").asString() + " "
				+ finding.path("file").asString() + ":" + finding.path("line").asInt()))
			.contains("cors-not-first apis/orders/policy.xml:4", "cors-terminate-default apis/orders/policy.xml:5");
		assertThat(lint.at("/summary/error").asInt()).isEqualTo(1);
	}

	@Test
	void lintsTheUploadAsSarif() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/lint?format=sarif")
			.multipart()
			.file(ApiUploads.sampleWorkspace())
			.exchange();

		assertThat(result).hasStatus(200).hasContentTypeCompatibleWith("application/sarif+json");
		JsonNode sarif = json(result);
		assertThat(sarif.path("version").asString()).isEqualTo("2.1.0");
		assertThat(sarif.at("/runs/0/results").valueStream().map((r) -> r.path("ruleId").asString())).contains("cors-not-first");
		assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asString())
			.isEqualTo("apis/orders/policy.xml");
	}

	@Test
	void refusesAnUnknownLintFormat() {
		assertProblem(this.mvc.post().uri("/api/v1/lint?format=xml").multipart().file(ApiUploads.sampleWorkspace()).exchange(),
				400, "bad-request", "'xml' is not a format");
	}

	@Test
	void flattensThePolicyOfOneContext() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/effective-policy?api=orders&operation=get-order&product=unlimited")
			.multipart()
			.file(ApiUploads.sampleWorkspace())
			.exchange();

		assertThat(result).hasStatus(200).hasContentTypeCompatibleWith("application/json");
		JsonNode effective = json(result);
		assertThat(effective.path("api").asString()).isEqualTo("orders");
		assertThat(effective.path("operation").asString()).isEqualTo("get-order");
		assertThat(effective.path("product").asString()).isEqualTo("unlimited");
		assertThat(effective.at("/sections/inbound").valueStream().map((policy) -> policy.path("policy").asString()))
			.containsSubsequence("rate-limit", "cors");
	}

	@Test
	void flattensWithoutProductWhenNoneIsNamed() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/effective-policy?api=orders&operation=&product=")
			.multipart()
			.file(ApiUploads.sampleWorkspace())
			.exchange();

		assertThat(result).hasStatus(200);
		assertThat(json(result).path("product").isNull()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			api=billing                                  | api       | billing
			api=orders&operation=delete-everything       | operation | delete-everything
			api=orders&operation=get-order&product=gold  | product   | gold
			""")
	void refusesAnUnknownNameAndListsTheValidOnes(String query, String parameter, String name) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/effective-policy?" + query)
			.multipart()
			.file(ApiUploads.sampleWorkspace())
			.exchange();

		assertProblem(result, 400, "unknown-name", name);
		JsonNode problem = json(result);
		assertThat(problem.path("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.path("name").asString()).isEqualTo(name);
		assertThat(problem.path("validNames").isArray()).isTrue();
		assertThat(problem.path("validNames")).isNotEmpty();
	}

	@Test
	void refusesAMissingApiParameter() {
		assertProblem(this.mvc.post().uri("/api/v1/effective-policy").multipart().file(ApiUploads.sampleWorkspace()).exchange(),
				400, "request-400", "api");
	}

}
