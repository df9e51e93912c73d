package dev.policysim.web.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.policysim.web.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/simulations} and {@code GET /api/v1/simulations/{id}}: run, save, read back, refuse. */
@ApiIntegrationTest
class SimulationApiIntegrationTests {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	static final String HAR = """
			{ "log": { "pages": [ { "id": "p", "title": "https://portal.contoso.com/" } ], "entries": [
			  { "pageref": "p", "startedDateTime": "2026-03-01T10:00:00Z",
			    "request": { "method": "GET", "url": "https://contoso.azure-api.net/orders/42",
			      "headers": [ { "name": "Ocp-Apim-Subscription-Key", "value": "portal-key" } ] } } ] } }
			""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void simulatesTheScenarioAndSavesItUnderAPermalink() {
		MvcTestResult created = this.mvc.post()
			.uri("/api/v1/simulations")
			.multipart()
			.file(ApiUploads.sampleWorkspace())
			.file(ApiUploads.sampleScenario())
			.exchange();

		assertThat(created).hasStatus(201).hasContentTypeCompatibleWith("application/json");
		assertThat(created.getResponse().getHeader("Set-Cookie")).isNull();
		JsonNode report = json(created);
		String id = report.path("id").asString();
		assertThat(id).matches("[0-9A-Za-z]{22}");
		assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/simulations/" + id);
		assertThat(report.path("permalink").asString()).endsWith("/s/" + id);
		assertThat(report.path("scenario").asString()).isEqualTo("rate-limit runs before cors in the Orders API");
		assertThat(report.at("/summary/requests").asInt()).isEqualTo(6);
		assertThat(report.at("/summary/blocked").asInt()).isEqualTo(1);
		assertThat(report.at("/requests/5/corsError").asString()).isEqualTo("MissingAllowOriginHeader");
		assertThat(report.at("/requests/5/causes/0/file").asString()).isEqualTo("apis/orders/policy.xml");

		MvcTestResult saved = this.mvc.get().uri("/api/v1/simulations/" + id).exchange();

		assertThat(saved).hasStatus(200);
		JsonNode snapshot = json(saved);
		assertThat(snapshot.path("report").path("summary")).isEqualTo(report.path("summary"));
		assertThat(snapshot.path("report").path("requests")).isEqualTo(report.path("requests"));
		assertThat(snapshot.at("/scenario/format").asString()).isEqualTo("json");
		assertThat(snapshot.at("/scenario/text").asString())
			.isEqualTo(ApiUploads.sampleFiles().text("scenario.json").orElseThrow());
		assertThat(snapshot.at("/profile/name").asString()).isNotBlank();
		assertThat(snapshot.path("expires").isNull()).isTrue();
		assertThat(snapshot.at("/workspace/files").valueStream().map((file) -> file.path("path").asString()))
			.containsExactlyElementsOf(ApiUploads.sampleFiles().paths());
	}

	@Test
	void servesTheSavedWorkspaceAsAZip() {
		String id = json(simulate("")).path("id").asString();

		MvcTestResult zip = this.mvc.get().uri("/api/v1/simulations/" + id + "/workspace.zip").exchange();

		assertThat(zip).hasStatus(200).hasContentType("application/zip");
		assertThat(zip.getResponse().getContentAsByteArray()).isEqualTo(ApiUploads.sampleFiles().toZip());
	}

	@Test
	void runsTheWorkspacesOwnScenarioWhenNoneIsSent() {
		MvcTestResult created = this.mvc.post().uri("/api/v1/simulations").multipart().file(ApiUploads.sampleWorkspace()).exchange();

		assertThat(created).hasStatus(201);
		assertThat(json(created).at("/summary/requests").asInt()).isEqualTo(6);
	}

	@Test
	void acceptsAHarFileAsTheScenario() {
		MvcTestResult created = this.mvc.post()
			.uri("/api/v1/simulations")
			.multipart()
			.file(ApiUploads.sampleWorkspace())
			.file(ApiUploads.scenario("portal.har", HAR))
			.exchange();

		assertThat(created).hasStatus(201);
		assertThat(json(created).at("/summary/requests").asInt()).isEqualTo(1);
		String id = json(created).path("id").asString();
		assertThat(json(this.mvc.get().uri("/api/v1/simulations/" + id).exchange()).at("/scenario/format").asString())
			.isEqualTo("har");
	}

	@Test
	void recordsTheExpiryAskedFor() {
		JsonNode created = json(simulate("?expiresInDays=7"));

		JsonNode saved = json(this.mvc.get().uri("/api/v1/simulations/" + created.path("id").asString()).exchange());

		Instant expires = Instant.parse(saved.path("expires").asString());
		assertThat(expires).isEqualTo(Instant.parse(saved.path("created").asString()).plusSeconds(7 * 86_400));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			not JSON              | scenario.json | <html>hello</html>                                  | not valid JSON
			unknown field         | scenario.json | `{"requests": [{"url": "/orders/1"}], "colour": 1}` | colour
			unknown request field | scenario.json | `{"gateway": "https://contoso.azure-api.net", "page": "https://portal.contoso.com", "requests": [{"url": "/orders/1", "verb": "GET"}]}` | requests[0].verb
			wrong credentials     | scenario.json | `{"gateway": "https://contoso.azure-api.net", "page": "https://portal.contoso.com", "requests": [{"url": "/orders/1", "credentials": "always"}]}` | requests[0].credentials
			JSON but not a HAR    | capture.har   | `{"requests": []}`                                  | not a HAR
			too many sends        | scenario.json | `{"gateway": "https://contoso.azure-api.net", "page": "https://portal.contoso.com", "requests": [{"url": "/orders/1", "repeat": 10001}]}` | more than 10000
			""")
	void refusesAScenarioItCannotUse(String kind, String fileName, String text, String detail) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/simulations")
			.multipart()
			.file(ApiUploads.sampleWorkspace())
			.file(ApiUploads.scenario(fileName, text))
			.exchange();

		assertProblem(result, 400, "scenario-invalid", detail);
	}

	@Test
	void refusesAWorkspaceWithoutScenarioWhenNoneIsSent() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/simulations")
			.multipart()
			.file(ApiUploads.workspace(ApiUploads.sampleFiles().without("scenario.json").toZip()))
			.exchange();

		assertProblem(result, 400, "scenario-invalid", "send a scenario part");
	}

	@ParameterizedTest(name = "expiresInDays={0}")
	@CsvSource({ "0, between 1 and 3650", "3651, between 1 and 3650", "-2, between 1 and 3650", "soon, expiresInDays" })
	void refusesAnExpiryOutOfRange(String days, String detail) {
		assertProblem(simulate("?expiresInDays=" + days), 400, "bad-request", detail);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "AAAAAAAAAAAAAAAAAAAAAA", "short", "not-an-id!" })
	void answersNotFoundForAnUnknownId(String id) {
		assertProblem(this.mvc.get().uri("/api/v1/simulations/" + id).exchange(), 404, "not-found", "no saved simulation");
		assertProblem(this.mvc.get().uri("/api/v1/simulations/" + id + "/workspace.zip").exchange(), 404, "not-found",
				"no saved simulation");
	}

	@Test
	void answersGoneOnceThePermalinkHasExpired() {
		String id = json(simulate("?expiresInDays=1")).path("id").asString();
		this.jdbc.update("update permalink set expires_at = ? where public_id = ?",
				Timestamp.from(Instant.now().minusSeconds(60)), id);

		assertProblem(this.mvc.get().uri("/api/v1/simulations/" + id).exchange(), 410, "permalink-expired", "expired");
	}

	@Test
	void answersABodyOverTheServletLimitWithAProblem() throws IOException, InterruptedException {
		byte[] huge = new byte[1_500_000];
		new Random(3).nextBytes(huge);
		String boundary = "----policysim-test";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"workspace\"; filename=\"w.zip\"\r\n"
				+ "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/simulations"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofByteArray(huge), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertProblem(response.body(), 413, "upload-too-large", "at most 10 MB");
	}

	private MvcTestResult simulate(String query) {
		return this.mvc.post()
			.uri("/api/v1/simulations" + query)
			.multipart()
			.file(ApiUploads.sampleWorkspace())
			.file(ApiUploads.sampleScenario())
			.exchange();
	}

	static JsonNode json(MvcTestResult result) {
		return MAPPER.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
