package dev.policysim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.policysim.browser.explain.ExplainCaseReader;
import dev.policysim.browser.explain.ExplainInput;
import dev.policysim.browser.explain.ExplainInputException;
import dev.policysim.browser.explain.ExplainJsonWriter;
import dev.policysim.browser.explain.ExplainResult;
import dev.policysim.browser.explain.ExplainTextWriter;
import dev.policysim.browser.explain.Explainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code explain FILE [--format text|json]}: what Chromium does with recorded request and response
 * headers (formats.md §4), and the fix on the server side.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
		description = "Explains what Chromium does with recorded CORS request and response headers.")
final class ExplainCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "A JSON case or array of cases (formats.md §4).")
	private Path file;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
	private Format format;

	@Override
	public Integer call() {
		ExplainInput input = read();
		List<ExplainResult> results;
		try {
			results = Explainer.explain(input);
		}
		catch (ExplainInputException ex) {
			throw new UsageException(this.file + ": " + ex.getMessage());
		}
		String output = (this.format == Format.json) ? ExplainJsonWriter.write(results, input.array())
				: ExplainTextWriter.write(results);
		this.spec.commandLine().getOut().println(output);
		return ExitCodes.OK;
	}

	private ExplainInput read() {
		String json;
		try {
			json = Files.readString(this.file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			throw new UsageException(this.file + ": no such file");
		}
		catch (IOException ex) {
			throw new UsageException(this.file + ": cannot read (" + ex.getMessage() + ")");
		}
		try {
			return ExplainCaseReader.read(json);
		}
		catch (ExplainInputException ex) {
			throw new UsageException(this.file + ": " + ex.getMessage());
		}
	}

	/** The output formats. */
	enum Format {

		text, json

	}

}
