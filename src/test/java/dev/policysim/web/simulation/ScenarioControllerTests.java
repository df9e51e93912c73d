package dev.policysim.web.simulation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.simulation.scenario.ScenarioReader;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.web.StoredFixtures;
import dev.policysim.web.WebSliceConfiguration;
import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(ScenarioController.class)
@Import(WebSliceConfiguration.class)
class ScenarioControllerTests {

	static final String EDIT = "/w/" + StoredFixtures.EDIT_ID;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	WorkspaceStore store;

	WorkspaceFiles sample() throws Exception {
		WorkspaceFiles files = WorkspaceFiles.fromFolder(Path.of("sample-policies", "03-rate-limit-before-cors"),
				ArchiveLimits.DEFAULTS);
		StoredFixtures.stored(this.store, "rate limit", files);
		return files;
	}

	String savedScenario() {
		ArgumentCaptor<WorkspaceFiles> saved = ArgumentCaptor.forClass(WorkspaceFiles.class);
		then(this.store).should().save(eq(StoredFixtures.EDIT_ID), saved.capture(), anyString());
		return saved.getValue().text(ScenarioRun.FILE).orElseThrow();
	}

	void nothingSaved() {
		then(this.store).should(never()).save(anyString(), any(), anyString());
	}

	/** The table form as the page submits it for sample 03, with one row's cell changed and a new row. */
	MockMvcRequestBuilder table(String cell, String value) {
		MockMvcRequestBuilder post = this.mvc.post()
			.uri(EDIT + "/scenario/table")
			.with(csrf())
			.param("scenario.name", "rate limit")
			.param("scenario.gateway", "https://contoso.azure-api.net")
			.param("scenario.page", "https://portal.contoso.com")
			.param("profile.terminateUnmatchedDefault", "true")
			.param("profile.corsHeadersOnLaterErrors", "default")
			.param("profile.subscriptionCheckBeforePolicies", "false")
			.param("row.source", "0", "-1");
		String[][] rows = { { "name", "load order", "second" }, { "page", "", "https://shop.contoso.com" },
				{ "method", "GET", "POST" }, { "url", "/orders/42", "/orders" },
				{ "headers", "Ocp-Apim-Subscription-Key: portal-key\nAccept: application/json", "" },
				{ "credentials", "", "include" }, { "clientIp", "", "" }, { "repeat", "6", "" },
				{ "interval", "1", "" }, { "expect", "delivered", "blocked" } };
		for (String[] row : rows) {
			post.param("row." + row[0], row[0].equals(cell) ? value : row[1], row[2]);
		}
		return post;
	}

	@Test
	void showsTheRequestsAsATableWithTheProfileDefaultsMarkedAssumed() throws Exception {
		sample();

		assertThat(this.mvc.get().uri(EDIT + "/scenario")).hasStatusOk()
			.hasViewName(ScenarioController.VIEW)
			.bodyText()
			.contains("name=\"row.url\" value=\"/orders/42\"")
			.contains("name=\"row.repeat\" value=\"6\"")
			.contains("Ocp-Apim-Subscription-Key: portal-key")
			.containsPattern("<option value=\"delivered\" selected")
			.contains("name=\"profile.subscriptionCheckBeforePolicies\"")
			.contains("default (true, assumed)")
			.containsPattern("<option value=\"true\" selected")
			.contains("class=\"basis assumed\"")
			.contains("action=\"" + EDIT + "/scenario/table\"")
			.contains("enctype=\"multipart/form-data\"");
	}

	@Test
	void showsTheJsonTabWithTheStoredText() throws Exception {
		WorkspaceFiles files = sample();

		assertThat(this.mvc.get().uri(EDIT + "/scenario?tab=json")).hasStatusOk()
			.bodyText()
			.contains("id=\"scenario-json\"")
			.contains("&quot;rate-limit runs before cors in the Orders API&quot;")
			.contains(files.text(ScenarioRun.FILE).orElseThrow().lines().skip(5).findFirst().orElseThrow()
				.replace("\"", "&quot;"));
	}

	@Test
	void startsAWorkspaceWithoutScenarioFromAStarterThatRuns() {
		StoredFixtures.stored(this.store, "empty", StoredFixtures.files("policy.xml", "<policies/>"));

		assertThat(this.mvc.get().uri(EDIT + "/scenario")).hasStatusOk().bodyText().contains("id=\"no-scenario\"");
		assertThat(new ScenarioReader().read(ScenarioController.STARTER).requests()).hasSize(1);
	}

