package dev.policysim.web.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.policysim.simulation.ReadmeFix;
import dev.policysim.store.RevisionSummary;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.store.WorkspaceSummary;
import dev.policysim.web.SampleCatalogue;
import dev.policysim.web.WebSliceConfiguration;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(controllers = TrainingController.class)
@Import({ WebSliceConfiguration.class, ExerciseCheck.class })
class TrainingControllerTests {

	static final String EDIT_ID = "EditEditEditEditEdit01";

	static final String RATE_LIMIT = "03-rate-limit-before-cors";

	static final SampleCatalogue SAMPLES = new SampleCatalogue("sample-policies");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	WorkspaceStore store;

	WorkspaceSummary summary;

	@BeforeEach
	void workspace() {
		Instant when = Instant.parse("2026-05-01T10:00:00Z");
		this.summary = new WorkspaceSummary(EDIT_ID, "ViewViewViewViewView01", "copy", when, when, 2);
		given(this.store.byEditId(EDIT_ID)).willReturn(Optional.of(this.summary));
	}

	@Test
	void listsEverySampleWithItsLessonAndInlineCodeAsCode() {
		assertThat(this.mvc.get().uri("/training")).hasStatusOk()
			.bodyText()
			.contains("rate-limit runs before cors in the Orders API")
			.contains("A policy that fails before cors has run sends its error without CORS headers")
			.contains("must be listed in <code>allowed-headers</code>.")
			.contains("<code>&lt;base /&gt;</code> missing in the Orders API")
			.contains("action=\"/training/09-credentials-wildcard\"")
			.doesNotContain("`");
	}

	@Test
	void showsTheShareableStartPageWithTheGoalInWords() {
		assertThat(this.mvc.get().uri("/training/" + RATE_LIMIT)).hasStatusOk()
			.bodyText()
			.contains("Exercise: rate-limit runs before cors in the Orders API")
			.contains("<strong>load order</strong>: <span>GET https://contoso.azure-api.net/orders/42, sent 6 times 1 s apart "
					+ "from https://portal.contoso.com: every call delivered to the script, whatever its status</span>")
			.contains("Start the exercise");
		then(this.store).should(never()).create(anyString(), any(WorkspaceFiles.class), anyString());
	}

