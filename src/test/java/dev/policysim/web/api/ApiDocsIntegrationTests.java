package dev.policysim.web.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.policysim.web.api.SimulationApiIntegrationTests.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description at {@code /v3/api-docs} and Swagger UI, with their own content security policy. */
@ApiIntegrationTest
class ApiDocsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void describesEveryEndpointOfTheApiAndNoPage() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(result).hasStatus(200);
		JsonNode docs = json(result);
		assertThat(docs.path("openapi").asString()).startsWith("3.");
		assertThat(docs.path("paths").propertyNames()).containsExactlyInAnyOrder("/api/v1/lint", "/api/v1/effective-policy",
				"/api/v1/simulations", "/api/v1/simulations/{id}", "/api/v1/simulations/{id}/workspace.zip",
				"/api/v1/cors/explain");
		assertThat(docs.at("/paths/~1api~1v1~1simulations/post/responses").propertyNames()).contains("201", "400", "413");
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void servesSwaggerUiWithInlineStylesAllowedOnlyThere() {
		MvcTestResult ui = this.mvc.get().uri("/swagger-ui/index.html").exchange();
		MvcTestResult page = this.mvc.get().uri("/").exchange();

		assertThat(ui).hasStatus(200);
		assertThat(ui.getResponse().getHeader("Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline'")
			.contains("script-src 'self';");
		assertThat(page.getResponse().getHeader("Content-Security-Policy")).doesNotContain("unsafe-inline");
		assertThat(this.mvc.get().uri("/swagger-ui.html").exchange()).hasStatus3xxRedirection();
	}

}
