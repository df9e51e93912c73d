package dev.policysim.web;

import dev.policysim.web.share.SimulationSettings;
import dev.policysim.web.simulation.ScenarioRun;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What every page slice needs besides its controller: security, the core beans and the page components. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({ UploadSettings.class, SimulationSettings.class })
@Import({ SecurityConfiguration.class, CoreConfiguration.class, WorkspaceAccess.class, DocumentChecker.class,
		WorkspaceFindings.class, HomeModel.class, SampleCatalogue.class, SampleCopies.class, ScenarioRun.class })
public class WebSliceConfiguration {

}
