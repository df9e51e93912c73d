package dev.policysim.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command. Subcommands run the domain core directly and exit with formats.md §6's
 * codes: 0 done, 1 findings or unmet expectations, 2 unusable input (one clear message on stderr,
 * never a stack trace).
 */
@Command(name = "apim-policy-simulator", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Flattens, lints and simulates Azure API Management policies.")
public final class PolicySimCommand implements Runnable {

	/** The names that make the jar act as a command line tool instead of starting the web app. */
	private static final Set<String> COMMAND_WORDS = Set.of("lint", "effective", "simulate", "explain", "help",
			"--help", "-h", "--version", "-V");

	/**
	 * The subcommands in usage order. They are added in {@link #execute(String[], PrintWriter, PrintWriter)}
	 * rather than listed in {@code @Command}: picocli reflects over every listed command when the
	 * command line is built, and a run of one subcommand need not pay for the others.
	 */
	private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	/**
	 * Whether the arguments ask for a subcommand rather than the web app.
	 * @param args the process arguments
	 * @return {@code true} when the first argument names a subcommand or asks for help
	 */
	public static boolean handles(String[] args) {
		return args.length > 0 && COMMAND_WORDS.contains(args[0]);
	}

	/**
	 * Runs a subcommand and returns its exit code.
	 * @param args the process arguments
	 * @return 0, 1 or 2 as formats.md §6 defines them
	 */
	public static int execute(String[] args) {
		return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
	}

	/**
	 * Runs a subcommand with the given output streams; tests use this.
	 * @param args the arguments
	 * @param out where results go
	 * @param err where messages go
	 * @return the exit code
	 */
	public static int execute(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new PolicySimCommand());
		@Nullable Supplier<Object> only = (args.length > 0) ? SUBCOMMANDS.get(args[0]) : null;
		if (only != null) {
			commandLine.addSubcommand(only.get());
		}
		else {
			// help and version list every subcommand
			SUBCOMMANDS.values().forEach((factory) -> commandLine.addSubcommand(factory.get()));
		}
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler(new ExitCodes.ExceptionHandler());
		commandLine.setParameterExceptionHandler(new ExitCodes.ParameterHandler());
		int code = commandLine.execute(args);
		out.flush();
		err.flush();
		return code;
	}

	private static Map<String, Supplier<Object>> subcommands() {
		Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
		subcommands.put("effective", EffectiveCommand::new);
		subcommands.put("lint", LintCommand::new);
		subcommands.put("simulate", SimulateCommand::new);
		subcommands.put("explain", ExplainCommand::new);
		return Collections.unmodifiableMap(subcommands);
	}

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

}
