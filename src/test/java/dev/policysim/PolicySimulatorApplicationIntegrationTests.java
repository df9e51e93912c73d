package dev.policysim;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The application starts on its own database and Flyway has run the migrations. */
@SpringBootTest(properties = "policysim.data-dir=./target/test-data/context")
class PolicySimulatorApplicationIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void startsWithMigratedDatabase() {
		String createdBy = this.jdbc.queryForObject("select info_value from app_info where info_key = 'schema-created-by'",
				String.class);
		assertThat(createdBy).startsWith("apim-policy-simulator");
	}

}
