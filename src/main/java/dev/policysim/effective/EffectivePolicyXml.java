package dev.policysim.effective;

import java.util.List;

import dev.policysim.policy.PolicyXmlWriter;
import dev.policysim.policy.ScopeKind;
import dev.policysim.policy.SectionName;

/**
 * Writes an effective policy as one {@code <policies>} document, marking each broader scope's part
 * with the comments the Azure portal's "Calculate effective policy" writes, so users recognise it:
 * <pre>
 * &lt;inbound&gt;
 *     &lt;!--base: Begin Api scope--&gt;
 *     &lt;!--base: Begin Product scope--&gt;
 *     ...
 *     &lt;!--base: End Product scope--&gt;
 *     &lt;!--base: End Api scope--&gt;
 * &lt;/inbound&gt;
 * </pre>
 * The portal spells the scopes {@code Global}, {@code Product} and {@code Api} (a published capture
 * of its output, svenmalvik.com "Azure API Management policies"); {@code Workspace} and
 * {@code Operation} are not confirmed and follow the same pattern. The narrowest scope's own
 * policies carry no comment, and a section without policies is an empty element, as in the
 * portal. Beyond the portal, a comment above {@code <policies>} names the context, and each
 * section starts with a comment for each broader scope it left out. Immutable and safe to share between threads.
 */
public final class EffectivePolicyXml {

	private final PolicyXmlWriter writer = new PolicyXmlWriter();

	/**
	 * The effective policy as XML.
	 * @param policy the effective policy
	 * @return the document, ending with a line break
	 */
	public String write(EffectivePolicy policy) {
		StringBuilder out = new StringBuilder(1024);
		out.append("<!--").append(commentText("effective policy for " + policy.context())).append("-->\n");
		out.append("<policies>\n");
		for (SectionName section : SectionName.values()) {
			section(policy, section, out);
		}
		out.append("</policies>\n");
		return out.toString();
	}

	private void section(EffectivePolicy policy, SectionName name, StringBuilder out) {
		EffectiveSection section = policy.section(name);
		List<CutOff> cutOffs = policy.cutOffs().stream().filter((cutOff) -> cutOff.section() == name).toList();
		if (section.elements().isEmpty() && cutOffs.isEmpty()) {
			// the portal writes a section without policies as an empty element, without scope comments
			out.append("    <").append(name.xmlName()).append(" />\n");
			return;
		}
		out.append("    <").append(name.xmlName()).append(">\n");
		for (CutOff cutOff : cutOffs) {
			comment("left out: " + cutOff.scope() + " " + name + ", because " + cutOff.because(), out);
		}
		List<ScopeBoundary> boundaries = section.boundaries();
		List<EffectiveElement> elements = section.elements();
		int next = 0;
		for (int index = 0; index <= elements.size(); index++) {
			while (next < boundaries.size() && boundaries.get(next).index() == index) {
				comment(boundary(boundaries.get(next)), out);
				next++;
			}
			if (index < elements.size()) {
				this.writer.write(elements.get(index).element(), 2, out);
				out.append('\n');
			}
		}
		out.append("    </").append(name.xmlName()).append(">\n");
	}

	private static String boundary(ScopeBoundary boundary) {
		return "base: " + (boundary.begin() ? "Begin " : "End ") + portalName(boundary.scope().kind()) + " scope";
	}

	/** The scope's name as the portal writes it in its comments. */
	static String portalName(ScopeKind kind) {
		return switch (kind) {
			case GLOBAL -> "Global";
			case WORKSPACE -> "Workspace";
			case PRODUCT -> "Product";
			case API -> "Api";
			case OPERATION -> "Operation";
		};
	}

	private static void comment(String text, StringBuilder out) {
		out.append("        <!--").append(commentText(text)).append("-->\n");
	}

	/** XML forbids {@code --} inside a comment and a {@code -} right before its end. */
	private static String commentText(String text) {
		String safe = text;
		while (safe.contains("--")) {
			safe = safe.replace("--", "- -");
		}
		return safe.endsWith("-") ? safe + " " : safe;
	}

}
