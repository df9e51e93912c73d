package dev.policysim.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry holds every rule of rules.md, in order, each documented; ids are looked up in both lists. */
class RulesTests {

	@ParameterizedTest
	@CsvSource({ "xml-invalid, error", "file-invalid, error", "workspace-orphan, warning", "policy-misplaced, error",
			"policy-unknown, warning", "base-missing, warning", "base-duplicate, error", "base-in-global, info",
			"cors-missing, warning", "cors-not-first, error", "cors-duplicate, warning", "cors-product-scope, error",
			"cors-in-choose, warning", "cors-credentials-wildcard, error", "cors-origin-invalid, error",
			"cors-terminate-default, info", "cors-methods-default, warning", "cors-header-not-allowed, error",
			"cors-max-age-capped, info", "options-operation-bypass, warning", "fragment-missing, error",
			"fragment-invalid, error", "named-value-missing, error", "rate-limit-scope, warning" })
	void registersEveryStaticRuleWithItsDefaultSeverity(String id, String severity) {
		assertThat(Rules.rule(id)).hasValueSatisfying(
				(rule) -> assertThat(rule.info().severity().label()).isEqualTo(severity));
	}

	@Test
	void listsTheStaticRulesInRulesMdOrder() {
		assertThat(Rules.ids()).containsExactly("xml-invalid", "file-invalid", "workspace-orphan", "policy-misplaced",
				"policy-unknown", "base-missing", "base-duplicate", "base-in-global", "cors-missing", "cors-not-first",
				"cors-duplicate", "cors-product-scope", "cors-in-choose", "cors-credentials-wildcard",
				"cors-origin-invalid", "cors-terminate-default", "cors-methods-default", "cors-header-not-allowed",
				"cors-max-age-capped", "options-operation-bypass", "fragment-missing", "fragment-invalid",
				"named-value-missing", "rate-limit-scope");
	}

	@Test
	void listsEverySimulatorOnlyCause() {
		assertThat(Rules.simulatorCauses()).extracting(RuleInfo::id).containsExactly("origin-not-allowed",
				"method-not-allowed", "header-not-allowed", "credentials-not-allowed", "terminate-unmatched",
				"error-before-cors", "subscription-key-missing", "subscription-key-invalid", "expose-header-missing",
				"expression-not-evaluated");
	}

	@Test
	void looksUpStaticRulesAndSimulatorCausesByIdButSettingsOnlyStaticOnes() {
		assertThat(Rules.info("cors-not-first")).hasValueSatisfying((info) -> assertThat(info.title()).isNotBlank());
		assertThat(Rules.info("error-before-cors")).hasValueSatisfying((info) -> assertThat(info.fix()).isNotBlank());
		assertThat(Rules.info("no-such-rule")).isEmpty();
		assertThat(Rules.rule("error-before-cors")).isEmpty();
	}

	@Test
	void documentsEveryIdOnceWithSnippetsFixAndMicrosoftReference() {
		List<RuleInfo> all = new ArrayList<>(Rules.all().stream().map(Rule::info).toList());
		all.addAll(Rules.simulatorCauses());
		Set<String> ids = new HashSet<>();
		for (RuleInfo info : all) {
			assertThat(ids.add(info.id())).as("unique id " + info.id()).isTrue();
			assertThat(List.of(info.title(), info.rationale(), info.bad(), info.good(), info.fix()))
				.as(info.id()).allSatisfy((text) -> assertThat(text).isNotBlank());
			assertThat(info.bad()).as(info.id()).isNotEqualTo(info.good());
			assertThat(info.references()).as(info.id()).allSatisfy((reference) -> assertThat(reference).startsWith("https://"));
		}
		assertThat(Rules.all()).allSatisfy((rule) -> assertThat(rule.info().references())
			.anySatisfy((reference) -> assertThat(reference).startsWith("https://learn.microsoft.com/")));
	}

	@Test
	void namesEachRuleClassForItsProblem() {
		for (Rule rule : Rules.all()) {
			StringBuilder name = new StringBuilder();
			for (String word : rule.info().id().split("-")) {
				name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
			}
			assertThat(rule.getClass().getSimpleName()).isEqualTo(name.toString());
		}
	}

}
