package dev.policysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceInputException;
import dev.policysim.workspace.WorkspaceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code lint} command: the report alone on stdout, exit codes of formats.md §6. */
class LintCommandTests {

	private static final Path ROOT = Path.of("target", "lint-command-tests");

	/** 0 errors, 1 warning, 2 infos. */
	private static final String WARNINGS = "sample-policies/05-duplicate-cors";

	/** 2 errors. */
	private static final String ERRORS = "sample-policies/04-product-policies-before-cors";

	private static final String HEALTHY = "sample-policies/00-healthy-reference";

	@BeforeAll
	static void writeZips() throws IOException, WorkspaceInputException {
		Files.createDirectories(ROOT);
		Files.write(ROOT.resolve("errors.zip"), WorkspaceReader.files(Path.of(ERRORS), ArchiveLimits.DEFAULTS).toZip());
		Files.writeString(ROOT.resolve("broken.zip"), "PK\u0003\u0004 this is not really a zip");
	}

	@ParameterizedTest
	@CsvSource({ WARNINGS + ", error, 0", WARNINGS + ", warning, 1", WARNINGS + ", info, 1", WARNINGS + ", never, 0",
			ERRORS + ", error, 1", ERRORS + ", never, 0", HEALTHY + ", info, 0", HEALTHY + ", warning, 0" })
	void exitsWithOneWhenAFindingReachesTheThreshold(String workspace, String failOn, int code) {
		Run run = run("lint", workspace, "--fail-on", failOn);

		assertThat(run.code()).isEqualTo(code);
		assertThat(run.err()).isEmpty();
	}

	@Test
	void failsOnErrorsByDefaultAndPrintsTextGroupedByFile() {
		Run run = run("lint", ERRORS);

		assertThat(run.code()).isEqualTo(1);
		assertThat(run.out()).startsWith("products/starter/policy.xml\n  4:5  error  cors-not-first")
			.endsWith("2 findings: 2 errors, 0 warnings, 0 info.\n");
	}

	@Test
	void writesJsonAloneOnStdout() {
		Run run = run("lint", WARNINGS, "--format", "json");

		JsonNode json = JsonMapper.builder().build().readTree(run.out());
		assertThat(json.get("findings")).hasSize(3);
		assertThat(json.get("summary").get("warning").asInt()).isEqualTo(1);
		assertThat(run.err()).isEmpty();
		assertThat(run.code()).isZero();
	}

	@Test
	void writesSarifAloneOnStdoutAndReadsZips() {
		Run run = run("lint", ROOT.resolve("errors.zip").toString(), "--format", "SARIF");

		JsonNode sarif = JsonMapper.builder().build().readTree(run.out());
		assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
		assertThat(sarif.get("runs").get(0).get("results")).hasSize(2);
		assertThat(run.code()).isEqualTo(1);
	}

	@Test
	void exitsWithTwoForAPathThatDoesNotExist() {
		Run run = run("lint", "target/no-such-workspace", "--format", "json");

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).startsWith("error: cannot load the workspace target/no-such-workspace")
			.contains("does not exist").doesNotContain("Exception");
	}

	@Test
	void exitsWithTwoForABrokenZip() {
		Run run = run("lint", ROOT.resolve("broken.zip").toString());

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("broken.zip").doesNotContain("at dev.policysim");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "--format | yaml | is not a format; use text, json or sarif",
			"--fail-on | sometimes | is not a threshold; use error, warning, info or never" })
	void exitsWithTwoForUnknownOptionValues(String option, String value, String message) {
		Run run = run("lint", HEALTHY, option, value);

		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err()).contains(message);
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = PolicySimCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
		return new Run(code, out.toString(), err.toString());
	}

	private record Run(int code, String out, String err) {
	}

}
