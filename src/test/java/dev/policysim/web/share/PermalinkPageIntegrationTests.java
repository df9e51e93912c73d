package dev.policysim.web.share;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.policysim.simulation.SimulationReport;
import dev.policysim.store.ScenarioSource;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.store.WorkspaceSummary;
import dev.policysim.web.api.ApiIntegrationTest;
import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The permalink page: read-only, complete, unchanged by later edits, forkable; 404 and 410 pages. */
@ApiIntegrationTest
class PermalinkPageIntegrationTests {

	static final Pattern CSRF_VALUE = Pattern.compile("name=\"_csrf\" value=\"[^\"]*\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Simulations simulations;

	@Autowired
	WorkspaceStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void showsEverythingAReviewerNeedsAndNoEditControl() throws Exception {
		WorkspaceFiles files = sample().with("notes/evil.txt", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		String id = save(files, Optional.of(30));

		String page = page(id);

		assertThat(page).contains("rate-limit runs before cors in the Orders API", "6</strong> requests",
				"MissingAllowOriginHeader",
				"Access to fetch at &#39;https://contoso.azure-api.net/orders/42&#39; from origin &#39;https://portal.contoso.com&#39; has been blocked by CORS policy",
				"none (blocked)", "apis/orders/policy.xml:4:5", "Fix:", "failed (expected delivered)");
		assertThat(page).contains("apim-2026-11", "set by the scenario", "assumed (the profile's default");
		assertThat(page).containsPattern("subscriptionCheckBeforePolicies</code></td>\\s*<td>true</td>\\s*<td class=\"assumed\">");
		assertThat(page).contains("Expires</dt><dd>20", "App version", "&lt;rate-limit", "&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(page).contains("&quot;repeat&quot;: 6");
		assertThat(page).doesNotContain("<textarea", "contenteditable", "/files/delete", "type=\"text\"");
		assertThat(Pattern.compile("<form").matcher(page).results().count()).isEqualTo(1);
		assertThat(Pattern.compile("<input").matcher(page).results().count()).isEqualTo(1);
		assertThat(page).contains("action=\"/s/" + id + "/fork\"", "name=\"_csrf\"");
	}

	@Test
	void nothingEditedLaterChangesThePermalink() throws Exception {
		WorkspaceSummary workspace = this.store.create("editable", sample(), "Created");
		WorkspaceFiles saved = this.store.files(workspace, workspace.currentRevision()).orElseThrow();
		String id = save(saved, Optional.empty());
		String before = page(id);
		String jsonBefore = this.mvc.get().uri("/api/v1/simulations/" + id).exchange().getResponse().getContentAsString();

		this.store.save(workspace.editId(), saved.with("apis/orders/policy.xml", "<policies><inbound><cors/></inbound></policies>"
			.getBytes(StandardCharsets.UTF_8)).without("scenario.json"), "edited after saving");

		assertThat(page(id)).isEqualTo(before);
		assertThat(this.mvc.get().uri("/api/v1/simulations/" + id).exchange().getResponse().getContentAsString())
			.isEqualTo(jsonBefore);
	}

	@Test
	void forksTheSnapshotIntoANewWorkspaceToEdit() throws Exception {
		WorkspaceFiles files = sample();
		String id = save(files, Optional.empty());
		String before = page(id);

		MvcTestResult forked = this.mvc.post().uri("/s/" + id + "/fork").with(csrf()).exchange();

		assertThat(forked).hasStatus3xxRedirection();
		String location = forked.getResponse().getRedirectedUrl();
		assertThat(location).matches("/w/[0-9A-Za-z]+");
		WorkspaceSummary fork = this.store.byEditId(location.substring(3)).orElseThrow();
		assertThat(fork.name()).isEqualTo("Fork of rate-limit runs before cors in the Orders API");
		WorkspaceFiles copied = this.store.files(fork, fork.currentRevision()).orElseThrow();
		assertThat(copied.paths()).isEqualTo(files.paths());
		files.paths().forEach((path) -> assertThat(copied.content(path)).hasValue(files.content(path).orElseThrow()));
		assertThat(this.mvc.get().uri(location).exchange()).hasStatus(200);
		assertThat(page(id)).isEqualTo(before);
	}

	@Test
	void refusesAForkWithoutCsrfToken() {
		String id = save(sample(), Optional.empty());

		assertThat(this.mvc.post().uri("/s/" + id + "/fork").exchange()).hasStatus(403);
	}

	@Test
	void answersTheNotFoundPageForAnUnknownId() {
		MvcTestResult result = this.mvc.get().uri("/s/AAAAAAAAAAAAAAAAAAAAAA").exchange();

		assertThat(result).hasStatus(404).hasContentTypeCompatibleWith("text/html");
		assertThat(result).bodyText().contains("Not found", "no saved simulation");
		assertThat(this.mvc.post().uri("/s/AAAAAAAAAAAAAAAAAAAAAA/fork").with(csrf()).exchange()).hasStatus(404);
	}

	@Test
	void answersTheGonePageOnceExpired() {
		String id = save(sample(), Optional.of(1));
		this.jdbc.update("update permalink set expires_at = ? where public_id = ?",
				Timestamp.from(Instant.parse("2026-01-02T03:04:00Z")), id);

		MvcTestResult result = this.mvc.get().uri("/s/" + id).exchange();

		assertThat(result).hasStatus(410).hasContentTypeCompatibleWith("text/html");
		assertThat(result).bodyText().contains("This permalink has expired", "2026-01-02 03:04 UTC");
		assertThat(this.mvc.post().uri("/s/" + id + "/fork").with(csrf()).exchange()).hasStatus(410);
	}

	private String save(WorkspaceFiles files, Optional<Integer> expiresInDays) {
		ScenarioSource scenario = new ScenarioSource(files.text("scenario.json").orElseThrow(), ScenarioSource.Format.JSON);
		SimulationReport report = this.simulations.run(files, scenario);
		return this.simulations.save(files, scenario, report, expiresInDays);
	}

	private String page(String id) throws Exception {
		MvcTestResult result = this.mvc.get().uri("/s/" + id).exchange();
		assertThat(result).hasStatus(200).hasContentTypeCompatibleWith("text/html");
		return CSRF_VALUE.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).replaceAll("name=\"_csrf\"");
	}

	private static WorkspaceFiles sample() {
		try {
			return WorkspaceReader.files(Path.of("sample-policies", "03-rate-limit-before-cors"), ArchiveLimits.DEFAULTS);
		}
		catch (dev.policysim.workspace.WorkspaceInputException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
