package dev.policysim.web.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** What every error of the API must look like: an RFC 9457 problem, readable, without internals. */
final class Problems {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Problems() {
	}

	/**
	 * Asserts an answer is a problem of the given status and type whose detail says something.
	 * @param result the answer
	 * @param status the expected status
	 * @param type the problem type's last part, after {@code urn:policysim:problem:}
	 * @param detailPart a part of the detail a user needs to read
	 */
	static void assertProblem(MvcTestResult result, int status, String type, String detailPart) {
		assertThat(result).hasStatus(status);
		assertThat(result).hasContentTypeCompatibleWith("application/problem+json");
		String body = new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertProblem(body, status, type, detailPart);
	}

	/**
	 * Asserts a problem's body.
	 * @param body the body as sent
	 * @param status the expected status
	 * @param type the problem type's last part
	 * @param detailPart a part of the detail a user needs to read
	 */
	static void assertProblem(String body, int status, String type, String detailPart) {
		JsonNode problem = MAPPER.readTree(body);
		assertThat(problem.path("type").asString()).isEqualTo("urn:policysim:problem:" + type);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).contains(detailPart);
		assertThat(body).doesNotContain("Exception", "\tat ", "dev.policysim", "trace");
	}

}
