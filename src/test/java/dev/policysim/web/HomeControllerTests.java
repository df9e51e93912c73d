package dev.policysim.web;

import java.util.List;

import dev.policysim.store.WorkspaceStore;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(controllers = HomeController.class, properties = "policysim.samples.root=test-samples")
@Import(WebSliceConfiguration.class)
class HomeControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	WorkspaceStore store;

	@Test
	void listsTheSamplesWithTheirReadmeTitleEscapedAndInlineCodeAsCode() {
		given(this.store.byEditIds(any())).willReturn(List.of());

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("CORS basics: &lt;b&gt;base&lt;/b&gt; first")
			.contains("The global policy allows the portal&#39;s origin; the API forgets its <code>&lt;base/&gt;</code>.")
			.doesNotContain("`&lt;base/&gt;`")
			.doesNotContain("<b>base</b>");
	}

	@Test
	void listsOnlyTheWorkspacesThisBrowserRemembers() {
		given(this.store.byEditIds(java.util.Set.of(StoredFixtures.EDIT_ID)))
			.willReturn(List.of(StoredFixtures.summary(StoredFixtures.XSS, 3)));

		assertThat(this.mvc.get().uri("/").cookie(new jakarta.servlet.http.Cookie(RecentWorkspaces.COOKIE, StoredFixtures.EDIT_ID)))
			.hasStatusOk()
			.bodyText()
			.contains("/w/" + StoredFixtures.EDIT_ID)
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain(StoredFixtures.XSS);
	}

	@Test
	void createsAWorkspaceAndRemembersItInThisBrowser() {
		given(this.store.create(eq("Contoso"), any(WorkspaceFiles.class), anyString()))
			.willReturn(StoredFixtures.summary("Contoso", 1));

		assertThat(this.mvc.post().uri("/workspaces").param("name", "  Contoso ").with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/w/" + StoredFixtures.EDIT_ID)
			.cookies()
			.containsCookie(RecentWorkspaces.COOKIE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void showsAMissingNameNextToTheField(String name) {
		given(this.store.byEditIds(any())).willReturn(List.of());

		assertThat(this.mvc.post().uri("/workspaces").param("name", name).with(csrf())).hasStatus(422)
			.bodyText()
			.containsPattern("id=\"name\"[^>]*>\\s*<p class=\"field-error\">Give the workspace a name.</p>");
		then(this.store).should(never()).create(anyString(), any(WorkspaceFiles.class), anyString());
	}

	@Test
	void showsATooLongNameNextToTheFieldAndKeepsWhatWasTyped() {
		given(this.store.byEditIds(any())).willReturn(List.of());
		String name = "x".repeat(101);

		assertThat(this.mvc.post().uri("/workspaces").param("name", name).with(csrf())).hasStatus(422)
			.bodyText()
			.contains("Keep the name to 100 characters or fewer.")
			.contains("value=\"" + name + "\"");
	}

	@Test
	void refusesAFormWithoutItsCsrfToken() {
		assertThat(this.mvc.post().uri("/workspaces").param("name", "Contoso")).hasStatus(403);
		assertThat(this.mvc.post().uri("/workspaces").param("name", "Contoso").with(csrf().useInvalidToken())).hasStatus(403);
		assertThat(this.mvc.post().uri("/samples/cors-basics")).hasStatus(403);
		then(this.store).should(never()).create(anyString(), any(WorkspaceFiles.class), anyString());
	}

	@Test
	void leavesTheJsonApiStatelessAndWithoutCsrf() {
		// no endpoint lives there yet: a 404, not the 403 a page would answer without a token
		assertThat(this.mvc.post().uri("/api/v1/lint")).hasStatus(404).cookies().doesNotContainCookie("XSRF-TOKEN");
		assertThat(this.mvc.post().uri("/api/v1/lint")).cookies().doesNotContainCookie("JSESSIONID");
	}

	@Test
	void opensASampleAsAFreshCopy() {
		given(this.store.create(eq("CORS basics: <b>base</b> first"), any(WorkspaceFiles.class), anyString()))
			.willReturn(StoredFixtures.summary("copy", 1));

		assertThat(this.mvc.post().uri("/samples/cors-basics").with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/w/" + StoredFixtures.EDIT_ID);
		then(this.store).should()
			.create(eq("CORS basics: <b>base</b> first"),
					org.mockito.ArgumentMatchers.argThat((WorkspaceFiles files) -> files.paths().contains("policy.xml")),
					eq("Copied from sample cors-basics"));
	}

	@Test
	void answersAnUnknownSampleWithTheNotFoundPage() {
		assertThat(this.mvc.post().uri("/samples/nope").with(csrf())).hasStatus(404)
			.hasViewName("error/404")
			.bodyText()
			.contains("There is no sample called nope.");
	}

	@Test
	void sendsHeadersThatKeepInjectedScriptFromRunning() {
		given(this.store.byEditIds(any())).willReturn(List.of());

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("default-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
	}

}
