package dev.policysim.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saves of new content from more clients than the connection pool has connections all succeed: a
 * save never holds one pooled connection while it waits for another (the web load test once
 * deadlocked the pool this way).
 */
@SpringBootTest(
properties = { "spring.datasource.url=jdbc:h2:mem:store-load;DB_CLOSE_DELAY=-1",
				"policysim.data-dir=./target/test-data/store-load", "spring.datasource.hikari.maximum-pool-size=2",
				"spring.datasource.hikari.connection-timeout=2000" })
class StoreUnderLoadIntegrationTests {

	static final int CLIENTS = 8;

	@Autowired
	Permalinks permalinks;

	@Autowired
	WorkspaceStore store;

	@Test
	void savesNewContentFromMoreClientsThanConnections() throws Exception {
		SampleSimulation sample = SampleSimulation.of("03-rate-limit-before-cors");
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Callable<String>> saves = new ArrayList<>();
			for (int i = 0; i < CLIENTS * 2; i++) {
				WorkspaceFiles files = sample.files().with("notes/" + i + ".txt", ("client " + i).getBytes(StandardCharsets.UTF_8));
				saves.add(() -> {
					WorkspaceSummary created = this.store.create("load", files, "Created");
					this.store.save(created.editId(), files.with("notes/again.txt", new byte[] { 1 }), "Saved").orElseThrow();
					return this.permalinks.save(files, sample.scenario(), sample.report(), Optional.empty()).id();
				});
			}
			List<String> ids = new ArrayList<>();
			for (Future<String> save : pool.invokeAll(saves)) {
				ids.add(save.get());
			}
			assertThat(ids).doesNotHaveDuplicates().hasSize(CLIENTS * 2);
			assertThat(this.permalinks.files(ids.get(5)).orElseThrow().text("notes/5.txt")).hasValue("client 5");
		}
		finally {
			pool.shutdown();
		}
	}

}
