package dev.policysim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.policysim.analysis.Analyzer;
import dev.policysim.analysis.LintJson;
import dev.policysim.analysis.LintReport;
import dev.policysim.analysis.LintSarif;
import dev.policysim.analysis.LintText;
import dev.policysim.analysis.Severity;
import dev.policysim.analysis.SourceLines;
import dev.policysim.workspace.WorkspaceFiles;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code lint DIR|ZIP [--format text|json|sarif] [--fail-on error|warning|info|never]}: runs every
 * rule over every effective policy of a workspace (formats.md §5 and §6). Exit 0 when no finding
 * reaches the threshold, 1 when one does, 2 for unusable input. The report alone goes to stdout,
 * so JSON and SARIF can be piped; a workspace's unreadable files are findings ({@code xml-invalid},
 * {@code file-invalid}), not failures.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
		description = "Lints every effective policy of a workspace: each problem once, at the source element "
				+ "that causes it, with the API, operation and product contexts where it bites.")
final class LintCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "DIR|ZIP", description = "An APIOps workspace: a folder or a zip of one.")
	private Path workspace = Path.of("");

	@Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
			converter = FormatConverter.class,
			description = "text (for people, the default), json (formats.md §5) or sarif (SARIF 2.1.0, for code scanning).")
	private Format format = Format.TEXT;

	@Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "error",
			converter = ThresholdConverter.class,
			description = "Exit with 1 when a finding is at least this severe (default: error); never: always 0.")
	private Threshold failOn = Threshold.ERROR;

	@Spec
	private @Nullable CommandSpec spec;

	@Override
	public Integer call() {
		WorkspaceFiles files = WorkspaceArgument.files(this.workspace);
		LintReport report = new Analyzer().analyze(files);
		SourceLines sources = SourceLines.of(files);
		PrintWriter out = spec().commandLine().getOut();
		out.print(switch (this.format) {
			case TEXT -> new LintText().write(report, sources);
			case JSON -> new LintJson().write(report) + "\n";
			case SARIF -> new LintSarif(version(), Optional.empty()).write(report, sources) + "\n";
		});
		out.flush();
		return this.failOn.severity().filter(report::fails).isPresent() ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	private static String version() {
		String version = LintCommand.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "development";
	}

	private CommandSpec spec() {
		if (this.spec == null) {
			throw new IllegalStateException("picocli did not inject the command spec");
		}
		return this.spec;
	}

	/** The output formats. */
	enum Format {

		TEXT, JSON, SARIF

	}

	/** Reads {@code --format} in any case. */
	static final class FormatConverter extends EnumFormatConverter<Format> {

		FormatConverter() {
			super(Format.class);
		}

	}

	/** The least severity that fails the command; {@link #NEVER} fails on nothing. */
	enum Threshold {

		ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

		private final @Nullable Severity severity;

		Threshold(@Nullable Severity severity) {
			this.severity = severity;
		}

		Optional<Severity> severity() {
			return Optional.ofNullable(this.severity);
		}

	}

	/** Accepts {@code error}, {@code warning}, {@code info} and {@code never} in any case. */
	static final class ThresholdConverter implements ITypeConverter<Threshold> {

		@Override
		public Threshold convert(String value) {
			for (Threshold candidate : Threshold.values()) {
				if (candidate.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
					return candidate;
				}
			}
			throw new TypeConversionException("'" + value + "' is not a threshold; use error, warning, info or never");
		}

	}

}
