package dev.policysim.analysis;

import java.net.URI;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;

/**
 * A rule's SARIF {@code reportingDescriptor}: what GitHub code scanning shows on an alert's page
 * (short description as its title, help as its body).
 */
final class SarifRules {

	private SarifRules() {
	}

	static ReportingDescriptor descriptor(Rule rule) {
		RuleInfo info = rule.info();
		return new ReportingDescriptor().withId(info.id())
			.withName(rule.getClass().getSimpleName())
			.withShortDescription(new MultiformatMessageString().withText(info.title()))
			.withFullDescription(new MultiformatMessageString().withText(info.rationale()))
			.withHelp(new MultiformatMessageString().withText(helpText(info)).withMarkdown(helpMarkdown(info)))
			.withHelpUri(URI.create(info.references().get(0)))
			.withDefaultConfiguration(new ReportingConfiguration()
				.withLevel(ReportingConfiguration.Level.fromValue(info.severity().sarifLevel())));
	}

	private static String helpText(RuleInfo info) {
		return info.rationale() + "\n\nFix: " + info.fix() + "\n\nBad:\n" + info.bad() + "\n\nGood:\n" + info.good()
				+ "\n\nReferences:\n" + String.join("\n", info.references());
	}

	private static String helpMarkdown(RuleInfo info) {
		StringBuilder markdown = new StringBuilder();
		markdown.append("**").append(info.title()).append("** (`").append(info.id()).append("`, ")
			.append(info.severity()).append(")\n\n").append(info.rationale()).append("\n\n**Fix:** ")
			.append(info.fix()).append("\n\nBad:\n\n```xml\n").append(info.bad()).append("\n```\n\nGood:\n\n```xml\n")
			.append(info.good()).append("\n```\n\nReferences:\n\n");
		info.references().forEach((reference) -> markdown.append("- <").append(reference).append(">\n"));
		return markdown.toString();
	}

}
