package dev.policysim.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.policysim.store.WorkspaceStore;
import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest({ EffectivePolicyController.class, FindingsController.class })
@Import(WebSliceConfiguration.class)
class EffectivePolicyControllerTests {

	static final String BASE = "/v/" + StoredFixtures.VIEW_ID;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	WorkspaceStore store;

	@BeforeEach
	void contoso() throws Exception {
		WorkspaceFiles files = WorkspaceFiles.fromFolder(Path.of("src/test/resources/workspaces/contoso"), ArchiveLimits.DEFAULTS);
		StoredFixtures.stored(this.store, "Contoso", files.with("apis/orders/operations/deleteOrder/policy.xml",
				"<policies><inbound><cors/></inbound></policies>".getBytes(StandardCharsets.UTF_8))
			.with("apis/orders/operations/listOrders/policy.xml",
					"<policies><inbound><base/><include-fragment fragment-id=\"gone\"/></inbound></policies>"
						.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void showsOneTabPerProductContextOfTheApi() {
		assertThat(this.mvc.get().uri(BASE + "/effective?api=orders")).hasStatusOk()
			.bodyText()
			.contains(">No product</a>")
			.contains(">Product starter</a>")
			.contains(">Product unlimited</a>")
			.contains("compare?api=orders&amp;operation=&amp;left=&amp;right=starter");
	}

	@Test
	void tintsEachElementByItsScopeAndLinksItToItsSourceLine() {
		assertThat(this.mvc.get().uri(BASE + "/effective?api=orders&product=starter")).hasStatusOk()
			.bodyText()
			.containsPattern("class=\"el scope-product\"\\s+href=\"/v/" + StoredFixtures.VIEW_ID
					+ "\\?file=products%2Fstarter%2Fpolicy.xml&amp;line=4\"[^>]*>&lt;rate-limit")
			.containsPattern("class=\"el scope-global\"\\s+href=\"[^\"]*file=policy.xml&amp;line=3\"")
			.containsPattern("class=\"el scope-api\"\\s+href=\"[^\"]*file=apis%2Forders%2Fpolicy.xml");
	}

	@Test
	void explainsACutOffInPlace() {
		assertThat(this.mvc.get().uri(BASE + "/effective?api=orders&operation=deleteOrder&product=starter")).hasStatusOk()
			.bodyText()
			.contains("class=\"cutoff\"")
			.contains("product starter&#39;s inbound is not here: apis/orders/operations/deleteOrder/policy.xml");
	}

	@Test
	void comparesTwoContextsAndMarksWhatOnlyOneHas() {
		assertThat(this.mvc.get().uri(BASE + "/effective/compare?api=orders&left=&right=starter")).hasStatusOk()
			.bodyText()
			.contains("Compare no product with product starter")
			.containsPattern("class=\"el scope-product changed\"[^>]*>&lt;rate-limit");
	}

	@Test
	void answersAnUnknownApiOrProductWithTheNotFoundPageNamingTheValidOnes() {
		assertThat(this.mvc.get().uri(BASE + "/effective?api=nope")).hasStatus(404).bodyText().contains("orders");
		assertThat(this.mvc.get().uri(BASE + "/effective?api=orders&product=<script>")).hasStatus(404)
			.bodyText()
			.doesNotContain("<script>");
	}

	@Test
	void listsFindingsFilteredByRuleEachLinkingToItsLine() {
		assertThat(this.mvc.get().uri(BASE + "/findings")).hasStatusOk()
			.bodyText()
			.contains("hx-trigger=\"load\"")
			.contains("/findings?rule=&amp;severity=&amp;scope=&amp;inline=true")
			.doesNotContain("finding-link");
		assertThat(this.mvc.get().uri(BASE + "/findings?inline=true")).hasStatusOk()
			.bodyText()
			.contains(">fragment-missing</a>")
			.contains("workspace-orphan")
			.contains("href=\"/v/" + StoredFixtures.VIEW_ID + "?file=");
		assertThat(this.mvc.get().uri(BASE + "/findings?rule=fragment-missing").header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("?file=apis/orders/operations/listOrders/policy.xml&amp;line=1")
			.doesNotContain("ghost/policy.xml:1:1");
		assertThat(this.mvc.get().uri(BASE + "/findings?rule=no-such-rule&inline=true")).hasStatusOk().bodyText().contains(">0 of ");
		assertThat(this.mvc.get().uri(BASE + "/findings?severity=info&inline=true")).hasStatusOk()
			.bodyText()
			.contains(">cors-terminate-default</a>")
			.doesNotContain(">fragment-missing</a>");
	}

}
