package dev.policysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.policysim.simulation.SimulationJson;
import dev.policysim.simulation.SimulationReport;
import dev.policysim.simulation.SimulationText;
import dev.policysim.simulation.Simulator;
import dev.policysim.simulation.scenario.HarReader;
import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.simulation.scenario.ScenarioInputException;
import dev.policysim.simulation.scenario.ScenarioReader;
import dev.policysim.workspace.LoadProblem;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code simulate DIR|ZIP [--scenario FILE] [--format text|json]}: replays a scenario (formats.md §2,
 * or a HAR file) through the simulated browser and gateway and reports each request (formats.md
 * §3). Exit 0 when every expectation is met, 1 when one is not, 2 for unusable input (formats.md §6).
 * The report alone goes to stdout; files of the workspace that could not be read go to stderr as
 * warnings (and into the report), and the simulation runs without them.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
		description = "Replays a scenario's requests as a browser would, through a simulated gateway running the "
				+ "workspace's policies, and explains each outcome.")
final class SimulateCommand implements Callable<Integer> {

	private static final String DEFAULT_SCENARIO = "scenario.json";

	@Parameters(index = "0", paramLabel = "DIR|ZIP", description = "An APIOps workspace: a folder or a zip of one.")
	private Path workspace = Path.of("");

	@Option(names = "--scenario", paramLabel = "FILE",
			description = "The scenario (formats.md §2) or a HAR file (.har) saved by the browser's DevTools. "
					+ "Default: scenario.json in the workspace.")
	private @Nullable Path scenario;

	@Option(names = "--format", paramLabel = "text|json", defaultValue = "text", converter = FormatConverter.class,
			description = "text (an incident report per request, the default) or json (formats.md §3).")
	private Format format = Format.TEXT;

	@Spec
	private @Nullable CommandSpec spec;

	@Override
	public Integer call() {
		WorkspaceFiles files = WorkspaceArgument.files(this.workspace);
		Workspace loaded = new WorkspaceReader().read(files);
		Scenario read = readScenario(files);
		warn(loaded);
		SimulationReport report = new Simulator().simulate(files, loaded, read);
		PrintWriter out = spec().commandLine().getOut();
		out.print((this.format == Format.JSON) ? new SimulationJson().write(report) + "\n"
				: new SimulationText().write(report));
		out.flush();
		return report.expectationsMet() ? ExitCodes.OK : ExitCodes.FINDINGS;
	}

	private Scenario readScenario(WorkspaceFiles files) {
		String name;
		String text;
		if (this.scenario == null) {
			name = this.workspace.resolve(DEFAULT_SCENARIO).toString();
			text = files.text(DEFAULT_SCENARIO).orElseThrow(() -> new UsageException("the workspace " + this.workspace
					+ " holds no " + DEFAULT_SCENARIO + "; name a scenario with --scenario FILE"));
		}
		else {
			name = this.scenario.toString();
			text = read(this.scenario);
		}
		try {
			return isHar(name, text) ? new HarReader().read(text) : new ScenarioReader().read(text);
		}
		catch (ScenarioInputException ex) {
			throw new UsageException(ex.messageFor(name));
		}
	}

	/** A HAR by its name, or by its shape when the name says nothing: a {@code log} object first. */
	private static boolean isHar(String name, String text) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".har")) {
			return true;
		}
		return !lower.endsWith(".json") && text.stripLeading().matches("(?s)\\{\\s*\"log\"\\s*:.*");
	}

	private static String read(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (NoSuchFileException ex) {
			throw new UsageException(file + ": no such file");
		}
		catch (IOException ex) {
			throw new UsageException(file + ": cannot read (" + ex.getMessage() + ")");
		}
	}

	private void warn(Workspace loaded) {
		PrintWriter err = spec().commandLine().getErr();
		for (LoadProblem problem : loaded.problems()) {
			err.println("warning: " + problem.file() + ":" + problem.position() + ": " + problem.message()
					+ " (simulating without it)");
		}
		err.flush();
	}

	private CommandSpec spec() {
		if (this.spec == null) {
			throw new IllegalStateException("picocli did not inject the command spec");
		}
		return this.spec;
	}

	/** The output formats. */
	enum Format {

		TEXT, JSON

	}

	/** Reads {@code --format} in any case. */
	static final class FormatConverter extends EnumFormatConverter<Format> {

		FormatConverter() {
			super(Format.class);
		}

	}

}
