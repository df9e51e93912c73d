package dev.policysim.web.rules;

import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Rules;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.web.WebSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(RuleController.class)
@Import(WebSliceConfiguration.class)
class RuleControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	WorkspaceStore store;

	static java.util.stream.Stream<String> everyId() {
		return java.util.stream.Stream.concat(Rules.all().stream().map(Rule::info), Rules.simulatorCauses().stream())
			.map(RuleInfo::id);
	}

	@ParameterizedTest
	@MethodSource("everyId")
	void showsTitleRationaleReferenceSnippetsAndFixOfEveryRuleAndCause(String id) {
		RuleInfo info = Rules.info(id).orElseThrow();

		assertThat(this.mvc.get().uri("/rules/" + id)).hasStatusOk()
			.bodyText()
			.contains(HtmlUtils.htmlEscape(info.title()))
			.contains(HtmlUtils.htmlEscape(info.rationale()))
			.contains("href=\"" + HtmlUtils.htmlEscape(info.references().get(0)) + "\"")
			.contains(HtmlUtils.htmlEscape(info.bad()))
			.contains(HtmlUtils.htmlEscape(info.good()))
			.contains(HtmlUtils.htmlEscape(info.fix()));
	}

	@Test
	void listsEveryRuleAndEveryCauseWithALinkToItsPage() {
		assertThat(this.mvc.get().uri("/rules")).hasStatusOk()
			.bodyText()
			.contains("href=\"/rules/cors-not-first\"")
			.contains("href=\"/rules/xml-invalid\"")
			.contains("href=\"/rules/error-before-cors\"")
			.contains("href=\"/rules/expression-not-evaluated\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/rules/nope", "/rules/CORS-NOT-FIRST", "/rules/%3Cimg%20src%3Dx%3E" })
	void answersAnUnknownIdWithARealNotFoundPage(String path) {
		assertThat(this.mvc.get().uri(java.net.URI.create(path))).hasStatus(404)
			.hasViewName("error/404")
			.bodyText()
			.contains("There is no rule called")
			.doesNotContain("<img src=x>");
	}

}
