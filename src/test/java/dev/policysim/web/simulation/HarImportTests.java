package dev.policysim.web.simulation;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.policysim.simulation.scenario.HarReader;
import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.simulation.scenario.ScenarioReader;
import dev.policysim.simulation.scenario.ScenarioRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class HarImportTests {

	@Test
	void writesTheHarsRequestsAsAScenarioThatReadsBackToTheSameRequests() throws Exception {
		JsonMapper mapper = JsonMapper.builder().build();
		Scenario fromHar = new HarReader().read(Files.readString(Path.of("src/test/resources/web/devtools.har")));

		String json = mapper.writeValueAsString(HarImport.toJson(fromHar, mapper));
		Scenario readBack = new ScenarioReader().read(json);

		assertThat(json).contains("\"url\":\"/orders/42\"").doesNotContain("\"url\":\"https://");
		assertThat(readBack.gateway()).isEqualTo(fromHar.gateway());
		assertThat(readBack.requests()).hasSameSizeAs(fromHar.requests());
		for (int i = 0; i < fromHar.requests().size(); i++) {
			ScenarioRequest expected = fromHar.requests().get(i);
			ScenarioRequest actual = readBack.requests().get(i);
			assertThat(actual.page()).isEqualTo(expected.page());
			assertThat(actual.method()).isEqualTo(expected.method());
			assertThat(actual.url()).isEqualTo(expected.url());
			assertThat(actual.headers()).isEqualTo(expected.headers());
			assertThat(actual.body()).isEqualTo(expected.body());
			assertThat(actual.credentials()).isEqualTo(expected.credentials());
			assertThat(actual.at()).isEqualTo(expected.at());
		}
	}

}
