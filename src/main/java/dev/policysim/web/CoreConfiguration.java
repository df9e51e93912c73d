package dev.policysim.web;

import dev.policysim.analysis.Analyzer;
import dev.policysim.effective.EffectivePolicyCalculator;
import dev.policysim.effective.EffectivePolicyXml;
import dev.policysim.policy.PolicyXmlReader;
import dev.policysim.simulation.Simulator;
import dev.policysim.simulation.scenario.HarReader;
import dev.policysim.simulation.scenario.ScenarioReader;
import dev.policysim.workspace.WorkspaceReader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The domain core's objects as beans. The core is plain Java and knows nothing of Spring, so it is
 * wired here rather than annotated.
 */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

	@Bean
	PolicyXmlReader policyXmlReader() {
		return new PolicyXmlReader();
	}

	@Bean
	WorkspaceReader workspaceReader(PolicyXmlReader policyXmlReader) {
		return new WorkspaceReader(policyXmlReader);
	}

	@Bean
	EffectivePolicyCalculator effectivePolicyCalculator() {
		return new EffectivePolicyCalculator();
	}

	@Bean
	EffectivePolicyXml effectivePolicyXml() {
		return new EffectivePolicyXml();
	}

	@Bean
	Analyzer analyzer() {
		return new Analyzer();
	}

	@Bean
	Simulator simulator() {
		return new Simulator();
	}

	@Bean
	ScenarioReader scenarioReader() {
		return new ScenarioReader();
	}

	@Bean
	HarReader harReader() {
		return new HarReader();
	}

}
