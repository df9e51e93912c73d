package dev.policysim.web;

import dev.policysim.effective.EffectivePolicyCalculator;
import dev.policysim.effective.EffectivePolicyXml;
import dev.policysim.policy.PolicyXmlReader;
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

}
