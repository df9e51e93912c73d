package dev.policysim.store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.policysim.simulation.SimulationJson;
import dev.policysim.simulation.SimulationReport;
import dev.policysim.workspace.WorkspaceFiles;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves and reads permalinks: immutable snapshots of a simulation (issue 7) — the workspace's
 * files, the scenario as written, the gateway profile, the application's version and the report
 * JSON — under a random public id. There is no update path: a snapshot is inserted once, read, and
 * deleted whole when its expiry has passed. File contents go to the same content-addressed blobs as
 * revisions, so saving the simulation of a stored workspace stores no file twice.
 *
 * <p>Used by the pages ("Save", "share an exercise") and by {@code POST /api/v1/simulations}.
 */
@Service
@Transactional
public class Permalinks {

	/** The longest lifetime a permalink may be given. */
	public static final Duration MAX_LIFETIME = Duration.ofDays(3650);

	/** The version recorded when the build left no {@code build-info.properties} (an IDE run). */
	static final String DEVELOPMENT = "development";

	private static final JsonMapper COMPACT = JsonMapper.builder().build();

	private final StoredPermalinkRepository permalinks;

	private final RevisionFiles files;

	private final FileBlobRepository blobs;

	private final Clock clock;

	private final String appVersion;

	Permalinks(StoredPermalinkRepository permalinks, RevisionFiles files, FileBlobRepository blobs, Clock clock,
			ObjectProvider<BuildProperties> build) {
		this.permalinks = permalinks;
		this.files = files;
		this.blobs = blobs;
		this.clock = clock;
		BuildProperties properties = build.getIfAvailable();
		this.appVersion = (properties != null && properties.getVersion() != null) ? properties.getVersion() : DEVELOPMENT;
	}

	/**
	 * Saves a simulation as a new permalink.
	 * @param workspace the files the simulation ran on
	 * @param scenario the scenario as its author wrote it
	 * @param report the simulation's report; its scenario carries the gateway profile
	 * @param lifetime how long the permalink answers; empty for ever
	 * @return the new permalink, with its fresh random id
	 * @throws IllegalArgumentException when the lifetime is not positive or longer than {@link #MAX_LIFETIME}
	 */
	// SUPPORTS, not a transaction of its own: the contents are written in transactions of their
	// own first (a second pooled connection while this one is held would deadlock the pool under
	// load), then the permalink's rows in the repository's transaction
	@Transactional(propagation = Propagation.SUPPORTS)
	public Permalink save(WorkspaceFiles workspace, ScenarioSource scenario, SimulationReport report,
			Optional<Duration> lifetime) {
		lifetime.ifPresent(Permalinks::checkLifetime);
		Instant now = this.clock.instant();
		String reportJson = COMPACT.writeValueAsString(new SimulationJson().toJson(report));
		byte[] scenarioBytes = scenario.text().getBytes(StandardCharsets.UTF_8);
		byte[] reportBytes = reportJson.getBytes(StandardCharsets.UTF_8);
		String scenarioHash = RevisionFiles.sha256(scenarioBytes);
		String reportHash = RevisionFiles.sha256(reportBytes);
		List<StoredFile> listed = this.files.store(workspace, (done) -> {
		});
		Map<String, byte[]> texts = new LinkedHashMap<>();
		texts.put(scenarioHash, scenarioBytes);
		texts.put(reportHash, reportBytes);
		this.files.storeContents(texts);
		StoredPermalink.Snapshot snapshot = new StoredPermalink.Snapshot(now, lifetime.map(now::plus), this.appVersion,
				report.scenario().name(), scenario.format(), scenarioHash, report.scenario().profile(), reportHash);
		StoredPermalink saved = this.permalinks.save(new StoredPermalink(snapshot, listed));
		return saved.toPermalink(scenario.text(), reportJson);
	}

	/**
	 * A permalink by its id, with its scenario and report but without file contents.
	 * @param id the id in the link
	 * @return the permalink, or empty when no permalink has this id (never had, or purged)
	 * @throws PermalinkExpiredException when it exists but its expiry has passed
	 */
	@Transactional(readOnly = true)
	public Optional<Permalink> find(String id) {
		return live(id).map((stored) -> {
			Map<String, byte[]> texts = this.files.contents(Set.of(stored.scenarioHash(), stored.reportHash()));
			return stored.toPermalink(utf8(texts.get(stored.scenarioHash())), utf8(texts.get(stored.reportHash())));
		});
	}

	/**
	 * The files of a permalink's workspace with their contents, for a fork or a download.
	 * @param id the id in the link
	 * @return the files, or empty when no permalink has this id
	 * @throws PermalinkExpiredException when it exists but its expiry has passed
	 */
	@Transactional(readOnly = true)
	public Optional<WorkspaceFiles> files(String id) {
		return live(id).map((stored) -> this.files.load(stored.files()));
	}

	/**
	 * A permalink with its files' contents, read in one transaction: one read of the row and one of
	 * all its contents (scenario, report and files), where {@link #find} and {@link #files} each read
	 * the row again.
	 * @param id the id in the link
	 * @return the permalink and its files, or empty when no permalink has this id
	 * @throws PermalinkExpiredException when it exists but its expiry has passed
	 */
	@Transactional(readOnly = true)
	public Optional<PermalinkSnapshot> snapshot(String id) {
		return live(id).map((stored) -> {
			List<StoredFile> listed = stored.files();
			Set<String> hashes = new LinkedHashSet<>();
			hashes.add(stored.scenarioHash());
			hashes.add(stored.reportHash());
			listed.forEach((file) -> hashes.add(file.blobHash()));
			Map<String, byte[]> contents = this.files.contents(hashes);
			Map<String, byte[]> byPath = new TreeMap<>();
			listed.forEach((file) -> byPath.put(file.path(), contents.get(file.blobHash())));
			Permalink permalink = stored.toPermalink(utf8(contents.get(stored.scenarioHash())),
					utf8(contents.get(stored.reportHash())));
			return new PermalinkSnapshot(permalink, WorkspaceFiles.of(byPath));
		});
	}

	/**
	 * Deletes every permalink whose expiry has passed, and the contents only they referred to.
	 * @return how many permalinks were deleted
	 */
	public int purgeExpired() {
		List<StoredPermalink> expired = this.permalinks.findByExpiresAtLessThanEqual(this.clock.instant());
		if (expired.isEmpty()) {
			return 0;
		}
		Set<String> hashes = new LinkedHashSet<>();
		for (StoredPermalink permalink : expired) {
			hashes.add(permalink.scenarioHash());
			hashes.add(permalink.reportHash());
			permalink.files().forEach((file) -> hashes.add(file.blobHash()));
			this.permalinks.delete(permalink);
		}
		this.permalinks.flush();
		this.blobs.deleteUnreferenced(hashes);
		return expired.size();
	}

	/** The version recorded in new permalinks. */
	public String appVersion() {
		return this.appVersion;
	}

	private Optional<StoredPermalink> live(String id) {
		if (!PublicIds.isWellFormed(id)) {
			return Optional.empty();
		}
		Optional<StoredPermalink> stored = this.permalinks.findByPublicId(id);
		if (stored.isPresent() && stored.get().expiredAt(this.clock.instant())) {
			throw new PermalinkExpiredException(id, stored.get().expiresAt().orElseThrow());
		}
		return stored;
	}

	private static void checkLifetime(Duration lifetime) {
		if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
			throw new IllegalArgumentException(
					"A permalink's lifetime must be positive and at most " + MAX_LIFETIME.toDays() + " days, was " + lifetime + ".");
		}
	}

	private static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
