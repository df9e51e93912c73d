package dev.policysim.store;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The persistence mapping of workspaces and revisions, on H2 with the Flyway schema. */
@DataJpaTest
@Import({ WorkspaceStore.class, RevisionFiles.class, FileBlobWriter.class, WorkspaceStoreIntegrationTests.Clocks.class })
class WorkspaceStoreIntegrationTests {

	static final String GLOBAL = "<policies><inbound><cors/></inbound></policies>";

	@Autowired
	WorkspaceStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestEntityManager entities;

	@Autowired
	MovableClock clock;

	@Test
	void readsBackTheFilesOfTheFirstRevisionByteForByte() {
		byte[] binary = { 0, (byte) 0xFF, (byte) 0xFE, 10 };
		WorkspaceFiles files = WorkspaceFiles.of(Map.of("policy.xml", utf8(GLOBAL),
				"policy fragments/cors common/policy.xml", utf8("<fragment/>"), "logo.png", binary));

		WorkspaceSummary created = this.store.create("Contoso", files, "imported");
		flushAndClear();

		assertThat(created.currentRevision()).isEqualTo(1);
		WorkspaceFiles read = this.store.files(created, 1).orElseThrow();
		assertThat(read.paths()).containsExactly("logo.png", "policy fragments/cors common/policy.xml", "policy.xml");
		assertThat(read.content("logo.png")).hasValue(binary);
		assertThat(read.text("policy.xml")).hasValue(GLOBAL);
	}

	@Test
	void keepsEveryRevisionReadableAndStoresUnchangedContentOnce() {
		WorkspaceFiles first = WorkspaceFiles.of(Map.of("policy.xml", utf8(GLOBAL), "apis/orders/policy.xml",
				utf8("<policies><inbound><base/></inbound></policies>")));
		WorkspaceSummary created = this.store.create("Orders", first, "first");
		WorkspaceFiles second = first.with("apis/orders/policy.xml", utf8("<policies/>"));

		WorkspaceSummary saved = this.store.save(created.editId(), second, "drop base").orElseThrow();
		flushAndClear();

		assertThat(saved.currentRevision()).isEqualTo(2);
		assertThat(this.store.files(saved, 1).orElseThrow().text("apis/orders/policy.xml"))
			.hasValue("<policies><inbound><base/></inbound></policies>");
		assertThat(this.store.files(saved, 2).orElseThrow().text("apis/orders/policy.xml")).hasValue("<policies/>");
		assertThat(blobCount(GLOBAL)).isEqualTo(1);
		assertThat(this.store.history(saved)).extracting(RevisionSummary::number, RevisionSummary::message)
			.containsExactly(tuple(2, "drop base"),
					tuple(1, "first"));
	}

	@Test
	void restoreAddsARevisionWithTheOldFilesAndKeepsTheOnesBetween() {
		WorkspaceFiles first = WorkspaceFiles.of(Map.of("policy.xml", utf8(GLOBAL)));
		WorkspaceSummary created = this.store.create("Restore me", first, "first");
		this.store.save(created.editId(), first.with("policy.xml", utf8("<policies/>")), "break it");

		WorkspaceSummary restored = this.store.restore(created.editId(), 1).orElseThrow();
		flushAndClear();

		assertThat(restored.currentRevision()).isEqualTo(3);
		assertThat(this.store.files(restored, 3).orElseThrow().text("policy.xml")).hasValue(GLOBAL);
		assertThat(this.store.files(restored, 2).orElseThrow().text("policy.xml")).hasValue("<policies/>");
		assertThat(this.store.history(restored).get(0).restoredFrom()).hasValue(1);
		assertThat(this.store.restore(created.editId(), 99)).isEmpty();
	}

	@Test
	void editAndViewIdsAreSeparateRandomCapabilities() {
		WorkspaceSummary one = this.store.create("One", WorkspaceFiles.of(Map.of()), "empty");
		WorkspaceSummary two = this.store.create("Two", WorkspaceFiles.of(Map.of()), "empty");

		assertThat(List.of(one.editId(), one.viewId(), two.editId(), two.viewId())).doesNotHaveDuplicates()
			.allMatch((id) -> id.matches("[0-9A-Za-z]{22}"));
		assertThat(this.store.byEditId(one.editId())).hasValue(one);
		assertThat(this.store.byViewId(one.viewId())).hasValue(one);
		assertThat(this.store.byEditId(one.viewId())).isEmpty();
		assertThat(this.store.byViewId(one.editId())).isEmpty();
		assertThat(this.store.save(one.viewId(), WorkspaceFiles.of(Map.of()), "via view id")).isEmpty();
		assertThat(this.store.byEditId("'; drop table workspace; --")).isEmpty();
	}

	@Test
	void recordsTheKindAndScopeOfEveryFile() {
		WorkspaceFiles files = WorkspaceFiles.of(Map.of("policy.xml", utf8(GLOBAL), "apis/orders/operations/GetOrder/policy.xml",
				utf8("<policies/>"), "products/starter/apis/orders/productApiInformation.json", utf8("{}"), "notes.txt",
				utf8("x")));
		WorkspaceSummary created = this.store.create("Kinds", files, "first");
		flushAndClear();

		List<String> rows = this.jdbc.queryForList("""
				select f.path || '=' || f.kind || ':' || coalesce(f.scope_name, '-') from revision_file f
				join revision r on r.id = f.revision_id join workspace w on w.id = r.workspace_id
				where w.edit_id = ? order by f.path""", String.class, created.editId());

		assertThat(rows).containsExactly("apis/orders/operations/GetOrder/policy.xml=OPERATION_POLICY:orders/GetOrder",
				"notes.txt=OTHER:-", "policy.xml=GLOBAL_POLICY:-",
				"products/starter/apis/orders/productApiInformation.json=PRODUCT_API:starter");
	}

	@Test
	void findsTheWorkspacesABrowserRemembersNewestFirst() {
		WorkspaceSummary older = this.store.create("Older", WorkspaceFiles.of(Map.of()), "empty");
		this.clock.advance(Duration.ofMinutes(1));
		WorkspaceSummary newer = this.store.create("Newer", WorkspaceFiles.of(Map.of()), "empty");
		this.clock.advance(Duration.ofMinutes(1));
		this.store.rename(newer.editId(), "Newer, renamed");
		flushAndClear();

		List<WorkspaceSummary> found = this.store.byEditIds(Set.of(older.editId(), newer.editId(), "unknown"));

		assertThat(found).extracting(WorkspaceSummary::name).containsExactly("Newer, renamed", "Older");
	}

	private void flushAndClear() {
		this.entities.flush();
		this.entities.clear();
	}

	private int blobCount(String content) {
		return this.jdbc.queryForObject("select count(*) from file_blob where hash = ?", Integer.class,
				RevisionFiles.sha256(utf8(content)));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		MovableClock clock() {
			return new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
		}

	}

}
