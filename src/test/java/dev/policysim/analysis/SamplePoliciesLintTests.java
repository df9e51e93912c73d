package dev.policysim.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceInputException;
import dev.policysim.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every training workspace of {@code sample-policies/} lints to exactly the findings its README's
 * "Lint findings" table states, in that order: the README is the single source of truth.
 */
class SamplePoliciesLintTests {

	private static final Path SAMPLES = Path.of("sample-policies");

	static Stream<Path> samples() throws IOException {
		try (Stream<Path> folders = Files.list(SAMPLES)) {
			return folders.filter(Files::isDirectory).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void lintsToExactlyTheFindingsOfItsReadme(Path sample) throws IOException, WorkspaceInputException {
		LintReport report = new Analyzer().analyze(WorkspaceReader.files(sample, ArchiveLimits.DEFAULTS));

		assertThat(LintFixture.summary(report)).as(sample + "\n" + messages(report)).containsExactlyElementsOf(readme(sample));
	}

	@Test
	void everySampleIsLinted() throws IOException {
		assertThat(samples()).hasSizeGreaterThanOrEqualTo(10);
	}

	@Test
	void healthyReferenceHasNoErrorOrWarning() throws WorkspaceInputException {
		LintReport report = new Analyzer()
			.analyze(WorkspaceReader.files(SAMPLES.resolve("00-healthy-reference"), ArchiveLimits.DEFAULTS));

		assertThat(report.summary().atLeast(Severity.WARNING)).isZero();
	}

	/** The rows of the README's "Lint findings" table as {@code rule severity file:line:column}. */
	private static List<String> readme(Path sample) throws IOException {
		List<String> rows = new ArrayList<>();
		boolean inSection = false;
		for (String line : Files.readAllLines(sample.resolve("README.md"))) {
			if (line.startsWith("## ")) {
				inSection = line.equals("## Lint findings");
				continue;
			}
			if (!inSection || !line.startsWith("|") || line.startsWith("| rule") || line.startsWith("|---")) {
				continue;
			}
			String[] cells = line.substring(1, line.length() - 1).split("\\|");
			rows.add(cells[0].strip() + " " + cells[1].strip() + " " + cells[2].strip() + ":" + cells[3].strip() + ":"
					+ cells[4].strip());
		}
		return rows;
	}

	private static String messages(LintReport report) {
		StringBuilder text = new StringBuilder();
		report.findings().forEach((finding) -> text.append(finding.rule()).append(": ").append(finding.message()).append('\n'));
		return text.toString();
	}

}
