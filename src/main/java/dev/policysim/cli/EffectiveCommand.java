package dev.policysim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.policysim.effective.CalculationProblem;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.EffectivePolicyCalculator;
import dev.policysim.effective.EffectivePolicyJson;
import dev.policysim.effective.EffectivePolicyXml;
import dev.policysim.effective.PolicyContext;
import dev.policysim.effective.UnknownNameException;
import dev.policysim.workspace.LoadProblem;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceReader;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code effective DIR|ZIP --api A [--operation O] [--product P|--no-product] [--format xml|json]}:
 * prints the policy that really runs for one context (formats.md §5 and §6). The result alone goes
 * to stdout, so it can be piped; files that could not be read and problems of the calculation go
 * to stderr as warnings. Unknown names exit with 2 and list the valid ones.
 */
@Command(name = "effective", mixinStandardHelpOptions = true,
		description = "Prints the effective policy of an API (or one of its operations) in a product context, "
				+ "flattened as the gateway runs it, each policy traced to its file and line.")
final class EffectiveCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "DIR|ZIP", description = "An APIOps workspace: a folder or a zip of one.")
	private Path workspace = Path.of("");

	@Option(names = "--api", required = true, paramLabel = "A",
			description = "The API's name (its folder under apis/).")
	private String api = "";

	@Option(names = "--operation", paramLabel = "O",
			description = "An operation (its operationId). Without it: the API-level policy.")
	private @Nullable String operation;

	@ArgGroup(exclusive = true)
	private @Nullable ProductChoice product;

	@Option(names = "--format", paramLabel = "xml|json", defaultValue = "xml", converter = FormatConverter.class,
			description = "xml (the portal's flattened document, the default) or json (formats.md §5).")
	private Format format = Format.XML;

	@Spec
	private @Nullable CommandSpec spec;

	@Override
	public Integer call() {
		Workspace loaded = load();
		EffectivePolicyCalculator calculator = new EffectivePolicyCalculator();
		EffectivePolicy policy;
		try {
			PolicyContext context = calculator.context(loaded, this.api, Optional.ofNullable(this.operation),
					productName());
			policy = calculator.calculate(loaded, context);
		}
		catch (UnknownNameException ex) {
			throw new UsageException(ex.getMessage());
		}
		warn(loaded, policy);
		PrintWriter out = spec().commandLine().getOut();
		out.print((this.format == Format.JSON) ? new EffectivePolicyJson().write(policy) + "\n"
				: new EffectivePolicyXml().write(policy));
		out.flush();
		return ExitCodes.OK;
	}

	private Workspace load() {
		return new WorkspaceReader().read(WorkspaceArgument.files(this.workspace));
	}

	private Optional<String> productName() {
		return Optional.ofNullable(this.product).flatMap((choice) -> Optional.ofNullable(choice.name));
	}

	/** What the user should know beside the result: unreadable files make it incomplete. */
	private void warn(Workspace loaded, EffectivePolicy policy) {
		PrintWriter err = spec().commandLine().getErr();
		for (LoadProblem problem : loaded.problems()) {
			err.println("warning: " + problem.file() + ":" + problem.position() + ": " + problem.message());
		}
		for (CalculationProblem problem : policy.problems()) {
			err.println("warning: " + problem.location().file() + ":" + problem.location().position() + ": "
					+ problem.message() + " [" + problem.rule() + "]");
		}
		err.flush();
	}

	private CommandSpec spec() {
		if (this.spec == null) {
			throw new IllegalStateException("picocli did not inject the command spec");
		}
		return this.spec;
	}

	/** {@code --product P} or {@code --no-product}; neither means no product. */
	static final class ProductChoice {

		@Option(names = "--product", paramLabel = "P",
				description = "The product context (a product containing the API).")
		@Nullable String name;

		@Option(names = "--no-product", description = "No product context (the default): product policies do not run.")
		boolean none;

	}

	/** The output formats. */
	enum Format {

		XML, JSON

	}

	/** Reads {@code --format} in any case. */
	static final class FormatConverter extends EnumFormatConverter<Format> {

		FormatConverter() {
			super(Format.class);
		}

	}

}