	@Test
	void savesValidJsonVerbatimAsANewRevision() throws Exception {
		WorkspaceFiles files = sample();
		String edited = files.text(ScenarioRun.FILE).orElseThrow().replace("\"repeat\": 6", "\"repeat\": 3");

		assertThat(this.mvc.post().uri(EDIT + "/scenario/json").with(csrf()).param("json", edited))
			.hasRedirectedUrl(EDIT + "/scenario?tab=json&saved=2");
		assertThat(savedScenario()).isEqualTo(edited);
	}

	@Test
	void savesAndGoesToTheRunWhenAsked() throws Exception {
		WorkspaceFiles files = sample();

		assertThat(this.mvc.post().uri(EDIT + "/scenario/json").with(csrf())
			.param("json", files.text(ScenarioRun.FILE).orElseThrow())
			.param("then", "run")).hasRedirectedUrl(EDIT + "/run");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{ \"gateway\": \"https://contoso.azure-api.net\", \"requests\": [ { \"url\": \"/x\", \"page\": \"https://a.example\", \"colour\": 1 } ] } | requests[0].colour",
			"{ \"gateway\": \"https://contoso.azure-api.net\", \"requests\": [ { \"url\": \"/x\" | scenario.json:1:",
			"[ 1, 2 ] | scenario.json:1:1",
			"{ \"gateway\": \"https://contoso.azure-api.net\", \"page\": \"https://a.example\", \"requests\": [ { \"url\": \"/x\", \"credentials\": \"Include\" } ] } | requests[0].credentials" })
	void keepsBadJsonAsTypedWithTheErrorAndItsPlace(String json, String expected) throws Exception {
		sample();

		assertThat(this.mvc.post().uri(EDIT + "/scenario/json").with(csrf()).param("json", json)).hasStatus(422)
			.bodyText()
			.contains("id=\"json-error\"")
			.contains(expected)
			.contains(json.replace("\"", "&quot;"));
		nothingSaved();
	}

	@Test
	void writesTheTableOntoTheStoredJsonKeepingWhatTheTableDoesNotShow() throws Exception {
		sample();

		assertThat(table("repeat", "3")).hasRedirectedUrl(EDIT + "/scenario?tab=table&saved=2");

		String saved = savedScenario();
		Scenario scenario = new ScenarioReader().read(saved);
		assertThat(scenario.requests()).hasSize(2);
		assertThat(scenario.requests().get(0).repeat()).isEqualTo(3);
		assertThat(scenario.requests().get(0).headers().get("Ocp-Apim-Subscription-Key")).contains("portal-key");
		assertThat(scenario.requests().get(1).method()).isEqualTo("POST");
		assertThat(scenario.requests().get(1).page().serialize()).isEqualTo("https://shop.contoso.com");
		assertThat(scenario.requests().get(1).credentials().jsName()).isEqualTo("include");
		assertThat(scenario.subscriptions()).as("not in the table, kept").hasSize(1);
		assertThat(scenario.backend().response().body()).contains("shipped");
		assertThat(scenario.description()).startsWith("Six calls");
		assertThat(scenario.profile().terminateUnmatchedDefault()).isTrue();
		assertThat(scenario.profile().subscriptionCheckBeforePolicies()).isFalse();
		assertThat(saved).doesNotContain("corsHeadersOnLaterErrors");
	}

