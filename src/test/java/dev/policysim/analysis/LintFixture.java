package dev.policysim.analysis;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.policysim.workspace.WorkspaceFiles;

/**
 * Lints small workspaces written as text, for the tests of the analyzer and of each rule, and
 * turns findings into short comparable strings ({@code cors-not-first error policy.xml:4:5}).
 */
public final class LintFixture {

	/**
	 * A cors element; placed first by {@link #policy} or {@link #global} it stands at line 3, column 5.
	 * It states every attribute, allows GET and POST and the {@code Content-Type} header, and spans 12
	 * lines.
	 */
	public static final String CORS = """
			<cors allow-credentials="false" terminate-unmatched-request="false">
			  <allowed-origins>
			    <origin>https://portal.contoso.com</origin>
			  </allowed-origins>
			  <allowed-methods>
			    <method>GET</method>
			    <method>POST</method>
			  </allowed-methods>
			  <allowed-headers>
			    <header>Content-Type</header>
			  </allowed-headers>
			</cors>""";

	/** {@code <base />}; placed first by {@link #policy} it stands at line 3, column 5. */
	public static final String BASE = "<base />";

	private LintFixture() {
	}

	/**
	 * An {@code apiInformation.json}.
	 * @param subscriptionRequired whether calls need a key
	 * @param keyHeader the subscription-key header's name
	 * @return the JSON
	 */
	public static String apiInformation(boolean subscriptionRequired, String keyHeader) {
		return "{\"properties\": {\"subscriptionRequired\": " + subscriptionRequired
				+ ", \"subscriptionKeyParameterNames\": {\"header\": \"" + keyHeader
				+ "\", \"query\": \"subscription-key\"}}}";
	}

	/**
	 * A {@code productInformation.json}.
	 * @param subscriptionRequired {@code false} for an open product
	 * @return the JSON
	 */
	public static String productInformation(boolean subscriptionRequired) {
		return "{\"properties\": {\"displayName\": \"p\", \"subscriptionRequired\": " + subscriptionRequired
				+ ", \"state\": \"published\"}}";
	}

	/**
	 * A product's membership file for an API.
	 * @param api the API's name
	 * @return the JSON
	 */
	public static String membership(String api) {
		return "{\"properties\": {\"apiId\": \"/apis/" + api + "\"}}";
	}

	/**
	 * Files by path, given as alternating path and content.
	 * @param pathsAndContents path, content, path, content, ...
	 * @return the files
	 */
	public static Map<String, String> files(String... pathsAndContents) {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pathsAndContents.length; i += 2) {
			files.put(pathsAndContents[i], pathsAndContents[i + 1]);
		}
		return files;
	}

	/**
	 * The workspace files of some texts.
	 * @param files the content by path
	 * @return the workspace files
	 */
	public static WorkspaceFiles workspace(Map<String, String> files) {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
		return WorkspaceFiles.of(bytes);
	}

	/**
	 * Lints a workspace with every rule.
	 * @param files the content by path
	 * @return the report
	 */
	public static LintReport lint(Map<String, String> files) {
		return new Analyzer().analyze(workspace(files));
	}

	/**
	 * The findings of one rule as {@code file:line:column}.
	 * @param report a report
	 * @param rule the rule id
	 * @return the places, in report order
	 */
	public static List<String> places(LintReport report, String rule) {
		return report.findings().stream().filter((finding) -> finding.rule().equals(rule))
			.map((finding) -> finding.file() + ":" + finding.line() + ":" + finding.column())
			.toList();
	}

	/**
	 * The findings of one rule.
	 * @param report a report
	 * @param rule the rule id
	 * @return the findings, in report order
	 */
	public static List<Finding> of(LintReport report, String rule) {
		return report.findings().stream().filter((finding) -> finding.rule().equals(rule)).toList();
	}

	/**
	 * Every finding as {@code rule severity file:line:column}.
	 * @param report a report
	 * @return the lines, in report order
	 */
	public static List<String> summary(LintReport report) {
		return report.findings().stream()
			.map((finding) -> finding.rule() + " " + finding.severity() + " " + finding.file() + ":" + finding.line()
					+ ":" + finding.column())
			.toList();
	}

	/**
	 * A scope's policy document with the given inbound content, indented by four spaces so its first
	 * line is line 3, column 5, and every other section holding only {@code <base />}.
	 * @param inbound the inbound section's content
	 * @return the document
	 */
	public static String policy(String inbound) {
		return "<policies>\n  <inbound>\n" + indent(inbound) + "\n  </inbound>\n  <backend>\n    <base />\n  </backend>\n"
				+ "  <outbound>\n    <base />\n  </outbound>\n  <on-error>\n    <base />\n  </on-error>\n</policies>\n";
	}

	/**
	 * The global document with the given inbound content (indented as by {@link #policy}) and
	 * forward-request in backend.
	 * @param inbound the inbound section's content
	 * @return the document
	 */
	public static String global(String inbound) {
		return "<policies>\n  <inbound>\n" + indent(inbound) + "\n  </inbound>\n  <backend>\n    <forward-request />\n"
				+ "  </backend>\n  <outbound />\n  <on-error />\n</policies>\n";
	}

	private static String indent(String content) {
		return content.indent(4).stripTrailing();
	}

	/**
	 * An OpenAPI 3 specification with the given operations.
	 * @param operations each as {@code METHOD /template operationId}
	 * @return the YAML
	 */
	public static String specification(String... operations) {
		Map<String, StringBuilder> paths = new LinkedHashMap<>();
		for (String operation : operations) {
			String[] parts = operation.split(" ");
			paths.computeIfAbsent(parts[1], (path) -> new StringBuilder())
				.append("    ").append(parts[0].toLowerCase(Locale.ROOT)).append(":\n")
				.append("      operationId: ").append(parts[2]).append('\n')
				.append("      responses:\n        '200':\n          description: ok\n");
		}
		StringBuilder yaml = new StringBuilder("openapi: 3.0.1\ninfo:\n  title: test\n  version: '1'\npaths:\n");
		paths.forEach((path, body) -> yaml.append("  '").append(path).append("':\n").append(body));
		return yaml.toString();
	}

}
