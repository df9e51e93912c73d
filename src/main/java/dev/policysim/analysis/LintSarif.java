package dev.policysim.analysis;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes a lint report as SARIF 2.1.0 (formats.md §5) with the java-sarif model, in the shape GitHub
 * code scanning reads: one run; {@code tool.driver} with every rule of the registry (id, name, short
 * and full description, help text and markdown with the bad and good snippets, default level,
 * help URI); one result per finding with {@code ruleId}, {@code ruleIndex}, {@code level},
 * {@code message.text}, a physical location relative to the workspace root ({@code %SRCROOT%}) and
 * a {@code partialFingerprints} entry that follows the finding's source line, not its line
 * number, so alerts survive edits above them. The java-sarif classes carry Jackson 2 annotations,
 * so a Jackson 2 mapper writes them. Immutable and safe to share between threads.
 */
public final class LintSarif {

	/** The schema GitHub and the OASIS standard name for SARIF 2.1.0. */
	public static final URI SCHEMA = URI
		.create("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");

	/** The base id of every result's URI: the workspace root, which code scanning maps to the checkout. */
	public static final String SOURCE_ROOT = "%SRCROOT%";

	/** The key of the fingerprint this tool computes, besides the line hash GitHub computes itself. */
	public static final String FINGERPRINT = "policysimFinding/v1";

	private static final String TOOL = "apim-policy-simulator";

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
		.addMixIn(ReportingConfiguration.class, ExplicitLevel.class)
		.addMixIn(Result.class, ExplicitLevel.class);

	private final String version;

	private final Optional<URI> informationUri;

	/**
	 * A writer naming the tool's version.
	 * @param version the tool's version, e.g. {@code 0.1.0}
	 * @param informationUri where people learn about the tool; empty while it has no public home
	 */
	public LintSarif(String version, Optional<URI> informationUri) {
		this.version = Objects.requireNonNull(version, "version");
		this.informationUri = Objects.requireNonNull(informationUri, "informationUri");
	}

	/**
	 * The report as SARIF.
	 * @param report the report
	 * @param sources the files' lines, for the fingerprints; without them the line number stands in
	 * @return the SARIF log as pretty-printed JSON
	 */
	public String write(LintReport report, SourceLines sources) {
		try {
			return MAPPER.writeValueAsString(log(report, sources));
		}
		catch (JsonProcessingException ex) {
			// the model holds only strings, numbers and URIs; this would be a bug in the library
			throw new IllegalStateException("cannot write SARIF: " + ex.getMessage(), ex);
		}
	}

	private SarifSchema210 log(LintReport report, SourceLines sources) {
		List<Rule> rules = Rules.all();
		Map<String, Integer> indexes = new HashMap<>();
		Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
		for (Rule rule : rules) {
			indexes.put(rule.info().id(), descriptors.size());
			descriptors.add(SarifRules.descriptor(rule));
		}
		ToolComponent driver = new ToolComponent().withName(TOOL).withVersion(this.version).withRules(descriptors);
		this.informationUri.ifPresent(driver::setInformationUri);
		List<Result> results = new ArrayList<>();
		Map<String, Integer> occurrences = new HashMap<>();
		for (Finding finding : report.findings()) {
			results.add(result(finding, indexes, sources, occurrences));
		}
		Run run = new Run().withTool(new Tool().withDriver(driver)).withResults(results)
			.withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS);
		return new SarifSchema210().with$schema(SCHEMA).withVersion(SarifSchema210.Version._2_1_0).withRuns(List.of(run));
	}

	private static Result result(Finding finding, Map<String, Integer> indexes, SourceLines sources,
			Map<String, Integer> occurrences) {
		PhysicalLocation physical = new PhysicalLocation()
			.withArtifactLocation(new ArtifactLocation().withUri(uri(finding.file())).withUriBaseId(SOURCE_ROOT))
			.withRegion(new Region().withStartLine(finding.line()).withStartColumn(finding.column()));
		Result result = new Result().withRuleId(finding.rule())
			.withLevel(Result.Level.fromValue(finding.severity().sarifLevel()))
			.withMessage(new Message().withText(finding.message()))
			.withLocations(List.of(new Location().withPhysicalLocation(physical)))
			.withPartialFingerprints(new PartialFingerprints().withAdditionalProperty(FINGERPRINT,
					fingerprint(finding, sources, occurrences)));
		Integer index = indexes.get(finding.rule());
		if (index != null) {
			result.setRuleIndex(index);
		}
		return result;
	}

	/**
	 * java-sarif leaves out values equal to SARIF's defaults, so a {@code warning} level would
	 * vanish; code scanning and people reading the log see every level spelled out instead.
	 */
	private abstract static class ExplicitLevel {

		@JsonInclude(JsonInclude.Include.ALWAYS)
		abstract Object getLevel();

	}

	/** A path as a relative URI reference: {@code policy fragments/x} becomes {@code policy%20fragments/x}. */
	static String uri(String file) {
		try {
			return new URI(null, null, file, null).toASCIIString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("not a workspace path: " + file, ex);
		}
	}

	/**
	 * The rule, the file and the content of the finding's line (or its number when the source is
	 * unknown), with a counter for identical lines: stable while lines above it change.
	 */
	private static String fingerprint(Finding finding, SourceLines sources, Map<String, Integer> occurrences) {
		String anchor = sources.line(finding.file(), finding.line()).map(String::strip)
			.orElse("line " + finding.line());
		String key = finding.rule() + "\u0000" + finding.file() + "\u0000" + anchor;
		int occurrence = occurrences.merge(key, 1, Integer::sum);
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((key + "\u0000" + occurrence).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java runtime has SHA-256
			throw new IllegalStateException(ex);
		}
	}

}
