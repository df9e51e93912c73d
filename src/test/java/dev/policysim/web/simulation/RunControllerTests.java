package dev.policysim.web.simulation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.policysim.store.WorkspaceStore;
import dev.policysim.web.StoredFixtures;
import dev.policysim.web.WebSliceConfiguration;
import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(RunController.class)
@Import(WebSliceConfiguration.class)
class RunControllerTests {

	static final String EDIT = "/w/" + StoredFixtures.EDIT_ID;

	static final String VIEW = "/v/" + StoredFixtures.VIEW_ID;

	static final String CONSOLE = "Access to fetch at &#39;https://contoso.azure-api.net/orders/42&#39; from origin "
			+ "&#39;https://portal.contoso.com&#39; has been blocked by CORS policy: No &#39;Access-Control-Allow-Origin&#39; "
			+ "header is present on the requested resource.";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	WorkspaceStore store;

	void sample(String name) throws Exception {
		StoredFixtures.stored(this.store, name, files(name));
	}

	static WorkspaceFiles files(String name) throws Exception {
		return WorkspaceFiles.fromFolder(Path.of("sample-policies", name), ArchiveLimits.DEFAULTS);
	}

	@Test
	void showsTheSummaryThenEachGroupOfSendsWithDiagramConsoleAndCauses() throws Exception {
		sample("03-rate-limit-before-cors");

		assertThat(this.mvc.get().uri(EDIT + "/run")).hasStatusOk()
			.hasViewName(RunController.VIEW)
			.bodyText()
			.contains("id=\"delivered-count\">5<")
			.contains("id=\"blocked-count\">1<")
			.contains("id=\"met-count\">5<")
			.containsPattern("class=\"count blocked\" id=\"failed-count\">1<")
			.contains(">repeat 0<")
			.contains(">repeats 1–4<")
			.contains(">repeat 5<")
			.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
			.contains("class=\"msg note cached\"")
			.contains("class=\"msg response failing\"")
			.contains(CONSOLE)
			.contains("TypeError: Failed to fetch")
			.contains(">error-before-cors</a>")
			.contains("?file=apis/orders/policy.xml&amp;line=4\"")
			.contains(EDIT + "/fix?request=0&amp;repeat=5&amp;cause=1")
			.contains("action=\"" + EDIT + "/save\"")
			.contains("name=\"revision\" value=\"1\"");
	}

	@Test
	void runsThroughTheReadOnlyLinkWithoutOfferingAFix() throws Exception {
		sample("03-rate-limit-before-cors");

		assertThat(this.mvc.get().uri(VIEW + "/run")).hasStatusOk()
			.bodyText()
			.contains(CONSOLE)
			.contains(VIEW + "?file=apis/orders/policy.xml&amp;line=4")
			.doesNotContain("/fix?")
			.doesNotContain(StoredFixtures.EDIT_ID)
			.contains("action=\"" + VIEW + "/save\"")
			.doesNotContainPattern("action=\"[^\"]*/(fix|scenario)\"");
	}

	@Test
	void saysSoWhenTheWorkspaceHasNoScenario() {
		StoredFixtures.stored(this.store, "empty", StoredFixtures.files("policy.xml", "<policies/>"));

		assertThat(this.mvc.get().uri(EDIT + "/run")).hasStatusOk().bodyText().contains("id=\"no-scenario\"");
	}

	@Test
	void pointsAtTheScenarioErrorWithItsLineInsteadOfRunning() throws Exception {
		WorkspaceFiles files = files("03-rate-limit-before-cors").with("scenario.json",
				"{\n  \"gateway\": \"https://contoso.azure-api.net\",\n  \"requests\": [ { \"url\": \"/x\", \"credentials\": \"Include\" } ]\n}"
					.getBytes(StandardCharsets.UTF_8));
		StoredFixtures.stored(this.store, "broken", files);

		assertThat(this.mvc.get().uri(EDIT + "/run")).hasStatusOk()
			.bodyText()
			.contains("id=\"scenario-error\"")
			.contains("scenario.json:3:")
			.contains("requests[0].")
			.doesNotContain("id=\"summary\"");
	}

	@Test
	void refusesAScenarioThatSendsMoreThanTheServerSimulatesAtOnce() throws Exception {
		WorkspaceFiles files = files("03-rate-limit-before-cors").with("scenario.json",
				("{ \"gateway\": \"https://contoso.azure-api.net\", \"page\": \"https://portal.contoso.com\", \"requests\": [ { \"url\": \"/orders/42\", \"repeat\": 9000 },\n"
						+ "  { \"url\": \"/orders/43\", \"repeat\": 2000 } ] }")
					.getBytes(StandardCharsets.UTF_8));
		StoredFixtures.stored(this.store, "huge", files);

		assertThat(this.mvc.get().uri(EDIT + "/run")).hasStatusOk()
			.bodyText()
			.contains("id=\"scenario-error\"")
			.contains("requests[1].repeat")
			.contains("more than 10000 requests")
			.doesNotContain("id=\"summary\"");
	}

	@Test
	void showsHostileNamesHeadersAndPagesOfTheScenarioAsText() throws Exception {
		String scenario = """
				{ "name": "<script>alert('name')</script>", "description": "<img src=x onerror=alert(1)>",
				  "gateway": "https://contoso.azure-api.net", "page": "https://portal.contoso.com",
				  "requests": [ { "name": "</text></svg><script>alert('request')</script>", "url": "/orders/42?q=%3Cscript%3E",
				    "headers": { "X-Evil": "<script>alert('header')</script>" }, "expect": "delivered" } ] }
				""";
		StoredFixtures.stored(this.store, "xss", files("03-rate-limit-before-cors").with("scenario.json",
				scenario.getBytes(StandardCharsets.UTF_8)));

		assertThat(this.mvc.get().uri(EDIT + "/run")).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>")
			.doesNotContain("<img src=x")
			.doesNotContain("</text></svg><script>")
			.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;")
			.contains("&lt;/text&gt;&lt;/svg&gt;&lt;script&gt;");
	}

	@Test
	void answersAnUnknownWorkspaceWithTheNotFoundPage() throws Exception {
		sample("03-rate-limit-before-cors");

		assertThat(this.mvc.get().uri("/w/nope/run")).hasStatus(404);
		assertThat(this.mvc.get().uri("/v/" + StoredFixtures.EDIT_ID + "/run")).hasStatus(404);
	}

}