	@Test
	void startsAnExerciseAsAFreshCopyThatRemembersItsSample() {
		given(this.store.create(anyString(), any(WorkspaceFiles.class), anyString())).willReturn(this.summary);

		assertThat(this.mvc.post().uri("/training/" + RATE_LIMIT).with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/w/" + EDIT_ID + "/exercise");
		then(this.store).should()
			.create(eq("rate-limit runs before cors in the Orders API"),
					org.mockito.ArgumentMatchers.argThat((WorkspaceFiles files) -> files.paths().contains("scenario.json")),
					eq("Copied from sample " + RATE_LIMIT));
	}

	@Test
	void refusesToStartAnExerciseWithoutTheCsrfToken() {
		assertThat(this.mvc.post().uri("/training/" + RATE_LIMIT)).hasStatus(403);
		then(this.store).should(never()).create(anyString(), any(WorkspaceFiles.class), anyString());
	}

	@ParameterizedTest
	@CsvSource({ "get, /training/nope", "post, /training/nope", "get, /training/README.md" })
	void answersAnUnknownSampleWithTheNotFoundPage(String method, String path) {
		var request = method.equals("get") ? this.mvc.get().uri(path) : this.mvc.post().uri(path).with(csrf());
		assertThat(request).hasStatus(404).hasViewName("error/404");
		then(this.store).should(never()).create(anyString(), any(WorkspaceFiles.class), anyString());
	}

	@Test
	void answersAWorkspaceThatIsNoExerciseWithTheNotFoundPage() {
		copyOf(RATE_LIMIT, files(RATE_LIMIT), "Imported my-apim.zip");

		assertThat(this.mvc.get().uri("/w/" + EDIT_ID + "/exercise")).hasStatus(404)
			.bodyText()
			.contains("This workspace is not a training exercise.");
		assertThat(this.mvc.get().uri("/w/NoSuchWorkspace000000/exercise")).hasStatus(404);
	}

	@ParameterizedTest
	@CsvSource({ "0, 0, Show a hint: the rule", "1, 1, Show the next hint: the element", "2, 2, Show the next hint: the fix",
			"3, 3, ''", "9, 3, ''", "-1, 0, Show a hint: the rule" })
	void revealsTheHintsOneByOne(int asked, int shown, String next) throws IOException {
		copyOf(RATE_LIMIT, files(RATE_LIMIT), "Copied from sample " + RATE_LIMIT);

		String body = this.mvc.get().uri("/w/" + EDIT_ID + "/exercise?hints=" + asked).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		List<String> hints = List.of("Rule: <code>cors-not-first</code>",
				"Element: <code>apis/orders/policy.xml</code>, line 4, the <code>&lt;rate-limit&gt;</code>",
				"Fix: move the <code>&lt;cors&gt;</code> block above <code>&lt;rate-limit&gt;</code>");
		assertThat(body).contains("<strong>load order</strong>");
		for (int i = 0; i < hints.size(); i++) {
			if (i < shown) {
				assertThat(body).contains(hints.get(i));
			}
			else {
				assertThat(body).doesNotContain(hints.get(i));
			}
		}
		if (next.isEmpty()) {
			assertThat(body).doesNotContain("id=\"show-hint\"");
		}
		else {
			assertThat(body).contains(next).contains("/exercise?hints=" + (shown + 1) + "#hints");
		}
	}

	@Test
	void checksUnsolvedThenSolvedOnceTheReadmesFixIsSaved() throws IOException {
		copyOf(RATE_LIMIT, files(RATE_LIMIT), "Copied from sample " + RATE_LIMIT);

		assertThat(this.mvc.get().uri("/w/" + EDIT_ID + "/exercise?check=true")).hasStatusOk()
			.bodyText()
			.contains("Not solved yet: 5 of 6 expectations met.")
			.contains("<td>0-4</td>")
			.contains("<td>delivered (status 200)</td>")
			.contains("<td>blocked (MissingAllowOriginHeader)</td>")
			.contains("No &#39;Access-Control-Allow-Origin&#39; header is present on the requested resource.")
			.doesNotContain("id=\"solved\"");

		copyOf(RATE_LIMIT, fixed(RATE_LIMIT), "Copied from sample " + RATE_LIMIT);
		assertThat(this.mvc.get().uri("/w/" + EDIT_ID + "/exercise?check=true&hints=2")).hasStatusOk()
			.bodyText()
			.contains("Solved: every expectation is met.")
			.contains("<td>delivered (status 429)</td>")
			.contains("name=\"hints\" value=\"2\"")
			.doesNotContain("Not solved yet");
	}

	static Stream<String> samples() {
		return SAMPLES.list().stream().map((sample) -> sample.name());
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everySampleIsSolvedExactlyByTheFixInItsReadme(String name) throws IOException {
		copyOf(name, files(name), "Copied from sample " + name);
		boolean healthy = name.startsWith("00-");

		assertThat(this.mvc.get().uri("/w/" + EDIT_ID + "/exercise?check=true")).hasStatusOk()
			.bodyText()
			.contains(healthy ? "Solved: every expectation is met." : "Not solved yet");

		copyOf(name, fixed(name), "Copied from sample " + name);
		assertThat(this.mvc.get().uri("/w/" + EDIT_ID + "/exercise?check=true")).hasStatusOk()
			.bodyText()
			.contains("Solved: every expectation is met.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "{ \"requests\": 3 }|scenario.json:1:",
			"not json|scenario.json:1:1" })
	void showsABrokenScenarioInsteadOfTheGoalAndTheCheck(String scenario, String message) {
		copyOf(RATE_LIMIT, files(RATE_LIMIT).with("scenario.json", scenario.getBytes(StandardCharsets.UTF_8)),
				"Copied from sample " + RATE_LIMIT);

		assertThat(this.mvc.get().uri("/w/" + EDIT_ID + "/exercise?check=true")).hasStatusOk()
			.bodyText()
			.contains("id=\"goal-problem\"")
			.contains("id=\"check-problem\"")
			.contains(message)
			.doesNotContain("Solved");
	}

	@Test
	void showsRequestNamesFromTheScenarioAsText() {
		String xss = "<script>alert(1)</script>";
		String scenario = files(RATE_LIMIT).text("scenario.json").orElseThrow().replace("\"load order\"", "\"" + xss.replace("/", "\\/") + "\"");
		copyOf(RATE_LIMIT, files(RATE_LIMIT).with("scenario.json", scenario.getBytes(StandardCharsets.UTF_8)),
				"Copied from sample " + RATE_LIMIT);

		assertThat(this.mvc.get().uri("/w/" + EDIT_ID + "/exercise?check=true")).hasStatusOk()
			.bodyText()
			.contains("<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>")
			.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>")
			.doesNotContain(xss);
	}

	@Test
	void answersAHintCountThatIsNoNumberWithTheBadRequestPage() {
		copyOf(RATE_LIMIT, files(RATE_LIMIT), "Copied from sample " + RATE_LIMIT);

		assertThat(this.mvc.get().uri("/w/" + EDIT_ID + "/exercise?hints=many")).hasStatus(400);
	}

	@Test
	void showsAMissingScenarioInsteadOfTheGoal() {
		copyOf(RATE_LIMIT, files(RATE_LIMIT).without("scenario.json"), "Copied from sample " + RATE_LIMIT);

		assertThat(this.mvc.get().uri("/w/" + EDIT_ID + "/exercise?check=true")).hasStatusOk()
			.bodyText()
			.contains("The workspace holds no scenario.json");
	}

	@Test
	void offersTheStablePermalinkToShare() {
		copyOf(RATE_LIMIT, files(RATE_LIMIT), "Copied from sample " + RATE_LIMIT);

		assertThat(this.mvc.get().uri("/w/" + EDIT_ID + "/exercise")).hasStatusOk()
			.bodyText()
			.contains("value=\"http://localhost/training/" + RATE_LIMIT + "\"");
	}

	private void copyOf(String sample, WorkspaceFiles files, String firstMessage) {
		Instant when = Instant.parse("2026-05-01T10:00:00Z");
		given(this.store.files(eq(this.summary), anyInt())).willReturn(Optional.of(files));
		given(this.store.history(this.summary)).willReturn(List.of(new RevisionSummary(2, when, "Edited", Optional.empty()),
				new RevisionSummary(1, when, firstMessage, Optional.empty())));
	}

	private static WorkspaceFiles files(String sample) {
		return SAMPLES.files(sample).orElseThrow();
	}

	private static WorkspaceFiles fixed(String sample) throws IOException {
		WorkspaceFiles files = files(sample);
		for (Map.Entry<String, String> file : ReadmeFix.apply(Path.of("sample-policies", sample, "README.md"), files).entrySet()) {
			files = files.with(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
		}
		return files;
	}

}
