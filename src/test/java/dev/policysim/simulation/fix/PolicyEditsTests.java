package dev.policysim.simulation.fix;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.policysim.policy.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Edits on a policy file's original text: the author's layout stays, inserted elements line up. */
class PolicyEditsTests {

	private static final String XML = """
			<!-- Starter: 5 calls a minute -->
			<policies>
			  <inbound>
			    <rate-limit calls="5" renewal-period="60" />
			    <cors allow-credentials="false">
			      <allowed-origins>
			        <origin>https://portal.contoso.com</origin>
			      </allowed-origins>
			    </cors>
			  </inbound>
			  <outbound />
			</policies>
			""";

	static Stream<Arguments> edits() {
		return Stream.of(
				Arguments.of("moves an element above another, keeping its inner layout",
						(Consumer<PolicyEdits>) (edits) -> {
							String cors = edits.extract(new Position(5, 5));
							edits.delete(new Position(5, 5));
							edits.insertBefore(new Position(4, 5), cors);
						}, """
						<!-- Starter: 5 calls a minute -->
						<policies>
						  <inbound>
						    <cors allow-credentials="false">
						      <allowed-origins>
						        <origin>https://portal.contoso.com</origin>
						      </allowed-origins>
						    </cors>
						    <rate-limit calls="5" renewal-period="60" />
						  </inbound>
						  <outbound />
						</policies>
						"""),
				Arguments.of("adds a child one step deeper than its parent",
						(Consumer<PolicyEdits>) (edits) -> edits.appendChild(new Position(6, 7),
								"<origin>https://staging.contoso.com</origin>"), """
						<!-- Starter: 5 calls a minute -->
						<policies>
						  <inbound>
						    <rate-limit calls="5" renewal-period="60" />
						    <cors allow-credentials="false">
						      <allowed-origins>
						        <origin>https://portal.contoso.com</origin>
						        <origin>https://staging.contoso.com</origin>
						      </allowed-origins>
						    </cors>
						  </inbound>
						  <outbound />
						</policies>
						"""),
				Arguments.of("opens a self-closing parent for a child",
						(Consumer<PolicyEdits>) (edits) -> edits.appendChild(new Position(11, 3), "<base />"), """
						<!-- Starter: 5 calls a minute -->
						<policies>
						  <inbound>
						    <rate-limit calls="5" renewal-period="60" />
						    <cors allow-credentials="false">
						      <allowed-origins>
						        <origin>https://portal.contoso.com</origin>
						      </allowed-origins>
						    </cors>
						  </inbound>
						  <outbound>
						    <base />
						  </outbound>
						</policies>
						"""),
				Arguments.of("replaces one attribute and adds another",
						(Consumer<PolicyEdits>) (edits) -> {
							edits.setAttribute(new Position(5, 5), "allow-credentials", "true");
							edits.setAttribute(new Position(4, 5), "counter-key", "x");
						}, """
						<!-- Starter: 5 calls a minute -->
						<policies>
						  <inbound>
						    <rate-limit calls="5" renewal-period="60" counter-key="x" />
						    <cors allow-credentials="true">
						      <allowed-origins>
						        <origin>https://portal.contoso.com</origin>
						      </allowed-origins>
						    </cors>
						  </inbound>
						  <outbound />
						</policies>
						"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("edits")
	void editsTheTextInPlace(String rule, Consumer<PolicyEdits> change, String expected) {
		PolicyEdits edits = PolicyEdits.of("products/starter/policy.xml", XML);
		change.accept(edits);

		Patch patch = edits.patch();

		assertThat(patch.text()).isEqualTo(expected);
		assertThat(apply(patch.diff(), XML)).as("the diff turns the original into the patched text")
			.isEqualTo(expected);
		assertThat(patch.diff()).startsWith("--- a/products/starter/policy.xml\n+++ b/products/starter/policy.xml\n@@ ");
	}

	@Test
	void insertsOnTheSameLineWhenTheFileIsOneLine() {
		PolicyEdits edits = PolicyEdits.of("policy.xml", "<policies><inbound><rate-limit calls=\"5\" renewal-period=\"60\" /></inbound></policies>\n");
		edits.insertBefore(new Position(1, 20), "<base />");

		assertThat(edits.patch().text())
			.isEqualTo("<policies><inbound><base />\n<rate-limit calls=\"5\" renewal-period=\"60\" /></inbound></policies>\n");
	}

	@Test
	void createsAFileFromNothing() {
		Patch patch = PolicyEdits.create("apis/orders/policy.xml", "<policies>\n</policies>\n");

		assertThat(patch.diff()).isEqualTo("--- /dev/null\n+++ b/apis/orders/policy.xml\n@@ -0,0 +1,2 @@\n+<policies>\n+</policies>\n");
	}

	@Test
	void refusesOverlappingEdits() {
		PolicyEdits edits = PolicyEdits.of("policy.xml", XML);
		edits.delete(new Position(5, 5));

		assertThatIllegalStateException().isThrownBy(() -> edits.appendChild(new Position(6, 7), "<origin>x</origin>"));
	}

	private static String apply(String diff, String original) {
		List<String> lines = Arrays.asList(original.split("\n"));
		try {
			return String.join("\n", DiffUtils.patch(lines, UnifiedDiffUtils.parseUnifiedDiff(Arrays.asList(diff.split("\n")))))
					+ "\n";
		}
		catch (Exception ex) {
			throw new AssertionError("the diff does not apply", ex);
		}
	}

}
