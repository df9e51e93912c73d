package dev.policysim.effective;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.PolicyReadException;
import dev.policysim.policy.PolicyXmlReader;
import dev.policysim.policy.Position;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Fragment;
import dev.policysim.workspace.KeyNames;
import dev.policysim.workspace.NamedValue;
import dev.policysim.workspace.Operation;
import dev.policysim.workspace.Product;
import dev.policysim.workspace.Workspace;
import org.jspecify.annotations.Nullable;

/**
 * Builds small workspaces from XML text for tests, with the file paths of the APIOps layout.
 * Section shorthand ({@link #section}) keeps table rows short.
 */
final class WorkspaceFixture {

	private static final PolicyXmlReader READER = new PolicyXmlReader();

	private Optional<PolicyDocument> global = Optional.empty();

	private final Map<String, Optional<PolicyDocument>> apis = new LinkedHashMap<>();

	private final Map<String, List<Operation>> operations = new LinkedHashMap<>();

	private final List<Product> products = new ArrayList<>();

	private final List<Fragment> fragments = new ArrayList<>();

	private final List<NamedValue> namedValues = new ArrayList<>();

	/**
	 * A document whose inbound holds the given shorthand: {@code base} is {@code <base />}, any
	 * other word {@code w} is {@code <set-variable name="w" value="w" />}; {@code null} means no
	 * document at all, {@code NONE} a document without an inbound section and {@code EMPTY} an
	 * empty inbound.
	 */
	static @Nullable String section(@Nullable String shorthand) {
		if (shorthand == null) {
			return null;
		}
		if (shorthand.equals("NONE")) {
			return "<policies>\n    <outbound>\n        <base />\n    </outbound>\n</policies>\n";
		}
		if (shorthand.equals("EMPTY")) {
			return "<policies>\n    <inbound />\n</policies>\n";
		}
		StringBuilder xml = new StringBuilder("<policies>\n    <inbound>\n");
		for (String word : shorthand.split(" ")) {
			if (!word.isBlank()) {
				xml.append("        ").append(word.equals("base") ? "<base />"
						: "<set-variable name=\"" + word + "\" value=\"" + word + "\" />").append('\n');
			}
		}
		return xml.append("    </inbound>\n</policies>\n").toString();
	}

	WorkspaceFixture global(@Nullable String xml) {
		this.global = document("policy.xml", xml);
		return this;
	}

	WorkspaceFixture api(String name, @Nullable String xml) {
		this.apis.put(name, document("apis/" + name + "/policy.xml", xml));
		this.operations.putIfAbsent(name, new ArrayList<>());
		return this;
	}

	WorkspaceFixture operation(String api, String name, @Nullable String xml) {
		Optional<PolicyDocument> policy = document("apis/" + api + "/operations/" + name + "/policy.xml", xml);
		this.operations.computeIfAbsent(api, (key) -> new ArrayList<>())
			.add(new Operation(name, "GET", "/" + name, policy, Optional.of("apis/" + api + "/specification.yaml"),
					Position.START));
		return this;
	}

	WorkspaceFixture product(String name, @Nullable String xml, String... apiNames) {
		return product(name, true, xml, apiNames);
	}

	/** A product without subscription requirement, whose context keyless requests get. */
	WorkspaceFixture openProduct(String name, @Nullable String xml, String... apiNames) {
		return product(name, false, xml, apiNames);
	}

	private WorkspaceFixture product(String name, boolean subscriptionRequired, @Nullable String xml,
			String... apiNames) {
		Set<String> members = new LinkedHashSet<>(List.of(apiNames));
		this.products.add(new Product(name, name, subscriptionRequired, "published",
				document("products/" + name + "/policy.xml", xml), members));
		return this;
	}

	WorkspaceFixture fragment(String name, String xml) {
		this.fragments.add(new Fragment(name, document("policy fragments/" + name + "/policy.xml", xml).orElseThrow()));
		return this;
	}

	WorkspaceFixture namedValue(String name, String displayName, @Nullable String value,
			boolean secret) {
		this.namedValues.add(new NamedValue(name, displayName, Optional.ofNullable(value), secret,
				"named values/" + name + "/namedValueInformation.json"));
		return this;
	}

	Workspace build() {
		List<Api> built = new ArrayList<>();
		this.apis.forEach((name, policy) -> built.add(new Api(name, name, name, true, KeyNames.DEFAULTS,
				Optional.empty(), policy, this.operations.getOrDefault(name, List.of()))));
		return new Workspace(this.global, this.products, built, this.fragments, this.namedValues, List.of(), List.of());
	}

	static Optional<PolicyDocument> document(String file, @Nullable String xml) {
		if (xml == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(READER.read(file, xml));
		}
		catch (PolicyReadException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

}
