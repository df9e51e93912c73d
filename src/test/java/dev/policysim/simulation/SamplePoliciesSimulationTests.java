package dev.policysim.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.policysim.simulation.SampleReadme.ExpectedCause;
import dev.policysim.simulation.SampleReadme.Row;
import dev.policysim.simulation.cause.Cause;
import dev.policysim.simulation.fix.Patch;
import dev.policysim.simulation.scenario.ScenarioReader;
import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceInputException;
import dev.policysim.workspace.WorkspaceReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample of {@code sample-policies/} simulated against what its README states: per request
 * and repeat the outcome, corsError, status and console line, and the causes (rule ids in order,
 * file, line and column); and every broken sample repaired by the patches the simulation suggests.
 */
class SamplePoliciesSimulationTests {

	private static final Path SAMPLES = Path.of("sample-policies");

	static Stream<String> samples() throws IOException {
		try (Stream<Path> folders = Files.list(SAMPLES)) {
			return folders.filter(Files::isDirectory).map((folder) -> folder.getFileName().toString()).sorted()
				.toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void showsWhatTheReadmeSaysTheBrowserShows(String sample) {
		SampleReadme readme = SampleReadme.of(SAMPLES.resolve(sample));
		SimulationReport report = simulate(files(sample));

		int stated = 0;
		for (Row row : readme.rows()) {
			for (int repeat = row.firstRepeat(); repeat <= row.lastRepeat(); repeat++) {
				RequestResult result = find(report, row.request(), repeat);
				String where = row.request() + ", repeat " + repeat;
				assertThat(result.outcome().jsonName()).as(where + ": outcome").isEqualTo(row.outcome());
				assertThat(result.verdict().failure().map((failure) -> failure.error().chromiumName()))
					.as(where + ": corsError").isEqualTo(row.corsError());
				assertThat(result.verdict().status()).as(where + ": status").isEqualTo(row.status());
				assertThat(result.verdict().console()).as(where + ": console").isEqualTo(row.console());
				stated++;
			}
		}
		assertThat(report.results()).as("every request of the scenario is in the README's table").hasSize(stated);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void givesTheCausesTheReadmeListsInItsOrder(String sample) {
		SampleReadme readme = SampleReadme.of(SAMPLES.resolve(sample));
		SimulationReport report = simulate(files(sample));

		for (RequestResult result : report.results()) {
			List<String> actual = result.diagnosis().causes().stream().map(SamplePoliciesSimulationTests::describe)
				.toList();
			List<String> expected = readme.causes(result.request().name(), result.repeat()).stream()
				.map(ExpectedCause::toString).toList();
			assertThat(actual).as(result.request().name() + ", repeat " + result.repeat()).isEqualTo(expected);
		}
		assertThat(readme.withCauses()).as("the README's causes name requests of the scenario")
			.allSatisfy((key) -> assertThat(report.results().stream()
				.anyMatch((result) -> SampleReadme.key(result.request().name(), result.repeat()).equals(key))).isTrue());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void theSuggestedPatchesMakeEveryExpectationPass(String sample) {
		Repair repair = repair(files(sample));

		assertThat(repair.report().expectationsMet()).as("every expectation met after patching " + repair.applied())
			.isTrue();
		if (sample.startsWith("00-")) {
			assertThat(repair.applied()).as("the healthy reference needs no patch").isEmpty();
		}
		else {
			assertThat(repair.applied()).as("a broken sample needs a patch").isNotEmpty();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void theSuggestedPatchesWriteTheFixOfTheReadme(String sample) throws IOException {
		WorkspaceFiles original = files(sample);
		Map<String, String> fixed = ReadmeFix.apply(SAMPLES.resolve(sample).resolve("README.md"), original);
		WorkspaceFiles repaired = repair(original).files();

		fixed.forEach((file, text) -> assertThat(repaired.text(file)).as(file).contains(text));
		assertThat(repaired.paths()).as("no other file changed").allSatisfy((file) -> {
			if (!fixed.containsKey(file)) {
				assertThat(repaired.text(file)).isEqualTo(original.text(file));
			}
		});
	}

	/** Applies the first failing request's suggested patches, simulates again, until every goal is met. */
	private static Repair repair(WorkspaceFiles start) {
		WorkspaceFiles files = start;
		List<String> applied = new ArrayList<>();
		SimulationReport report = simulate(files);
		for (int round = 0; round < 5 && !report.expectationsMet(); round++) {
			RequestResult failing = report.results().stream().filter((result) -> !result.expectationMet()).findFirst()
				.orElseThrow();
			List<Patch> patches = failing.diagnosis().suggestedPatches();
			assertThat(patches).as("a patch for " + failing.request().name() + " after " + applied).isNotEmpty();
			for (Patch patch : patches) {
				files = files.with(patch.file(), patch.text().getBytes(StandardCharsets.UTF_8));
				applied.add(patch.file());
			}
			report = simulate(files);
		}
		return new Repair(files, report, applied);
	}

	private record Repair(WorkspaceFiles files, SimulationReport report, List<String> applied) {
	}

	private static SimulationReport simulate(WorkspaceFiles files) {
		return new Simulator().simulate(files, new WorkspaceReader().read(files),
				new ScenarioReader().read(files.text("scenario.json").orElseThrow()));
	}

	private static WorkspaceFiles files(String sample) {
		try {
			return WorkspaceReader.files(SAMPLES.resolve(sample), ArchiveLimits.DEFAULTS);
		}
		catch (WorkspaceInputException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

	private static RequestResult find(SimulationReport report, String request, int repeat) {
		return report.results().stream()
			.filter((result) -> result.request().name().equals(request) && result.repeat() == repeat)
			.findFirst()
			.orElseThrow(() -> new AssertionError("the scenario has no request '" + request + "', repeat " + repeat));
	}

	private static String describe(Cause cause) {
		return cause.rule() + cause.location().map((location) -> " at " + location.file() + ":" + location.line() + ":"
				+ location.column()).orElse(" (no source element)");
	}

}
