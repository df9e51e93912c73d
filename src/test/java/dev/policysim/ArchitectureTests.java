package dev.policysim;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules of the code base: the domain core is plain Java, adapters depend on it and never
 * the other way round, and capabilities do not tangle.
 */
@AnalyzeClasses(packages = "dev.policysim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** The capabilities that make up the domain core. */
	static final String[] CORE = { "dev.policysim.policy..", "dev.policysim.workspace..", "dev.policysim.effective..",
			"dev.policysim.analysis..", "dev.policysim.browser..", "dev.policysim.gateway..",
			"dev.policysim.simulation..", "dev.policysim.report..", "dev.policysim.http.." };

	@ArchTest
	static final ArchRule coreIsFreeOfFrameworks = noClasses().that()
		.resideInAnyPackage(CORE)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..",
				"picocli..")
		.as("the domain core is plain Java")
		.because("the same core serves the web app, the JSON API and the command line, and is tested without Spring");

	@ArchTest
	static final ArchRule coreDoesNotKnowItsAdapters = noClasses().that()
		.resideInAnyPackage(CORE)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.policysim.cli..", "dev.policysim.web..", "dev.policysim.store..")
		.as("the domain core does not depend on its adapters")
		.because("adapters are thin layers around the core, never the other way round");

	@ArchTest
	static final ArchRule capabilitiesAreFreeOfCycles = slices().matching("dev.policysim.(*)..")
		.should()
		.beFreeOfCycles()
		.as("capabilities are free of cycles");

	@ArchTest
	static final ArchRule noUtilityDumpingGrounds = noClasses().should()
		.resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..")
		.as("there are no util, common or helper packages")
		.because("a helper lives beside its only user");

}
