package dev.policysim.web.api;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.policysim.web.api.Problems.assertProblem;

/**
 * Every endpoint that takes a workspace zip refuses a broken, hostile or oversized one the same
 * way: a problem saying what is wrong, 400 for an unusable zip and 413 for one over a limit.
 */
@ApiIntegrationTest
class WorkspaceUploadProblemsIntegrationTests {

	static final String[] ENDPOINTS = { "/api/v1/lint", "/api/v1/effective-policy?api=orders", "/api/v1/simulations" };

	@Autowired
	MockMvcTester mvc;

	static Stream<Arguments> badUploads() {
		byte[] sample = ApiUploads.sampleFiles().toZip();
		Object[][] cases = {
			{ "not a zip", "just some text".getBytes(java.nio.charset.StandardCharsets.UTF_8), 400, "workspace-unusable", "not a zip" },
			{ "empty", new byte[0], 400, "workspace-unusable", "empty" },
			{ "truncated", Arrays.copyOf(sample, sample.length / 2), 400, "workspace-unusable", "zip" },
			{ "escaping entry", ApiUploads.zip("../outside/policy.xml", "<policies/>"), 400, "workspace-unusable", "../outside" },
			{ "absolute entry", ApiUploads.zip("/etc/policy.xml", "<policies/>"), 400, "workspace-unusable", "refused" },
			{ "too many entries", ApiUploads.manyEntries(ApiUploads.MAX_ENTRIES + 1), 413, "upload-too-large", "entries" },
			{ "unpacks too large", ApiUploads.bomb(), 413, "upload-too-large", "unpacks to more than" },
			{ "zip too large", ApiUploads.oversized(), 413, "upload-too-large", "the limit is" } };
		return Stream.of(ENDPOINTS)
			.flatMap((endpoint) -> Stream.of(cases).map((c) -> Arguments.of(endpoint, c[0], c[1], c[2], c[3], c[4])));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("badUploads")
	void refusesBadWorkspaceUploadWithAProblem(String endpoint, String kind, byte[] zip, int status, String type,
			String detail) {
		var request = this.mvc.post().uri(endpoint).multipart().file(ApiUploads.workspace(zip));
		if (endpoint.endsWith("simulations")) {
			request = request.file(ApiUploads.sampleScenario());
		}
		assertProblem(request.exchange(), status, type, detail);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void refusesAMissingWorkspacePart(String endpoint) {
		assertProblem(this.mvc.post().uri(endpoint).multipart().file(ApiUploads.sampleScenario()).exchange(), 400,
				"request-400", "workspace");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void refusesABodyThatIsNotMultipart(String endpoint) {
		assertProblem(this.mvc.post().uri(endpoint).contentType("application/json").content("{}").exchange(), 415,
				"request-415", "application/json");
	}

	static Stream<String> endpoints() {
		return Stream.of(ENDPOINTS);
	}

}