	@Test
	void removesTheRequestWhoseUrlWasCleared() throws Exception {
		sample();

		assertThat(table("url", "")).hasStatus3xxRedirection();

		assertThat(new ScenarioReader().read(savedScenario()).requests()).singleElement()
			.satisfies((request) -> assertThat(request.name()).isEqualTo("second"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"repeat | many | 'many' is not a whole number",
			"interval | -1 | '-1' is not a number of seconds",
			"headers | no colon here | 'no colon here' is not a header line",
			"clientIp | 999.1.1.1 | '999.1.1.1' is not an IPv4 or IPv6 address",
			"url | https://evil.example/x | is not on the gateway",
			"credentials | Include | 'Include' is not a credentials mode" })
	void showsATableErrorNextToItsCellWithEverythingAsTyped(String cell, String value, String message)
			throws Exception {
		sample();
		String shown = message.replace("'", "&#39;");

		assertThat(table(cell, value)).hasStatus(422)
			.bodyText()
			.contains(shown)
			.contains(value.equals("no colon here") ? ">no colon here</textarea>" : "value=\"" + value + "\"")
			.contains("value=\"https://shop.contoso.com\"")
			.containsPattern("(?s)data-row=\"0\".*" + shown.replace(".", "\\.") + ".*data-row=\"1\"");
		nothingSaved();
	}

	@Test
	void showsAnErrorOfAFieldTheTableDoesNotShowAboveTheTable() throws Exception {
		WorkspaceFiles files = sample();
		String broken = files.text(ScenarioRun.FILE).orElseThrow().replace("\"at\": 0,", "\"at\": 0, \"read\": 7,");
		StoredFixtures.stored(this.store, "rate limit", files.with(ScenarioRun.FILE, broken.getBytes(StandardCharsets.UTF_8)));

		assertThat(table("repeat", "3")).hasStatus(422)
			.bodyText()
			.contains("id=\"table-error\"")
			.contains("requests[0].read")
			.contains("value=\"3\"");
		nothingSaved();
	}

	@Test
	void refusesToRemoveEveryRequest() throws Exception {
		sample();

		assertThat(this.mvc.post().uri(EDIT + "/scenario/table").with(csrf())
			.param("scenario.gateway", "https://contoso.azure-api.net")
			.param("row.source", "0")
			.param("row.url", "")).hasStatus(422)
			.bodyText()
			.contains("id=\"table-error\"")
			.contains("requests: empty; a scenario needs at least one request");
		nothingSaved();
	}

	@Test
	void showsHostileNamesAndHeadersOfTheScenarioAsText() throws Exception {
		String scenario = """
				{ "name": "</textarea><script>alert('name')</script>", "gateway": "https://contoso.azure-api.net",
				  "page": "https://portal.contoso.com",
				  "requests": [ { "name": "\\"><script>alert('row')</script>", "url": "/orders/42",
				    "headers": { "X-Evil": "</textarea><img src=x onerror=alert(1)>" } } ] }
				""";
		StoredFixtures.stored(this.store, "xss", StoredFixtures.files(ScenarioRun.FILE, scenario));

		for (String tab : new String[] { "table", "json" }) {
			assertThat(this.mvc.get().uri(EDIT + "/scenario?tab=" + tab)).hasStatusOk()
				.bodyText()
				.doesNotContain("<script>alert")
				.doesNotContain("<img src=x")
				.contains("&lt;/textarea&gt;");
		}
	}

	@Test
	void convertsAHarFileIntoTheJsonTabWithoutSaving() throws Exception {
		sample();
		byte[] har = Files.readAllBytes(Path.of("src/test/resources/web/devtools.har"));

		assertThat(this.mvc.post().multipart().uri(EDIT + "/scenario/har").file(new MockMultipartFile("har",
				"devtools.har", "application/json", har)).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("id=\"har-notice\"")
			.contains("Converted 2 requests from devtools.har")
			.contains("&quot;url&quot; : &quot;/orders/42&quot;")
			.contains("&quot;credentials&quot; : &quot;include&quot;");
		nothingSaved();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "not json at all | devtools.har:1:",
			"{ \"log\": { \"entries\": [] } } | holds no fetch or XHR request",
			"{ \"scenario\": true } | not a HAR file", "'' | Choose a HAR file" })
	void refusesABadHarFileNextToTheUploadKeepingTheScenario(String content, String expected) throws Exception {
		sample();

		assertThat(this.mvc.post().multipart().uri(EDIT + "/scenario/har").file(new MockMultipartFile("har",
				"devtools.har", "application/json", content.getBytes(StandardCharsets.UTF_8))).with(csrf()))
			.hasStatus(422)
			.bodyText()
			.contains("id=\"har-error\"")
			.contains(expected.replace("\"", "&quot;"))
			.contains("name=\"row.url\" value=\"/orders/42\"");
		nothingSaved();
	}

	@Test
	void showsTheScenarioReadOnlyThroughTheViewLinkAndRefusesChanges() throws Exception {
		sample();

		assertThat(this.mvc.get().uri("/v/" + StoredFixtures.VIEW_ID + "/scenario")).hasStatusOk()
			.bodyText()
			.contains("value=\"/orders/42\"")
			.doesNotContain("method=\"post\"")
			.doesNotContain(StoredFixtures.EDIT_ID);
		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.VIEW_ID + "/scenario/json").with(csrf()).param("json", "{}"))
			.hasStatus(404);
		assertThat(this.mvc.post().uri("/v/" + StoredFixtures.VIEW_ID + "/scenario/json").with(csrf()).param("json", "{}"))
			.hasStatus4xxClientError();
		assertThat(this.mvc.post().uri(EDIT + "/scenario/json").param("json", "{}")).hasStatus(403);
		nothingSaved();
	}

}
